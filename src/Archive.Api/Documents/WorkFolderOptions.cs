namespace Archive.Api.Documents;

/// <summary>The "Work" configuration section.</summary>
public sealed class WorkFolderOptions
{
    /// <summary>The private folder for temporary copies of originals (<see cref="WorkFolder"/>), under the data folder.</summary>
    public string Folder { get; set; } = "data/work";
}
