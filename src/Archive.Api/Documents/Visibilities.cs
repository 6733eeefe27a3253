namespace Archive.Api.Documents;

/// <summary>Values of <see cref="DocumentRecord.Visibility"/>: every document starts internal.</summary>
public static class Visibilities
{
    public const string Internal = "internal";
    public const string Published = "published";
}
