namespace Archive.Indexer.Extraction.Quality;

/// <summary>The six tones, in the order the TCVN3 table lists them (huyền, hỏi, ngã, sắc, nặng).</summary>
public enum VietnameseTone
{
    None,
    Grave,
    Hook,
    Tilde,
    Acute,
    Dot,
}
