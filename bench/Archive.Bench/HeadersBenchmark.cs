using System.Globalization;
using System.Text;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Extraction.Office;
using Archive.Indexer.Metadata;

namespace Archive.Bench;

/// <summary>
/// The description read from the text (<see cref="DocumentHeaderReader"/>) on the real born-digital and legacy files of
/// <c>../shared/data/real-files</c>, against what their first page says (MANIFEST.tsv): number, kind, date and issuer
/// right, compared as the outside check compares them; and each file's title and issuer as read, to be looked at (the
/// manifest gives no title). The text comes the upload's way: extraction (LibreOffice for .doc/.rtf/.xls), then the
/// TCVN3/VNI repair. Scans are left to <c>real-data-check files</c> (they need OCR).
/// </summary>
public sealed class HeadersBenchmark : IBenchmark
{
    public string Name => "headers";

    public string Description => "header fields read from the text of the real born-digital and legacy files, vs the manifest (--corpus: the legal corpus's full texts, vs its metadata)";

    public async Task RunAsync(string[] args)
    {
        var data = BenchArguments.Option(args, "--data") ?? BenchArguments.FindData();
        if (args.Contains("--corpus"))
        {
            ReadCorpusHeaders(data);
            return;
        }
        var folder = Path.Combine(data, "real-files");
        using var converter = new OfficeDocumentConverter(TimeSpan.FromMinutes(5));
        var extraction = new TextExtraction([new PdfTextExtractor(), new DocxTextExtractor(), new XlsxTextExtractor(), new OfficeTextExtractor(converter), new PlainTextExtractor()]);
        var reader = new DocumentHeaderReader();
        int right = 0, total = 0;
        foreach (var row in File.ReadLines(Path.Combine(folder, "MANIFEST.tsv")).Skip(1).Select(l => l.Split('\t')))
        {
            var (file, kind) = (row[0], row[1]);
            if (kind.StartsWith("image", StringComparison.Ordinal)) continue;
            await using var content = File.OpenRead(Path.Combine(folder, file));
            var sniffed = ContentSniffer.Sniff(content);
            content.Position = 0;
            var extracted = await extraction.ExtractAsync(content, sniffed?.ContentType ?? "application/octet-stream");
            var text = LegacyTextConverter.Convert(extracted.Text) is { Changed: true } conversion ? conversion.Text.Normalize(NormalizationForm.FormC) : extracted.Text;
            var header = reader.Read(text);
            var issued = header.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var fields = new (string Name, string Want, string? Got)[]
            {
                ("number", row[5], header.Number), ("kind", row[6], header.Kind), ("issuedOn", row[8], issued), ("issuer", row[7], header.Issuer),
            };
            Console.WriteLine($"{file}");
            foreach (var (name, want, got) in fields)
            {
                // A row without a value (a spreadsheet form has no issuer) expects none.
                var ok = Comparable(want) == Comparable(got);
                total++;
                if (ok) right++;
                Console.WriteLine($"  {(ok ? "ok  " : "MISS")} {name,-9} {Show(got)}{(ok ? "" : $"   (first page: {Show(want)})")}");
            }
            Console.WriteLine($"       title     {Show(header.Title)}");
        }
        Console.WriteLine($"header fields right: {right}/{total} = {right / (double)Math.Max(1, total):F2}");
    }

    // The legal corpus's complete texts (laws with their header, gazette pages as pdftotext gives them) read as an
    // upload of plain text reads them, against the corpus's own number, kind, date and issuer. The article-only texts
    // carry no header and are left out.
    private static void ReadCorpusHeaders(string data)
    {
        var reader = new DocumentHeaderReader();
        int right = 0, total = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(data, "legal-corpus"), "legal_docs*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                var doc = json.RootElement;
                if (doc.GetProperty("text_form").GetString() is not ("full_text" or "full_text_pdftotext")) continue;
                var header = reader.Read(doc.GetProperty("text").GetString()!);
                var fields = new (string Name, string? Want, string? Got)[]
                {
                    ("number", Text(doc, "number"), header.Number), ("kind", Text(doc, "type"), header.Kind),
                    ("issuedOn", Text(doc, "date"), header.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("issuer", Text(doc, "issuer"), header.Issuer),
                };
                foreach (var (name, want, got) in fields.Where(f => f.Want is not null))
                {
                    total++;
                    if (Comparable(want) == Comparable(got)) right++;
                    else Console.WriteLine($"MISS {Text(doc, "id"),-24} {name,-9} {Show(got)}   (corpus: {Show(want)})");
                }
            }
        }
        Console.WriteLine($"corpus header fields right: {right}/{total} = {right / (double)Math.Max(1, total):F3}");
    }

    private static string? Text(System.Text.Json.JsonElement doc, string name) =>
        doc.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;

    // As real-data-check compares: letters and digits only, without diacritics or case.
    private static string Comparable(string? value) =>
        string.Concat((value ?? "").Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit));

    private static string Show(string? value) => value is null or "" ? "—" : $"\"{value}\"";
}
