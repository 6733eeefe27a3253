using Archive.Indexer.Metadata;

namespace Archive.Api.Documents;

/// <summary>What a document's text says of itself: its header (and signature block), and for minutes the meeting.</summary>
public sealed record TextDescription(HeaderMetadata Header, MeetingRecord? Meeting);
