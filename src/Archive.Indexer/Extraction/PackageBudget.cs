using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Indexer.Extraction;

/// <summary>
/// How much a ZIP-based document (DOCX, ODT) may inflate to before anything is decompressed: a 1 MB file can
/// hold a 1 GiB part (a "zip bomb"). Judged from the ZIP's central directory, which .NET also holds the
/// inflated data to; the XML readers add a character budget per part for a directory that lies.
/// </summary>
/// <remarks>
/// Only the markup parts count (XML, relationships): they are what the readers parse. Pictures and other
/// media are stored as they are and never inflated here. The limits are far above real documents: a
/// 300-page Word file has a few MB of document.xml.
/// </remarks>
public static class PackageBudget
{
    /// <summary>Largest markup part, inflated (64 MiB).</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>All markup parts together, inflated (256 MiB).</summary>
    public const long MaxMarkupBytes = 256L * 1024 * 1024;

    public const int MaxEntries = 10_000;

    /// <summary>A BagIt package checked over the network (a transfer, an export sent back), inflated (4 GiB): hashing more would hold the request for minutes.</summary>
    public const long MaxBagBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>A BagIt package's tag files read whole (manifests, bag-info) together (16 MiB, a manifest of ~100,000 files).</summary>
    public const long MaxBagTagBytes = 16L * 1024 * 1024;

    /// <summary>
    /// How many times its compressed size an entry may inflate to, once it is larger than <see cref="RatioFloor"/>.
    /// Scans, PDFs and pictures barely compress; texts and records 3-10×; a run of zeros 1,000×: only a bomb goes past.
    /// </summary>
    public const int MaxRatio = 100;

    /// <summary>Below this size (1 MiB) an entry may compress as well as it likes: it cannot hurt.</summary>
    public const long RatioFloor = 1024L * 1024;

    /// <summary>Whether <paramref name="entry"/> says it inflates past <see cref="MaxRatio"/> (a zip bomb's sign).</summary>
    public static bool Implausible(ZipArchiveEntry entry) =>
        entry.Length > RatioFloor && entry.Length > Math.Max(1, entry.CompressedLength) * (long)MaxRatio;

    /// <summary>The package as a seekable stream (its ZIP directory sits at the end): itself, or a copy in memory.</summary>
    public static Stream Seekable(Stream content)
    {
        if (content.CanSeek) return content;
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>
    /// The one reading of a package's directory against a budget: its entry count, then each counted entry's size (at
    /// most <paramref name="maxEntryBytes"/>), all counted entries together (at most <paramref name="maxBytes"/>) and,
    /// when <paramref name="ratio"/> is asked for, each entry's inflation (<see cref="Implausible"/>); with the entry
    /// that broke it.
    /// </summary>
    public static (PackageExcess Excess, ZipArchiveEntry? Entry) Judge(ZipArchive zip, long maxBytes, long maxEntryBytes,
        Func<ZipArchiveEntry, bool> counted, bool ratio)
    {
        if (zip.Entries.Count > MaxEntries) return (PackageExcess.TooManyEntries, null);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (!counted(entry)) continue;
            if (ratio && Implausible(entry)) return (PackageExcess.Implausible, entry);
            total += entry.Length;
            if (entry.Length > maxEntryBytes || total > maxBytes) return (PackageExcess.TooLarge, entry);
        }
        return (PackageExcess.None, null);
    }

    /// <summary>Why <paramref name="package"/> (seekable, read from its start and put back) must not be opened, or null.</summary>
    public static string? Exceeded(Stream package)
    {
        var position = package.Position;
        try
        {
            package.Position = 0;
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            return Judge(zip, MaxMarkupBytes, MaxPartBytes, e => IsMarkup(e.FullName), ratio: false).Excess switch
            {
                PackageExcess.TooManyEntries => ExtractionMessages.PackageTooManyParts(MaxEntries),
                PackageExcess.None => null,
                _ => ExtractionMessages.PackageTooLarge(MaxMarkupBytes),
            };
        }
        catch (InvalidDataException)
        {
            return null; // not a readable ZIP: the reader itself reports the damage
        }
        finally
        {
            package.Position = position;
        }
    }

    /// <summary>As <see cref="Exceeded"/> for a file that starts like a ZIP; null for any other (a .doc, an .rtf).</summary>
    public static string? ExceededIfZip(Stream file)
    {
        Span<byte> head = stackalloc byte[4];
        file.Position = 0;
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return ZipDirectory.StartsLikeZip(head[..read]) ? Exceeded(file) : null;
    }

    /// <summary>
    /// Reads an Office Open XML package (Word, Excel) within the budget: judged from its ZIP directory first, then
    /// opened with the per-part character limit; a part over that limit, or a damaged package, ends as a failure
    /// with a clerk's reason (<paramref name="corrupt"/> for damage) instead of an exception.
    /// </summary>
    public static ExtractedText ReadOpenXml<TPackage>(
        Stream content, Func<Stream, OpenSettings, TPackage> open, Func<TPackage, ExtractedText> read, string corrupt)
        where TPackage : OpenXmlPackage
    {
        try
        {
            var seekable = Seekable(content);
            if (Exceeded(seekable) is { } reason) return ExtractedText.Failure(reason);
            // A central directory that lies about sizes still meets this limit, enforced while parsing.
            using var package = open(seekable, new OpenSettings { MaxCharactersInPart = MaxPartBytes });
            return read(package);
        }
        catch (TextBudgetExceededException e)
        {
            return ExtractedText.Failure(e.Message);
        }
        catch (Exception e) when (e is System.Xml.XmlException && e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return ExtractedText.Failure(ExtractionMessages.PackageTooLarge(MaxPartBytes));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The packaging and XML layers throw many exception types for a damaged file; all mean the same to a clerk.
            return ExtractedText.Failure(corrupt);
        }
    }

    private static bool IsMarkup(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
