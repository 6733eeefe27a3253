namespace Archive.Api.Documents;

/// <summary>
/// A document's metadata as a person typed it (upload form fields, the staff correction form, a PATCH body):
/// text, not yet checked. Null means "not given"; <see cref="MetadataRules"/> says what it may become.
/// </summary>
public sealed record MetadataInput(
    string? Title = null,
    string? Kind = null,
    string? Number = null,
    string? IssuedOn = null,
    string? Issuer = null,
    string? Reason = null);
