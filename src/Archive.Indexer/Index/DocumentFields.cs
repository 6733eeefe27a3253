namespace Archive.Indexer.Index;

/// <summary>Names of the Lucene fields; one place so the writer and the searcher agree.</summary>
public static class DocumentFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string FileName = "fileName";
    public const string Kind = "kind";
    public const string Number = "number";
    public const string Issuer = "issuer";
    public const string IssuedOn = "issuedOn";
    public const string CreatedAt = "createdAt";
    public const string Visibility = "visibility";
    public const string Text = "text";

    /// <summary>Stored copies of the raw values, returned with hits (the analyzed fields are not stored).</summary>
    public const string StoredPrefix = "stored.";
}
