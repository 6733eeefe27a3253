using Archive.Api.Documents;
using Archive.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Api.Tests.Documents;

/// <summary>
/// Every change to a record goes through <see cref="DocumentCatalog.UpdateAsync"/>: writers that change different
/// fields of one record at the same time, in one process or in two over the same store, all keep their change.
/// </summary>
public sealed class OneWriterPerRecordTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("archive-one-writer-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private DocumentCatalog NewCatalog() => new(new LocalFolderObjectStore(root), NullLogger<DocumentCatalog>.Instance);

    private static DocumentRecord NewRecord() => new()
    {
        Id = "5e1d0c7a9b2f4e6d8a10",
        Sha256 = "5e1d0c7a9b2f4e6d8a10" + new string('0', 44),
        FileName = "bien-ban-quet.pdf",
        ContentType = "application/pdf",
        Size = 48_213,
        Title = "Biên bản họp Ban Thanh tra nhân dân xã Tân Lập",
        CreatedAt = DateTimeOffset.UtcNow,
        Ocr = new OcrState(12, 0),
    };

    [Fact]
    public async Task A_publication_and_an_ocr_completion_from_a_process_that_read_the_record_before_both_survive()
    {
        var record = NewRecord();
        var worker = NewCatalog();
        await worker.CreateAsync(record, CancellationToken.None);
        var staff = NewCatalog();
        await staff.LoadAsync(CancellationToken.None);

        // The staff's instance publishes; the OCR worker's copy of the record still says "internal".
        await staff.UpdateAsync(record.Id, r => r with { Visibility = Visibilities.Published, PublishedAt = DateTimeOffset.UtcNow }, CancellationToken.None);
        await worker.UpdateAsync(record.Id, r => r with { TextStatus = TextStatuses.Ok, TextSource = "ocr", Ocr = new OcrState(12, 12) }, CancellationToken.None);

        var reader = NewCatalog();
        await reader.LoadAsync(CancellationToken.None);
        var stored = reader.Find(record.Id)!;
        Assert.Equal(Visibilities.Published, stored.Visibility);
        Assert.Equal(TextStatuses.Ok, stored.TextStatus);
        Assert.Equal(12, stored.Ocr!.PagesDone);
        Assert.Equal(Visibilities.Published, worker.Find(record.Id)!.Visibility); // the worker's memory followed too
    }

    [Fact]
    public async Task Rounds_of_publication_correction_and_ocr_progress_from_four_writers_in_two_processes_end_with_each_last_write()
    {
        var record = NewRecord();
        var first = NewCatalog();
        await first.CreateAsync(record, CancellationToken.None);
        var second = NewCatalog();
        await second.LoadAsync(CancellationToken.None);
        const int rounds = 50;

        // Each writer owns one field and writes it round after round; two writers per "process".
        var writers = new[]
        {
            Task.Run(async () =>
            {
                for (var i = 1; i <= rounds; i++)
                    await first.UpdateAsync(record.Id, r => r with { Visibility = i % 2 == 0 ? Visibilities.Internal : Visibilities.Published }, CancellationToken.None);
            }),
            Task.Run(async () =>
            {
                for (var i = 1; i <= rounds; i++)
                    await second.UpdateAsync(record.Id, r => r with { Title = $"Biên bản họp lần {i}" }, CancellationToken.None);
            }),
            Task.Run(async () =>
            {
                for (var i = 1; i <= rounds; i++)
                    await first.UpdateAsync(record.Id, r => r with { Ocr = new OcrState(rounds, i) }, CancellationToken.None);
            }),
            Task.Run(async () =>
            {
                for (var i = 1; i <= rounds; i++)
                    await second.UpdateAsync(record.Id, r => r with { Number = $"{i}/BB-TTND" }, CancellationToken.None);
            }),
        };
        await Task.WhenAll(writers);

        var reader = NewCatalog();
        await reader.LoadAsync(CancellationToken.None);
        var stored = reader.Find(record.Id)!;
        Assert.Equal(Visibilities.Internal, stored.Visibility);
        Assert.Equal($"Biên bản họp lần {rounds}", stored.Title);
        Assert.Equal(rounds, stored.Ocr!.PagesDone);
        Assert.Equal($"{rounds}/BB-TTND", stored.Number);
    }

    [Fact]
    public async Task Creating_a_record_that_another_process_created_first_returns_theirs_and_writes_nothing()
    {
        var theirs = NewRecord();
        await NewCatalog().CreateAsync(theirs, CancellationToken.None);

        var (stored, created) = await NewCatalog().CreateAsync(theirs with { Title = "Bản tải lên lần hai" }, CancellationToken.None);

        Assert.False(created);
        Assert.Equal(theirs.Title, stored.Title);
    }
}
