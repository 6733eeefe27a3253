using System.Text.Json;

namespace Archive.Bench.Citations;

/// <summary>
/// One line of <c>citations/*.jsonl</c> (see the data README): the text, the keys of its gold items and each item's
/// relation ("basis", "refers", "amends", …; null where the gold gives none), in the same order.
/// </summary>
public sealed record GoldLine(int LineNo, string Line, IReadOnlyList<CitationKey> Gold, IReadOnlyList<string?> Relations)
{
    public static IReadOnlyList<GoldLine> Read(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse).ToList();

    private static GoldLine Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var gold = root.GetProperty("citations").EnumerateArray().Select(c => CitationKey.Of(
            Text(c, "kind"), Text(c, "symbol"), Text(c, "title"), c.TryGetProperty("self", out var s) && s.ValueKind == JsonValueKind.True,
            Text(c, "article"), Text(c, "clause"), Text(c, "point"))).ToList();
        var relations = root.GetProperty("citations").EnumerateArray().Select(c => Text(c, "relation")).ToList();
        return new GoldLine(root.GetProperty("line_no").GetInt32(), root.GetProperty("line").GetString()!, gold, relations);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
