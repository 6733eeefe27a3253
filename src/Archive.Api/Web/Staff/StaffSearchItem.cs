using Archive.Api.Documents;
using Archive.Indexer.Search;

namespace Archive.Api.Web.Staff;

/// <summary>A document in the staff results: its record, and the hit when words matched (for the snippet).</summary>
public sealed record StaffSearchItem(DocumentRecord Record, SearchHit? Hit);
