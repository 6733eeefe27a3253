namespace Archive.Api.Documents;

/// <summary>Why one field of <see cref="MetadataInput"/> cannot be accepted, in Vietnamese, for the person who typed it.</summary>
/// <param name="Field">The input's name ("number", "issuedOn", …), so a form can show the message beside its field.</param>
public sealed record MetadataProblem(string Field, string Message);
