namespace Archive.Indexer.Legal;

/// <summary>The three layouts of "Số, ký hiệu".</summary>
public enum SymbolShape
{
    /// <summary>number/year/KIND-ISSUER: <c>59/2023/NĐ-CP</c>, <c>10/2022/QH15</c>.</summary>
    Normative,

    /// <summary>number/KIND-ISSUER or number/ISSUER-UNIT: <c>32/KH-UBND</c>, <c>123/UBND-VP</c>, <c>15/CP</c>.</summary>
    Administrative,

    /// <summary>number-KIND/ISSUER (Đảng documents): <c>851-QĐ/HU</c>, <c>120-KL/TW</c>.</summary>
    Party,
}
