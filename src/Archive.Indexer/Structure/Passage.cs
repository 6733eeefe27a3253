namespace Archive.Indexer.Structure;

/// <summary>
/// One unit of a document's structure: an article of a legal text ("Điều 5") or a numbered section
/// of a plan ("II.1"). <see cref="Start"/> is the character offset in the document text; <see cref="Page"/>
/// is 1-based, counted by the form feeds that separate PDF pages, and null for unpaged texts.
/// </summary>
public sealed record Passage(string Label, string Heading, string Text, int Start, int? Page);
