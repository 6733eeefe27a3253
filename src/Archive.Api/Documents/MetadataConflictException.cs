namespace Archive.Api.Documents;

/// <summary>
/// A correction refused because a field it changes was changed by someone else after the person saw it
/// (<see cref="MetadataCorrection.SeenBefore"/>); nothing was saved. <see cref="Problems"/> say, per field, what it is now.
/// </summary>
public sealed class MetadataConflictException(IReadOnlyList<MetadataProblem> problems)
    : InvalidOperationException(MetadataRules.Describe(problems))
{
    public IReadOnlyList<MetadataProblem> Problems { get; } = problems;
}
