using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Hosting;

/// <summary>The "CatalogSnapshot" configuration section: how often the catalog snapshot is written while the service runs.</summary>
public sealed class CatalogSnapshotOptions
{
    public const string Section = "CatalogSnapshot";

    /// <summary>
    /// Minutes between two snapshots while running (one is also written at a clean stop): a start after a crash heals
    /// the last one against the store, so it reads again only the records written since.
    /// </summary>
    [Range(0.01, 10_000.0)]
    public double Minutes { get; set; } = 10;
}
