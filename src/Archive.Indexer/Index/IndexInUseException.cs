namespace Archive.Indexer.Index;

/// <summary>
/// Another process (a running service, or a <c>reindex</c>) holds the index: two writers on one Lucene
/// index delete each other's uncommitted files, so the second one refuses instead of starting.
/// </summary>
public sealed class IndexInUseException(string folder, Exception inner)
    : IOException($"Chỉ mục '{folder}' đang được một tiến trình khác sử dụng (dịch vụ đang chạy hoặc lệnh reindex). " +
                  "Hãy dừng tiến trình đó trước, hoặc dùng lệnh không cần chỉ mục.", inner)
{
    public string Folder { get; } = folder;
}
