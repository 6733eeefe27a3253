using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>The documents in one relation to a document, with the relation's name seen from that document ("Văn bản căn cứ").</summary>
public sealed record RelationGroup(CitationRelation Relation, string Label, IReadOnlyList<RelatedDocument> Documents);
