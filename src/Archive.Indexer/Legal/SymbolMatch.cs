namespace Archive.Indexer.Legal;

/// <summary>A symbol found in running text; <see cref="Start"/> and <see cref="Length"/> index the caller's string.</summary>
public sealed record SymbolMatch(int Start, int Length, DocumentSymbol Symbol);
