using System.IO.Compression;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Opens an upload that starts like a ZIP to read its directory, for the content signatures of ZIP-based formats.
/// A broken or truncated ZIP is simply not that format: null, whatever the stream underneath throws (a request body
/// shorter than a ZIP directory makes the reader seek before its start).
/// </summary>
internal static class ZipDirectory
{
    public static bool StartsLikeZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    public static ZipArchive? TryOpen(Stream content)
    {
        try
        {
            return new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IOException)
        {
            return null;
        }
    }
}
