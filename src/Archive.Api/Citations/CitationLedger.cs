using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// Where each citation of an archived document stands, kept sorted as <see cref="CitationGraph"/> judges it: the
/// citations resolving to each archived document, by source and position, and the cited documents the archive lacks,
/// grouped by what identifies them and ranked by how many documents cite them. A page of either costs its size (and
/// the pages before it), at 100 documents as at 100,000: nothing is grouped or sorted per request.
/// </summary>
/// <remarks>Not thread-safe: the graph's lock guards it.</remarks>
internal sealed class CitationLedger(Func<(string Source, int At), Citation> citationAt)
{
    private static readonly IComparer<(string Source, int At)> ByPlace = Comparer<(string Source, int At)>.Create((a, b) =>
        string.CompareOrdinal(a.Source, b.Source) is var bySource and not 0 ? bySource : a.At.CompareTo(b.At));

    /// <summary>Most citing documents first, then by the symbol (else title) the first citation gives, then by identity.</summary>
    private static readonly IComparer<(int Documents, string Name, string Identity)> ByRank = Comparer<(int Documents, string Name, string Identity)>.Create((a, b) =>
        b.Documents.CompareTo(a.Documents) is var byCount and not 0 ? byCount
        : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName
        : string.CompareOrdinal(a.Identity, b.Identity));

    private sealed class Group
    {
        public SortedSet<(string Source, int At)> Citations { get; } = new(ByPlace);
        /// <summary>Citing document → how many of its citations are in the group.</summary>
        public SortedDictionary<string, int> Sources { get; } = new(StringComparer.Ordinal);
        public (int Documents, string Name, string Identity)? Rank { get; set; }
    }

    private readonly Dictionary<(string Source, int At), string> resolved = [];
    private readonly Dictionary<string, SortedSet<(string Source, int At)>> citing = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Source, int At), string> unresolved = [];
    private readonly Dictionary<string, Group> groups = new(StringComparer.Ordinal);
    private readonly SortedSet<(int Documents, string Name, string Identity)> ranking = new(ByRank);

    public void Clear()
    {
        resolved.Clear();
        citing.Clear();
        unresolved.Clear();
        groups.Clear();
        ranking.Clear();
    }

    /// <summary>
    /// Files the citation at <paramref name="place"/> as naming the archived document <paramref name="target"/>, or as
    /// naming a document the archive lacks, identified by <paramref name="missing"/>; neither when both are null.
    /// </summary>
    public void File((string Source, int At) place, string? target, string? missing)
    {
        var was = resolved.GetValueOrDefault(place);
        if (was != target)
        {
            if (was is not null)
            {
                resolved.Remove(place);
                if (citing.TryGetValue(was, out var before) && before.Remove(place) && before.Count == 0) citing.Remove(was);
            }
            if (target is not null)
            {
                resolved[place] = target;
                if (!citing.TryGetValue(target, out var now)) citing[target] = now = new SortedSet<(string Source, int At)>(ByPlace);
                now.Add(place);
            }
        }
        var wasMissing = unresolved.GetValueOrDefault(place);
        if (wasMissing == missing) return;
        if (wasMissing is not null)
        {
            unresolved.Remove(place);
            Leave(wasMissing, place);
        }
        if (missing is not null)
        {
            unresolved[place] = missing;
            Join(missing, place);
        }
    }

    /// <summary>The citations resolving to <paramref name="target"/>: how many, and <paramref name="take"/> of them after <paramref name="skip"/>.</summary>
    public (int Total, IReadOnlyList<(string Source, int At)> Page) CitedBy(string target, int skip, int take) =>
        citing.TryGetValue(target, out var places) ? (places.Count, places.Skip(skip).Take(take).ToList()) : (0, []);

    /// <summary>The groups of citations naming a document the archive lacks: how many, and a page of them, each with its first citation and its citing documents.</summary>
    public (int Total, IReadOnlyList<(Citation First, IReadOnlyCollection<string> Sources)> Page) Unresolved(int skip, int take) =>
        (ranking.Count, ranking.Skip(skip).Take(take)
            .Select(rank => groups[rank.Identity])
            .Select(group => (citationAt(group.Citations.Min), (IReadOnlyCollection<string>)group.Sources.Keys))
            .ToList());

    private void Join(string identity, (string Source, int At) place)
    {
        if (!groups.TryGetValue(identity, out var group)) groups[identity] = group = new Group();
        group.Citations.Add(place);
        group.Sources[place.Source] = group.Sources.GetValueOrDefault(place.Source) + 1;
        Rerank(identity, group);
    }

    private void Leave(string identity, (string Source, int At) place)
    {
        if (!groups.TryGetValue(identity, out var group) || !group.Citations.Remove(place)) return;
        if (group.Sources[place.Source] == 1) group.Sources.Remove(place.Source);
        else group.Sources[place.Source]--;
        if (group.Citations.Count == 0)
        {
            groups.Remove(identity);
            if (group.Rank is { } rank) ranking.Remove(rank);
            return;
        }
        Rerank(identity, group);
    }

    /// <summary>The group's place in the ranking: its count, or its first citation (which names it), may have changed.</summary>
    private void Rerank(string identity, Group group)
    {
        if (group.Rank is { } old) ranking.Remove(old);
        var first = citationAt(group.Citations.Min);
        var rank = (group.Sources.Count, first.Symbol ?? first.Title ?? "", identity);
        group.Rank = rank;
        ranking.Add(rank);
    }
}
