namespace Archive.Indexer.Analysis;

/// <summary>
/// Stamped into the index. The index is derived data (storage holds the originals), so when this number
/// differs from the stamp the index is rebuilt. Bump it on ANY change that alters the terms an analyzer
/// produces: normalizer tables, tokenizer rules, folding, shingle separator, symbol keys, field routing.
/// </summary>
public static class AnalysisVersion
{
    public const int Current = 3;
}
