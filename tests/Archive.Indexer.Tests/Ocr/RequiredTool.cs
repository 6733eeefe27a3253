namespace Archive.Indexer.Tests.Ocr;

/// <summary>
/// The OCR and conversion tests run the real programs. When one is missing they fail with this message rather
/// than skip, so a machine without the tools never reports green.
/// </summary>
internal static class RequiredTool
{
    public static void Check(string program)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
        Assert.True(found, $"'{program}' is not installed or not on the PATH: run scripts/install-ocr-tools.sh before the tests.");
    }
}
