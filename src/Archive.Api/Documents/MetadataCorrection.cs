namespace Archive.Api.Documents;

/// <summary>The fields a clerk may correct; absent (null) fields stay as they are, "" clears one.</summary>
public sealed record MetadataCorrection(string? Title, string? Kind, string? Number, DateOnly? IssuedOn, string? Issuer, string? Reason);
