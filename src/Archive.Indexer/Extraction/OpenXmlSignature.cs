namespace Archive.Indexer.Extraction;

/// <summary>
/// A ZIP whose central directory lists the main part of an Open XML format (word/document.xml for DOCX,
/// xl/workbook.xml for XLSX); any other ZIP is not that format.
/// </summary>
internal sealed class OpenXmlSignature(string mainPart, AcceptedFormat format) : IContentSignature
{
    public SniffedContent? Match(ReadOnlySpan<byte> head, Stream content)
    {
        if (!ZipDirectory.StartsLikeZip(head)) return null;
        using var zip = ZipDirectory.TryOpen(content);
        return zip?.GetEntry(mainPart) is null ? null : format.Sniffed();
    }
}
