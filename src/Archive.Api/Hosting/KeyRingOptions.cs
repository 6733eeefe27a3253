using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Hosting;

/// <summary>The "DataProtection" configuration section.</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// Where ASP.NET Core keeps the keys that protect the staff sign-in cookie and the forms' antiforgery tokens
    /// (private, 0700). Kept on disk, in the data volume, so that a restarted or recreated container does not
    /// sign everyone out and break open forms.
    /// </summary>
    [Required]
    public string KeysFolder { get; set; } = "data/keys";
}
