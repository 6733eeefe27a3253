namespace Archive.Api.Web.Public;

/// <summary>What a published document cites, as its text says it, and the published page it links to (null when none).</summary>
public sealed record PublicCitation(string Text, string? Url);
