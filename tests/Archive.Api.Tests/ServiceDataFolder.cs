namespace Archive.Api.Tests;

/// <summary>
/// A fresh temporary folder for a service run as a real process (<see cref="ArchiveProcess"/>) and for the commands run
/// beside it, with the settings an operator would export to keep the store and the index in it. Deleted when disposed.
/// </summary>
public sealed class ServiceDataFolder : IDisposable
{
    public ServiceDataFolder(string purpose)
    {
        Root = Path.Combine(Path.GetTempPath(), $"archive-{purpose}", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>The local store and the index in this folder, then <paramref name="more"/> (environment names, Section__Key).</summary>
    public Dictionary<string, string> Settings(params (string Name, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage__Local__Root"] = PathOf("store"),
            ["Index__Path"] = PathOf("index"),
        };
        foreach (var (name, value) in more) settings[name] = value;
        return settings;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
