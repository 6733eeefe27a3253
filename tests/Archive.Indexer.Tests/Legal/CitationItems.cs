using Archive.Indexer.Legal;

namespace Archive.Indexer.Tests.Legal;

/// <summary>Citations written as the tests expect them: "kind|symbol or title|self|article|clause|point", one an item.</summary>
internal static class CitationItems
{
    public static string Describe(Citation c) =>
        $"{c.Kind}|{c.Symbol ?? c.Title}|{(c.Self ? "self" : "")}|{c.Article}|{c.Clause}|{c.Point}";

    /// <summary>What <paramref name="extractor"/> finds in <paramref name="text"/>, items joined by ';'.</summary>
    public static string Of(CitationExtractor extractor, string text) => string.Join(';', extractor.Extract(text).Select(Describe));
}
