using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Bench.Relevance;

/// <summary>
/// The real development data of ../shared/data/legal-corpus: 668 legal documents (legal_docs*.jsonl, every
/// shard) and 399 citizens' questions with their gold articles (questions-dev.jsonl, Zalo AI 2021).
/// </summary>
public sealed class LegalCorpus
{
    public sealed record LegalDocument(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("type")] string? Type,
        [property: JsonPropertyName("date")] string? Date,
        [property: JsonPropertyName("issuer")] string? Issuer,
        [property: JsonPropertyName("text_form")] string? TextForm,
        [property: JsonPropertyName("text")] string Text);

    public sealed record Question(
        [property: JsonPropertyName("qid")] string Id,
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("relevant")] IReadOnlyList<string> Relevant,
        [property: JsonPropertyName("relevant_docs")] IReadOnlyList<string> RelevantDocs)
    {
        /// <summary>The half of the cross-validation split this question falls in (stable: from its id).</summary>
        public char Half => StableHash(Id) % 2 == 0 ? 'A' : 'B';

        public bool IsRelevantDocument(string id) => RelevantDocs.Contains(id);

        /// <summary>True when <paramref name="label"/> ("Điều 12", "Điều 12a") is a gold article of <paramref name="document"/>.</summary>
        public bool IsRelevantArticle(string document, string? label)
        {
            if (label is null) return false;
            var digits = new string(label.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsLetterOrDigit).ToArray());
            return digits.Length > 0 && Relevant.Contains($"{document}#{digits}");
        }
    }

    public required IReadOnlyList<LegalDocument> Documents { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }

    /// <summary>The text as the real-data check uploads it: the title, a blank line, the text.</summary>
    public static string UploadedText(LegalDocument d) => (d.Title ?? "") + "\n\n" + d.Text;

    public static LegalCorpus Load(string folder)
    {
        var shards = Directory.GetFiles(folder, "legal_docs*.jsonl").Order(StringComparer.Ordinal).ToList();
        if (shards.Count == 0) throw new FileNotFoundException($"no legal_docs*.jsonl in {folder}");
        return new LegalCorpus
        {
            Documents = shards.SelectMany(Lines<LegalDocument>).ToList(),
            Questions = Lines<Question>(Path.Combine(folder, "questions-dev.jsonl")).ToList(),
        };
    }

    /// <summary>The folder given, else ../shared/data/legal-corpus next to the repository (found from here upwards).</summary>
    public static string Locate(string? given)
    {
        if (given is not null) return given;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "legal-corpus");
                if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")) && Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            }
        }
        throw new DirectoryNotFoundException("legal corpus not found: pass its folder (../shared/data/legal-corpus)");
    }

    /// <summary>The question as typed without a Vietnamese keyboard: marks removed, đ → d (as the real-data check does).</summary>
    public static string WithoutDiacritics(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<T> Lines<T>(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<T>(l)!);

    private static uint StableHash(string s)
    {
        uint hash = 2166136261;
        foreach (var c in s) hash = (hash ^ c) * 16777619;
        return hash;
    }
}
