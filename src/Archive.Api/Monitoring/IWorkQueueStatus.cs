namespace Archive.Api.Monitoring;

/// <summary>
/// What readiness needs to know of a background work queue (today the OCR queue): how much waits
/// and when the worker last moved. A queue with work waiting and no movement for long is stuck.
/// </summary>
public interface IWorkQueueStatus
{
    /// <summary>The queue's name in health reports and metrics.</summary>
    string Name { get; }

    /// <summary>Items waiting to be taken (not counting the one being worked on).</summary>
    int Length { get; }

    /// <summary>When the worker last took an item or reported progress on one (or when work arrived at an idle queue).</summary>
    DateTimeOffset LastProgressAt { get; }
}
