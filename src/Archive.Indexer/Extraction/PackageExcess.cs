namespace Archive.Indexer.Extraction;

/// <summary>What a ZIP package's directory says against a budget (<see cref="PackageBudget.Judge"/>), before anything is inflated.</summary>
public enum PackageExcess
{
    None,
    /// <summary>More entries than <see cref="PackageBudget.MaxEntries"/>.</summary>
    TooManyEntries,
    /// <summary>An entry inflating past <see cref="PackageBudget.MaxRatio"/> times its compressed size: a zip bomb's sign.</summary>
    Implausible,
    /// <summary>An entry, or the entries together, larger than the budget allows.</summary>
    TooLarge,
}
