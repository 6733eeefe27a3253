namespace Archive.Bench.Citations;

/// <summary>
/// Precision and recall over items, line by line as multisets of keys (an item predicted twice where the gold has
/// it once counts once right, once wrong), overall and per <see cref="CitationFamilies"/> family.
/// </summary>
public sealed class CitationScore
{
    private readonly Dictionary<string, (int Right, int Predicted, int Gold)> families = new(StringComparer.Ordinal);

    public int Right { get; private set; }
    public int Predicted { get; private set; }
    public int Gold { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)Right / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Right / Gold;

    /// <summary>Adds one line; returns the gold items missed and the predicted items that are wrong.</summary>
    public (List<CitationKey> Missing, List<CitationKey> Extra) Add(string line, IEnumerable<CitationKey> gold, IEnumerable<CitationKey> predicted)
    {
        var missing = gold.ToList();
        var extra = new List<CitationKey>();
        var right = new List<CitationKey>();
        foreach (var key in predicted)
        {
            if (missing.Remove(key)) right.Add(key);
            else extra.Add(key);
        }
        Count(line, right, 1, 1, 1);
        Count(line, missing, 0, 0, 1);
        Count(line, extra, 0, 1, 0);
        return (missing, extra);
    }

    public (double Precision, double Recall, int Gold, int Predicted) Family(string name) =>
        families.TryGetValue(name, out var f)
            ? (f.Predicted == 0 ? 0 : (double)f.Right / f.Predicted, f.Gold == 0 ? 0 : (double)f.Right / f.Gold, f.Gold, f.Predicted)
            : (0, 0, 0, 0);

    private void Count(string line, List<CitationKey> keys, int right, int predicted, int gold)
    {
        foreach (var key in keys)
        {
            (Right, Predicted, Gold) = (Right + right, Predicted + predicted, Gold + gold);
            foreach (var family in CitationFamilies.Of(key, line))
            {
                var f = families.GetValueOrDefault(family);
                families[family] = (f.Right + right, f.Predicted + predicted, f.Gold + gold);
            }
        }
    }
}
