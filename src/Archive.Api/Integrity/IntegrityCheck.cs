namespace Archive.Api.Integrity;

/// <summary>The outcome of re-reading one stored original: <c>ok</c>, <c>mismatch</c> or <c>missing</c>.</summary>
public sealed record IntegrityCheck(string DocumentId, string Status, string ExpectedSha256, string? ActualSha256, DateTimeOffset CheckedAt)
{
    public const string Ok = "ok";
    public const string Mismatch = "mismatch";
    public const string Missing = "missing";
}
