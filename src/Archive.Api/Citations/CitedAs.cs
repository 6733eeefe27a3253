namespace Archive.Api.Citations;

/// <summary>A cited document as the citing text writes it: "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ".</summary>
public sealed record CitedAs(string? Kind, string? Symbol, string? Title, DateOnly? Date, string? Issuer);
