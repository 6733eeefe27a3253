namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>The pre-Unicode ways Vietnamese was typed that still turn up in old files.</summary>
public enum LegacyEncoding
{
    None,

    /// <summary>TCVN 5712:1993 VN3 ("ABC"), the .VnTime / .VnArial fonts; .VnTimeH and friends are its capitals-only fonts.</summary>
    Tcvn3,

    /// <summary>VNI for Windows (VNI-Times, VNI-Helve): a base letter followed by a mark byte.</summary>
    Vni,

    /// <summary>VIQR, marks typed as ASCII after the vowel: "Vie^.t Nam", "dd" = đ.</summary>
    Viqr,
}
