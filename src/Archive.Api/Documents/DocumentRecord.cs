namespace Archive.Api.Documents;

/// <summary>
/// One archived document as the API shows it and as its <c>meta.json</c> keeps it in the store
/// (the system of record). Property names are part of the public contract: keep them.
/// </summary>
public sealed record DocumentRecord
{
    public required string Id { get; init; }
    public required string Sha256 { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required long Size { get; init; }
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Issuer { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>"pending" (stored, not yet extracted), "ok", "empty" or "failed".</summary>
    public string TextStatus { get; init; } = TextStatuses.Pending;
    public string? TextError { get; init; }
    public int? PageCount { get; init; }
    public string Visibility { get; init; } = "internal";
    /// <summary>When the document was (last) put on the public site; null while internal.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>
    /// Validity as stated by other archived documents ("còn hiệu lực" until one replaces, repeals or
    /// amends it: see <see cref="Citations.ValidityStates"/>), and the document that said so.
    /// </summary>
    public string Status { get; init; } = Citations.ValidityStates.InForce;
    public Citations.DocumentLink? StatusSource { get; init; }
}

public static class TextStatuses
{
    public const string Pending = "pending";
    public const string Ok = "ok";
    public const string Empty = "empty";
    public const string Failed = "failed";
}
