using Archive.Api.Documents;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Structure;

namespace Archive.Api.Ingest;

/// <summary>
/// What the ingest steps share while one document goes through them (<see cref="IngestPipeline"/>): the record as it
/// was when the run started, the original on disk, the text and what was learnt about it, and the changes to make to
/// the record. Changes are functions of the record, applied to the newest stored one
/// (<see cref="Steps.RecordOutcome"/>), so a publication or a correction made meanwhile is kept, not overwritten.
/// </summary>
public sealed class IngestContext(DocumentRecord record, CancellationToken cancellation, Action? leaveWorker = null)
{
    private readonly List<Func<DocumentRecord, DocumentRecord>> changes = [];

    public DocumentRecord Record { get; } = record;
    public string Id => Record.Id;
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>The original copied to the private work folder (<see cref="Steps.FetchOriginal"/>); null until then.</summary>
    public TemporaryOriginal? Original { get; set; }

    /// <summary>The text as read from the file or recognized by OCR; null until a step has it.</summary>
    public ExtractedText? Extracted { get; set; }

    /// <summary>The text after repairs, as stored and indexed.</summary>
    public string Text { get; set; } = "";

    public List<string> Conversions { get; } = [];

    /// <summary>The structure of <see cref="Text"/> as stored (<see cref="Steps.StoreStructure"/>), which the index's passages follow too; null until then.</summary>
    public DocumentStructure? Structure { get; set; }

    /// <summary>What of the text stays legacy-encoded after the repair (<see cref="Steps.RepairLegacyEncodings"/>), for the quality check.</summary>
    public LegacyDetection LegacyLeft { get; set; } = LegacyDetection.None;
    public List<string> Warnings { get; } = [];

    /// <summary>
    /// Gives the run's worker back to the queue (<see cref="IngestWorkers"/>) when only waiting is left (for searches to see
    /// the document): the next document is read meanwhile, and one index reopen serves every document waiting for it.
    /// </summary>
    public void LeaveWorker() => leaveWorker?.Invoke();

    /// <summary>The index write of this run (<see cref="Steps.IndexDocument"/>), which searches must see before the record says so.</summary>
    public long IndexGeneration { get; set; }

    /// <summary>Set by a step that handed the rest of the work to someone else (OCR, in the background): the run stops.</summary>
    public bool HandedOver { get; set; }

    /// <summary>The record as stored at the end of the run (<see cref="Steps.RecordOutcome"/>).</summary>
    public DocumentRecord? Outcome { get; set; }

    /// <summary>Adds a change to make to the record when the document is done.</summary>
    public void Change(Func<DocumentRecord, DocumentRecord> change) => changes.Add(change);

    /// <summary><paramref name="current"/> with every change so far.</summary>
    public DocumentRecord Apply(DocumentRecord current) => changes.Aggregate(current, (r, change) => change(r));
}
