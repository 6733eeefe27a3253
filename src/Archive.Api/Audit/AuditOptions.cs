using System.ComponentModel.DataAnnotations;
using Archive.Storage;

namespace Archive.Api.Audit;

/// <summary>The "Audit" configuration section: what makes the trail checkable by someone who does not trust the disk it is on.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// The secret every entry is sealed with (HMAC-SHA-256), at least 32 characters, e.g. from a secret store.
    /// When empty, the key is read from <c>audit.key</c> in <see cref="AnchorFolder"/> (created once, owner-only).
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>
    /// A folder outside the data folder (another disk or a mounted share, ideally): the key file, the signed
    /// checkpoints of the chain head (<c>checkpoints.jsonl</c>) and entries the store could not take yet (<c>pending/</c>).
    /// </summary>
    [Required]
    public string AnchorFolder { get; set; } = "audit-anchor";

    /// <summary>How often the chain head is anchored; entries written after the last checkpoint are only as safe as the disk.</summary>
    [Range(1.0, 86_400.0)]
    public double CheckpointIntervalSeconds { get; set; } = 60;

    /// <summary>
    /// On an S3 store: days each audit object is kept under S3 Object Lock (compliance mode), so that not even the
    /// bucket's owner can change or delete it. 0 (default) turns it off. Needs a bucket created with object lock.
    /// </summary>
    [Range(0, 36_500)]
    public int RetentionDays { get; set; }

    /// <summary>
    /// Failed sign-ins written one entry each per minute, from all clients together; the others are counted and
    /// written as one entry a minute (<see cref="FailedSignInLog"/>), so an anonymous client cannot fill the disk.
    /// </summary>
    [Range(0, 100_000)]
    public int FailedSignInsPerMinute { get; set; } = 20;

    public const int MinimumKeyLength = 32;

    /// <summary>The full path of <see cref="AnchorFolder"/>; refuses one inside the data folder, where it would prove nothing.</summary>
    public string AnchorPath(StorageOptions storage, string indexPath)
    {
        var anchor = Path.GetFullPath(AnchorFolder);
        var data = new List<string> { Path.GetFullPath(indexPath) };
        if (storage.Provider.Trim().Equals("local", StringComparison.OrdinalIgnoreCase) || storage.Provider.Trim().Length == 0)
            data.Add(Path.GetFullPath(storage.Local.Root));
        foreach (var folder in data)
        {
            if (Inside(anchor, folder))
                throw new InvalidOperationException(
                    $"Audit:AnchorFolder '{anchor}' nằm trong thư mục dữ liệu '{folder}': khóa và mốc neo của nhật ký phải ở ngoài " +
                    "kho lưu trữ thì mới kiểm chứng được. Hãy đặt Audit__AnchorFolder sang một thư mục khác (tốt nhất là ổ đĩa khác).");
        }
        return anchor;
    }

    private static bool Inside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
