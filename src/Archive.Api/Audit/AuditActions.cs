namespace Archive.Api.Audit;

/// <summary>The kinds of audited events, as stored in <see cref="AuditEntry.Action"/>.</summary>
public static class AuditActions
{
    public const string Upload = "upload";
    public const string VersionUpload = "version-upload";
    public const string MetadataChange = "metadata-change";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string Download = "download";
    public const string View = "view";
    public const string Export = "export";
    public const string IntegrityCheck = "integrity-check";
    public const string SignInFailed = "sign-in-failed";
    public const string SignIn = "sign-in";
    public const string UserAdded = "user-added";
    public const string UserRevoked = "user-revoked";
    public const string DossierCreate = "dossier-create";
    public const string DossierAddDocument = "dossier-add-document";
    public const string DossierRemoveDocument = "dossier-remove-document";
    public const string DossierClose = "dossier-close";
    public const string DossierReopen = "dossier-reopen";
    public const string RetentionScheduleChange = "retention-schedule-change";
    public const string HoldPlace = "hold-place";
    public const string HoldRelease = "hold-release";
    public const string DisposalPropose = "disposal-propose";
    public const string DisposalApprove = "disposal-approve";
    public const string DisposalDestroy = "disposal-destroy";

    public static string Label(string action) => action switch
    {
        Upload => "Tải lên",
        VersionUpload => "Tải lên phiên bản mới",
        MetadataChange => "Sửa thông tin",
        Publish => "Công bố",
        Unpublish => "Thu hồi công bố",
        Download => "Tải tệp gốc",
        View => "Xem",
        Export => "Xuất gói lưu trữ",
        IntegrityCheck => "Kiểm tra toàn vẹn",
        SignInFailed => "Đăng nhập thất bại",
        SignIn => "Đăng nhập",
        UserAdded => "Thêm người dùng",
        UserRevoked => "Thu hồi khóa truy cập",
        DossierCreate => "Lập hồ sơ",
        DossierAddDocument => "Đưa văn bản vào hồ sơ",
        DossierRemoveDocument => "Rút văn bản khỏi hồ sơ",
        DossierClose => "Khóa hồ sơ",
        DossierReopen => "Mở lại hồ sơ",
        RetentionScheduleChange => "Sửa bảng thời hạn bảo quản",
        HoldPlace => "Phong tỏa (giữ lại)",
        HoldRelease => "Gỡ phong tỏa",
        DisposalPropose => "Đề nghị hủy tài liệu hết giá trị",
        DisposalApprove => "Duyệt hủy tài liệu",
        DisposalDestroy => "Hủy tài liệu",
        _ => action,
    };
}
