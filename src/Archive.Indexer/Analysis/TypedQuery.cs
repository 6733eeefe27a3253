using Lucene.Net.Search;

namespace Archive.Indexer.Analysis;

/// <summary>
/// What a person typed, parsed once by <see cref="VietnameseQueryBuilder.Prepare"/>: the query that finds and scores
/// entries, the exclusions (<c>-word</c>, <c>-"phrase"</c>) that drop a whole document when any of its entries holds
/// one (null: none typed), and the headings of the kind of article the question asks for (null: no such intent).
/// </summary>
public sealed record TypedQuery(Query Words, Query? Exclusions, Query? Intent);
