using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Hosting;

/// <summary>
/// The "ChangeFeed" configuration section: how often an instance looks for what others wrote to the same store, and how
/// long the feed keeps its entries (an instance that was away longer reads every record again instead).
/// </summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>Seconds between two looks at the change feed (and two writes of this instance's entries).</summary>
    [Range(0.1, 3600.0)]
    public double PollSeconds { get; set; } = 1;

    /// <summary>Entries older than this many days are removed.</summary>
    [Range(0.0001, 3650.0)]
    public double RetentionDays { get; set; } = 7;

    /// <summary>At most this many entries are kept (the newest).</summary>
    [Range(1, long.MaxValue)]
    public long MaxEntries { get; set; } = 100_000;

    /// <summary>Minutes between two trims of the feed by this instance (the first shortly after start).</summary>
    [Range(0.01, 10_000.0)]
    public double TrimMinutes { get; set; } = 60;
}
