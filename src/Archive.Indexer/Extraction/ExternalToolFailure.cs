namespace Archive.Indexer.Extraction;

public enum ExternalToolFailure
{
    /// <summary>The program is not installed (see scripts/install-ocr-tools.sh).</summary>
    Missing,

    /// <summary>The program ran past its time limit and was killed.</summary>
    TimedOut,

    /// <summary>The program ended with an error or produced no output, usually because the input is damaged.</summary>
    Failed,

    /// <summary>The input was not given to the program at all (a zip bomb): <see cref="ExternalToolException.Detail"/> says why, for the clerk.</summary>
    Refused,
}
