using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Access;

/// <summary>The "FailedSignIns" configuration section: how many wrong keys are tolerated before 429.</summary>
public sealed class FailedSignInOptions
{
    public const string Section = "FailedSignIns";

    /// <summary>Wrong keys one client address may present in a <see cref="WindowSeconds"/> window before it gets 429.</summary>
    [Range(1, 100_000)]
    public int PerAddress { get; set; } = 10;

    /// <summary>Wrong keys with the same first characters (from any address) tolerated in a window.</summary>
    [Range(1, 100_000)]
    public int PerKeyPrefix { get; set; } = 10;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
