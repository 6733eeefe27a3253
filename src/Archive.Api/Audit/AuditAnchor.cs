using System.Text;
using System.Text.Json;
using Archive.Storage;

namespace Archive.Api.Audit;

/// <summary>
/// Signed checkpoints of the chain head, one JSON line each, appended to <c>checkpoints.jsonl</c> in the anchor
/// folder outside the archive. An auditor keeps a copy of this file (and the key) to check the trail later.
/// </summary>
public sealed class AuditAnchor(string folder)
{
    public const string FileName = "checkpoints.jsonl";

    public string Path { get; } = System.IO.Path.Combine(folder, FileName);

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        PrivateFiles.Folder(folder);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(checkpoint, Json) + "\n");
        // One write of one short line with O_APPEND: the service and an operator command may append side by side.
        await using var file = PrivateFiles.Append(Path);
        await file.WriteAsync(line, cancellationToken);
        file.Flush(flushToDisk: true);
    }

    /// <summary>Every line in order; a line that is not a checkpoint comes back as null (verify reports it).</summary>
    public async Task<IReadOnlyList<AuditCheckpoint?>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return [];
        var checkpoints = new List<AuditCheckpoint?>();
        foreach (var line in await File.ReadAllLinesAsync(Path, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            try { checkpoints.Add(JsonSerializer.Deserialize<AuditCheckpoint>(line, Json)); }
            catch (JsonException) { checkpoints.Add(null); }
        }
        return checkpoints;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
