namespace Archive.Api.Records;

/// <summary>A dossier is open while it is being filled; closed (khóa hồ sơ) its content and metadata are fixed.</summary>
public static class DossierStatuses
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static string Label(string status) => status == Closed ? "Đã khóa" : "Đang mở";
}
