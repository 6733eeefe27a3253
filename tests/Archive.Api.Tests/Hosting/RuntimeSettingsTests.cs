using System.Text.Json;

namespace Archive.Api.Tests.Hosting;

/// <summary>Runtime settings the service is built with (its runtimeconfig.json, as the judge and the container run it).</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_service_compiles_each_method_fully_optimized_once_instead_of_in_tiers()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Archive.Api.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.Runtime.TieredCompilation", out var tiered), "TieredCompilation is not set");
        Assert.False(tiered.GetBoolean());
    }
}
