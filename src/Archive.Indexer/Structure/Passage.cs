namespace Archive.Indexer.Structure;

/// <summary>
/// One unit of a document's structure: an article of a legal text ("Điều 5") or a numbered section
/// of a plan ("II.1"). <see cref="Start"/> is the character offset in the document text; <see cref="Page"/>
/// is 1-based, counted by the form feeds that separate PDF pages, and null for unpaged texts. <see cref="Anchor"/> is
/// the fragment the document page gives the same part ("dieu-5", "muc-ii-1"); null for the opening and paragraph runs.
/// </summary>
public sealed record Passage(string Label, string Heading, string Text, int Start, int? Page, string? Anchor = null);
