using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// The parts of a document that citations name, written back as a Vietnamese text writes them: one article once,
/// its clauses together ("khoản 1, 2 Điều 15"), points with their clause ("điểm a, b khoản 1, khoản 3 Điều 3"), a
/// whole article covering its clauses, articles in the order first cited ("Điều 5, khoản 2 Điều 7").
/// </summary>
public static class CitedParts
{
    /// <summary>The parts named, or null when the citations name only the whole document.</summary>
    public static string? Describe(IEnumerable<Citation> citations)
    {
        var articles = new List<(string? Article, List<(string? Clause, List<string?> Points)> Clauses)>();
        foreach (var citation in citations)
        {
            if (citation.Article is null && citation.Clause is null && citation.Point is null) continue;
            var article = articles.FindIndex(a => a.Article == citation.Article);
            if (article < 0) articles.Add((citation.Article, []));
            var clauses = articles[article < 0 ? ^1 : article].Clauses;
            var clause = clauses.FindIndex(c => c.Clause == citation.Clause);
            if (clause < 0) clauses.Add((citation.Clause, []));
            var points = clauses[clause < 0 ? ^1 : clause].Points;
            if (!points.Contains(citation.Point)) points.Add(citation.Point);
        }
        return articles.Count == 0 ? null : string.Join(", ", articles.Select(a => Article(a.Article, a.Clauses)));
    }

    private static string Article(string? article, List<(string? Clause, List<string?> Points)> clauses)
    {
        var name = article is null ? null : $"Điều {article}";
        // "Điều 5" cited whole covers "khoản 2 Điều 5" cited elsewhere.
        if (name is not null && clauses.Any(c => c.Clause is null && c.Points.Contains(null))) return name;
        var parts = new List<string>();
        var wholeClauses = new List<string>();
        void FlushClauses()
        {
            if (wholeClauses.Count > 0) parts.Add("khoản " + string.Join(", ", wholeClauses));
            wholeClauses.Clear();
        }
        foreach (var (clause, points) in clauses)
        {
            if (clause is not null && points.Contains(null))
            {
                wholeClauses.Add(clause);
                continue;
            }
            FlushClauses();
            var named = points.OfType<string>().ToList();
            if (named.Count > 0) parts.Add("điểm " + string.Join(", ", named) + (clause is null ? "" : $" khoản {clause}"));
        }
        FlushClauses();
        return string.Join(", ", parts) + (name is null ? "" : (parts.Count > 0 ? " " : "") + name);
    }
}
