namespace Archive.Bench;

/// <summary>One named benchmark; <see cref="Program"/> finds every implementation by reflection.</summary>
public interface IBenchmark
{
    /// <summary>The name given on the command line: <c>dotnet run -c Release --project bench/Archive.Bench -- NAME</c>.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Runs and prints its figures to the console; <paramref name="args"/> are the words after the name.</summary>
    Task RunAsync(string[] args);
}
