using System.Reflection;
using System.Text.RegularExpressions;
using Archive.Api.Web;
using Archive.Indexer.Index;
using Archive.Storage;

namespace Archive.Api.Tests.Hosting;

/// <summary>The README's settings table and the options types say the same: every row is a setting, every setting has a row.</summary>
public sealed partial class SettingsTableTests
{
    /// <summary>Every options type (a class with a <c>Section</c> constant) in the service's assemblies.</summary>
    private static IEnumerable<Type> OptionsTypes() =>
        new[] { typeof(SiteOptions).Assembly, typeof(StorageOptions).Assembly, typeof(IndexOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            // An options type names its section in a string constant; an enum member called Section (a part of a
            // document's structure) is not one.
            .Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.FieldType == typeof(string));

    private static IEnumerable<string> Settings(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
        {
            var name = $"{prefix}__{property.Name}";
            var nested = property.PropertyType is { IsClass: true } t && t != typeof(string) && t.Namespace?.StartsWith("Archive", StringComparison.Ordinal) == true;
            foreach (var setting in nested ? Settings(property.PropertyType, name) : [name]) yield return setting;
        }
    }

    private static HashSet<string> OptionSettings() =>
        OptionsTypes().SelectMany(t => Settings(t, (string)t.GetField("Section")!.GetValue(null)!)).ToHashSet();

    /// <summary>Names in the first cell of the table's rows; "`A__B__C`, `…D`" is A__B__C and A__B__D.</summary>
    private static HashSet<string> ReadmeSettings()
    {
        var names = new HashSet<string>();
        foreach (var line in File.ReadLines(RepositoryFiles.PathOf("README.md")).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cell = line.Split('|')[1];
            string? previous = null;
            foreach (Match match in Backticked().Matches(cell))
            {
                var name = match.Groups[1].Value;
                if (name.StartsWith('…') && previous is not null) name = previous[..(previous.LastIndexOf("__", StringComparison.Ordinal) + 2)] + name[1..];
                if (!name.Contains("__", StringComparison.Ordinal)) continue;
                names.Add(name);
                previous = name;
            }
        }
        return names;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [Fact]
    public void Every_setting_of_every_options_section_has_a_row_in_the_README()
    {
        var missing = OptionSettings().Except(ReadmeSettings()).Order().ToList();

        Assert.True(OptionSettings().Count > 20);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_row_of_the_README_settings_table_names_a_real_setting()
    {
        var unknown = ReadmeSettings().Except(OptionSettings()).Order().ToList();

        Assert.Contains("Storage__Minio__SecretKey", ReadmeSettings());
        Assert.Empty(unknown);
    }

    [Fact]
    public void A_setting_out_of_range_stops_the_service_at_start_naming_it()
    {
        using var factory = new ArchiveApiFactory(new Dictionary<string, string?> { ["Ocr:MaxConcurrentPages"] = "0" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("MaxConcurrentPages", failure.ToString());
    }
}
