using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Documents;

/// <summary>The "Work" configuration section.</summary>
public sealed class WorkFolderOptions
{
    public const string Section = "Work";

    /// <summary>The private folder for temporary copies of originals (<see cref="WorkFolder"/>), under the data folder.</summary>
    [Required]
    public string Folder { get; set; } = "data/work";
}
