using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Hosting.Health;

/// <summary>The "Health" configuration section: what readiness tolerates.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>A work queue with items waiting and no progress for this long is reported stuck.</summary>
    [Range(1, 24 * 60)]
    public int QueueStuckMinutes { get; set; } = 30;

    /// <summary>Longest a single check (the store's round trip above all) may take before it counts as failed.</summary>
    [Range(1, 300)]
    public int CheckTimeoutSeconds { get; set; } = 10;
}
