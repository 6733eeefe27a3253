using Archive.Api.Documents;
using Archive.Indexer.Legal;
using Archive.Indexer.Structure;
using Archive.Storage;

namespace Archive.Api.Citations;

/// <summary>
/// Where on the cited document's page a citation lands: "khoản 1 Điều 15" → "dieu-15-khoan-1" when the target's
/// structure has that clause, else its article, else nothing (the top of the page). One instance per page: each
/// target's structure is read once.
/// </summary>
public sealed class CitationAnchors(IObjectStore store)
{
    private readonly Dictionary<string, HashSet<string>> anchors = new(StringComparer.Ordinal);

    public async Task<string?> ForAsync(string targetId, Citation citation, CancellationToken cancellationToken)
    {
        if (StructureAnchors.ForLocators(citation.Article, citation.Clause, citation.Point) is not { } wanted) return null;
        if (!anchors.TryGetValue(targetId, out var present))
        {
            var structure = await StoredStructure.ReadAsync(store, targetId, cancellationToken);
            anchors[targetId] = present = structure.AllNodes().Select(n => n.Anchor).OfType<string>().ToHashSet(StringComparer.Ordinal);
        }
        string?[] candidates = [wanted, StructureAnchors.ForLocators(citation.Article, citation.Clause, null), StructureAnchors.ForLocators(citation.Article, null, null)];
        return candidates.FirstOrDefault(a => a is not null && present.Contains(a));
    }
}
