namespace Archive.Indexer.Structure;

/// <summary>
/// A document's parts in reading order (<see cref="StructureNode"/>) and its footnotes. Derived data: kept in the
/// store beside the text, stamped with <see cref="CurrentVersion"/> and parsed again from the text when the
/// parser changes.
/// </summary>
public sealed class DocumentStructure
{
    /// <summary>Bumped whenever <see cref="StructureParser"/> would read a text differently.</summary>
    public const int CurrentVersion = 3;

    public int Version { get; init; } = CurrentVersion;
    public List<StructureNode> Parts { get; init; } = [];

    /// <summary>Footnotes cut out of the running text (PDF page bottoms), in order.</summary>
    public List<string> Footnotes { get; init; } = [];

    public static DocumentStructure Empty => new();

    public IEnumerable<StructureNode> AllNodes() => Parts.SelectMany(p => p.DescendantsAndSelf());

    public StructureNode? Find(string anchor) => AllNodes().FirstOrDefault(n => n.Anchor == anchor);

    public IEnumerable<StructureNode> Articles() => AllNodes().Where(n => n.Kind == StructureKind.Article);
}
