namespace Archive.Indexer.Legal;

/// <summary>One version of an act cited by name, as <see cref="ActGazetteer"/> lists it.</summary>
/// <param name="Kind">"Hiến pháp", "Bộ luật", "Luật" or "Pháp lệnh".</param>
/// <param name="Title">The name, kind word first: "Luật Quản lý thuế".</param>
/// <param name="Symbol">Its "Số, ký hiệu" (<c>38/2019/QH14</c>); null for the Constitution or when not known.</param>
/// <param name="IssuedOn">Adoption date; null when not known.</param>
/// <param name="Source">The batch the facts come from ("corpus", "public"; see the data file's header).</param>
public sealed record KnownAct(string Kind, string Title, string? Symbol, DateOnly? IssuedOn, string Source)
{
    /// <summary>The year it was adopted, from the date or else from the symbol.</summary>
    public int? Year => IssuedOn?.Year ?? (Symbol is not null && DocumentSymbol.TryParse(Symbol, out var symbol) ? symbol.Year : null);
}
