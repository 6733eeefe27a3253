using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// The Dockerfile and docker-compose.yml read as a container engine would (no engine runs in CI: podman here
/// cannot pull base images and crun cannot start containers under hybrid cgroups), checked for what an operator
/// needs: the tools the service runs, an unprivileged user, health checks, one data volume, pinned images.
/// </summary>
public sealed partial class ContainerFilesTests
{
    private static readonly string Root = RepositoryFiles.Root;

    private sealed record Instruction(string Keyword, string Arguments);

    /// <summary>Instructions of the Dockerfile: comments dropped, continuation lines joined.</summary>
    private static List<Instruction> Dockerfile()
    {
        var instructions = new List<Instruction>();
        var current = "";
        foreach (var raw in File.ReadAllLines(Path.Combine(Root, "Dockerfile")))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0) continue;
            current += " " + line.TrimEnd('\\').Trim();
            if (line.EndsWith('\\')) continue;
            var text = current.Trim();
            var space = text.IndexOf(' ');
            instructions.Add(new Instruction(text[..space].ToUpperInvariant(), text[(space + 1)..].Trim()));
            current = "";
        }
        return instructions;
    }

    private static List<Instruction> RuntimeStage()
    {
        var all = Dockerfile();
        return all.Skip(all.FindLastIndex(i => i.Keyword == "FROM")).ToList();
    }

    private static Dictionary<string, string> Environment(IEnumerable<Instruction> stage) => stage
        .Where(i => i.Keyword == "ENV")
        .SelectMany(i => EnvPair().Matches(i.Arguments).Select(m => (m.Groups[1].Value, m.Groups[2].Value)))
        .ToDictionary(p => p.Item1, p => p.Item2);

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)=(\S+)")]
    private static partial Regex EnvPair();

    [Fact]
    public void The_image_is_built_in_a_separate_stage_on_pinned_dotnet_10_images()
    {
        var froms = Dockerfile().Where(i => i.Keyword == "FROM").Select(i => i.Arguments).ToList();

        Assert.True(froms.Count >= 2, "multi-stage build expected");
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/sdk:10\.0-\w+ AS build$", froms[0]);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:10\.0-\w+ AS runtime$", froms[^1]);
        Assert.DoesNotContain(froms, f => f.Contains(":latest", StringComparison.Ordinal));
        var publish = Dockerfile().First(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish"));
        Assert.Contains("src/Archive.Api", publish.Arguments);
    }

    [Fact]
    public void The_runtime_has_tesseract_with_Vietnamese_poppler_and_LibreOffice_Writer_without_GUI()
    {
        var installs = string.Join(' ', RuntimeStage().Where(i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get install")).Select(i => i.Arguments));
        var packages = installs.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

        Assert.Subset(packages, new HashSet<string> { "tesseract-ocr", "tesseract-ocr-vie", "poppler-utils", "libreoffice-writer-nogui" });
        Assert.DoesNotContain("libreoffice", packages);
        Assert.DoesNotContain(packages, p => p.StartsWith("libreoffice-gtk", StringComparison.Ordinal));
        Assert.Contains("--no-install-recommends", installs);
        Assert.Contains("rm -rf /var/lib/apt/lists", installs);
    }

    [Fact]
    public void The_service_runs_as_an_unprivileged_user_and_checks_its_readiness()
    {
        var runtime = RuntimeStage();

        var user = Assert.Single(runtime, i => i.Keyword == "USER").Arguments;
        Assert.DoesNotMatch(@"^(root|0)(:|$)", user);
        var health = Assert.Single(runtime, i => i.Keyword == "HEALTHCHECK").Arguments;
        Assert.Contains("/healthz/ready", health);
        Assert.Contains("curl", string.Join(' ', runtime.Where(i => i.Keyword == "RUN").Select(i => i.Arguments)));
        var port = Assert.Single(runtime, i => i.Keyword == "EXPOSE").Arguments;
        Assert.Contains($":{port}", health);
        Assert.EndsWith($":{port}", Environment(runtime)["ASPNETCORE_URLS"]);
        Assert.Equal("[\"dotnet\", \"/app/Archive.Api.dll\"]", Assert.Single(runtime, i => i.Keyword == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void Everything_the_service_writes_is_in_the_one_volume_and_the_audit_anchor_is_outside_it()
    {
        var runtime = RuntimeStage();
        var volume = Assert.Single(runtime, i => i.Keyword == "VOLUME").Arguments.Trim('[', ']', ' ', '"');
        var environment = Environment(runtime);

        foreach (var setting in new[] { "Storage__Local__Root", "Index__Path", "Work__Folder", "DataProtection__KeysFolder" })
            Assert.StartsWith(volume + "/", environment[setting]);
        Assert.False(environment["Audit__AnchorFolder"].StartsWith(volume, StringComparison.Ordinal), "the audit anchor must be outside the data volume");
        foreach (var copy in Dockerfile().Where(i => i.Keyword == "COPY" && !i.Arguments.StartsWith("--from", StringComparison.Ordinal)))
            foreach (var source in copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
                Assert.True(File.Exists(Path.Combine(Root, source)) || Directory.Exists(Path.Combine(Root, source)), $"COPY {source}: not in the repository");
    }

    [Fact]
    public void The_image_collects_the_youngest_generation_after_96_mb_not_after_a_few()
    {
        // Read from the environment only (no runtimeconfig setting): a question's ~1.3 MB of garbage then costs fewer pauses.
        Assert.Equal("0x6000000", Environment(RuntimeStage())["DOTNET_GCgen0size"]);
    }

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    [Fact]
    public void Compose_pins_MinIO_to_a_release_with_a_volume_and_a_health_check_and_starts_the_service_once_it_is_healthy()
    {
        var services = Map(Compose(), "services");
        var minio = Map(services, "minio");
        var api = Map(services, "api");

        Assert.Matches(@"minio/minio:RELEASE\.\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$", Scalar(minio, "image"));
        Assert.Contains(((YamlSequenceNode)minio["volumes"]).Select(v => v.ToString()), v => v.EndsWith(":/data", StringComparison.Ordinal));
        Assert.True(Map(minio, "healthcheck").Children.ContainsKey("test"));
        Assert.Equal("service_healthy", Scalar(Map(Map(api, "depends_on"), "minio"), "condition"));
        Assert.Contains("/healthz/ready", string.Join(' ', ((YamlSequenceNode)Map(api, "healthcheck")["test"]).Select(t => t.ToString())));
    }

    [Fact]
    public void Compose_keeps_the_data_and_the_audit_anchor_in_named_volumes_and_documents_every_variable_it_reads()
    {
        var compose = Compose();
        var api = Map(Map(compose, "services"), "api");
        var environment = Map(api, "environment").Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());
        var declared = Map(compose, "volumes").Children.Keys.Select(k => k.ToString()).ToHashSet();
        var mounts = ((YamlSequenceNode)api["volumes"]).Select(v => v.ToString().Split(':')).ToList();
        var dataVolume = Assert.Single(RuntimeStage(), i => i.Keyword == "VOLUME").Arguments.Trim('[', ']', ' ', '"');

        Assert.Contains(mounts, m => m[1] == dataVolume);
        Assert.Contains(mounts, m => m[1] == environment["Audit__AnchorFolder"]);
        Assert.All(mounts, m => Assert.Contains(m[0], declared));
        Assert.All(new[] { "ARCHIVE_ADMIN_KEY", "Site__PublicBaseUrl", "Site__Organisation", "Audit__Key" }, name => Assert.True(environment.ContainsKey(name), name));

        var text = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        // podman-compose 1.0 (Debian 12) passes "${X:-}" on literally: an empty default is written "${X}".
        Assert.DoesNotContain(":-}", text);
        var variables = VariableUse().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        var documented = File.ReadAllLines(Path.Combine(Root, ".env.example")).Where(l => l.Contains('=') && !l.StartsWith('#')).Select(l => l[..l.IndexOf('=')]).ToHashSet();
        Assert.Empty(variables.Except(documented));
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.All(variables, variable => Assert.Contains(variable, readme));
    }

    [GeneratedRegex(@"\$\{([A-Z_][A-Z0-9_]*)")]
    private static partial Regex VariableUse();
}
