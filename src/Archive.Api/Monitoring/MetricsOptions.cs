using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Monitoring;

/// <summary>The "Metrics" configuration section.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// When set, /metrics answers only on this port (add it to the addresses the service listens on, e.g.
    /// <c>--urls "http://+:5080;http://+:9464"</c>), so that it need not be exposed with the site.
    /// </summary>
    [Range(1, 65535)]
    public int? Port { get; set; }
}
