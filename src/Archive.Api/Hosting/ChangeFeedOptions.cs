using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Hosting;

/// <summary>The "ChangeFeed" configuration section: how often an instance looks for what others wrote to the same store.</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>Seconds between two looks at the change feed (and two writes of this instance's entries).</summary>
    [Range(0.1, 3600.0)]
    public double PollSeconds { get; set; } = 1;
}
