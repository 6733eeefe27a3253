namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>What a font name says about the bytes typed in it; <paramref name="UppercaseFont"/> for TCVN3 capitals-only fonts (.VnTimeH).</summary>
public readonly record struct LegacyFont(LegacyEncoding Encoding, bool UppercaseFont)
{
    /// <summary>Decodes text typed in this font; text in a Unicode font is returned as is.</summary>
    public string Decode(string latin1Text) => Encoding switch
    {
        LegacyEncoding.Tcvn3 => LegacyDecoder.FromTcvn3(latin1Text, UppercaseFont),
        LegacyEncoding.Vni => LegacyDecoder.FromVni(latin1Text),
        LegacyEncoding.Viqr => LegacyDecoder.FromViqr(latin1Text),
        _ => latin1Text,
    };
}
