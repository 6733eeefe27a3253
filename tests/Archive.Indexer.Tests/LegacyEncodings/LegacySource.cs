using System.Text.RegularExpressions;
using Archive.Indexer.Tests.Extraction;

namespace Archive.Indexer.Tests.LegacyEncodings;

/// <summary>
/// The Unicode text behind the legacy-font fixtures: Fixtures/source/legacy/NAME.txt without its font tags
/// ({T} .VnTime, {H} .VnTimeH, {V} VNI-Times, {U} Times New Roman; see make-legacy-fixtures.sh).
/// </summary>
internal static partial class LegacySource
{
    public static string[] Lines(string name) => Lines(name, run => run);

    /// <summary>As <see cref="Lines(string)"/>, with the TCVN3 runs ({T} and {H}) passed through <paramref name="tcvn3Run"/>.</summary>
    public static string[] Lines(string name, Func<string, string> tcvn3Run) =>
        File.ReadAllLines(Fixture.PathOf($"source/legacy/{name}.txt"))
            .Where(l => l.Length > 0)
            .Select(l => Run().Replace(l, m => m.Groups[1].Value is "T" or "H" ? tcvn3Run(m.Groups[2].Value) : m.Groups[2].Value))
            .ToArray();

    [GeneratedRegex(@"\{([THVU])\}([^{]*)")]
    private static partial Regex Run();
}
