namespace Archive.Indexer.Extraction.Quality;

/// <summary>What a whitespace-separated word says about the text's quality.</summary>
public enum WordVerdict
{
    /// <summary>Numbers, symbols, single letters, abbreviations (UBND, NĐ-CP): no evidence either way.</summary>
    Ignored,

    /// <summary>Every syllable in it is a Vietnamese syllable.</summary>
    Valid,

    /// <summary>Contains letters that do not form a Vietnamese syllable.</summary>
    Invalid,
}
