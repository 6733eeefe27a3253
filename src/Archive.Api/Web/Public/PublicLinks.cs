using Archive.Api.Documents;
using Archive.Api.Originals;
using Archive.Indexer.Extraction;

namespace Archive.Api.Web.Public;

/// <summary>
/// The public site's addresses, live or in the static export: the same pages, but a static web server has no
/// "tai-ve" endpoint to name a download, so the export keeps each file under its own name.
/// </summary>
public sealed record PublicLinks(bool Static)
{
    public static PublicLinks Live { get; } = new(false);
    public static PublicLinks Export { get; } = new(true);

    public string Search => Static ? "/tim-kiem/" : "/tim-kiem";

    public string Document(string slug) => Static ? $"/van-ban/{slug}/" : $"/van-ban/{slug}";

    public string Download(string slug, DocumentRecord record) =>
        Static ? $"/van-ban/{slug}/{Uri.EscapeDataString(FileName(record))}" : $"/van-ban/{slug}/tai-ve";

    /// <summary>Where the browser shows the original, or null when it cannot (TIFF).</summary>
    public string? View(string slug, DocumentRecord record) => ViewKinds.Of(record) == ViewKind.None
        ? null
        : Static ? $"/van-ban/{slug}/{ViewFileName(record)}" : $"/van-ban/{slug}/xem";

    public string Picture(string slug, int page) => $"/van-ban/{slug}/trang-{page}.png";

    /// <summary>The original's name as a file on disk: its own, without path separators or control characters.</summary>
    public static string FileName(DocumentRecord record)
    {
        var name = new string(record.FileName.Where(c => !char.IsControl(c) && c is not ('/' or '\\')).ToArray()).Trim().TrimStart('.');
        return name.Length == 0 ? "van-ban" + (AcceptedFormats.Of(record.ContentType)?.Extension ?? "") : name;
    }

    /// <summary>"xem.pdf" for PDFs and renditions, "xem.jpg", "xem.txt": the type a static server gives it follows.</summary>
    public static string ViewFileName(DocumentRecord record) => ViewKinds.Of(record) switch
    {
        ViewKind.Pdf or ViewKind.Rendition => "xem.pdf",
        _ => "xem" + (AcceptedFormats.Of(record.ContentType)?.Extension ?? ""),
    };
}
