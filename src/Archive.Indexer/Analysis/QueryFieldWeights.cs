namespace Archive.Indexer.Analysis;

/// <summary>
/// Boosts used by <see cref="VietnameseQueryBuilder"/>. Each text field is searched through its exact,
/// folded and shingle variants (see <see cref="VietnameseAnalyzers"/>); the factors scale a field's weight.
/// </summary>
public sealed record QueryFieldWeights
{
    /// <summary>Base text fields and their weights; defaults: <c>title</c> ×3, <c>text</c> ×1.</summary>
    public IReadOnlyDictionary<string, float> TextFields { get; init; } =
        new Dictionary<string, float> { ["title"] = 3f, ["text"] = 1f };

    /// <summary>
    /// Weight of a match on the document's own symbol (<see cref="VietnameseAnalyzers.SymbolField"/>). Whoever types
    /// a number wants that document: with BM25 the words around it ("nghị định số 59") score as much again in a
    /// text that cites it, so the symbol weighs far more than a word.
    /// </summary>
    public float Symbol { get; init; } = 50f;

    /// <summary>Share of a field's weight given to a partial symbol (number/year, number + kind).</summary>
    public float PartialSymbolFactor { get; init; } = 0.6f;

    /// <summary>
    /// Share of a field's weight for the folded variant when the word was typed with diacritics, so the
    /// exact spelling ranks first. A word typed without diacritics uses the folded field at full weight.
    /// </summary>
    public float FoldedFactor { get; init; } = 0.7f;

    /// <summary>
    /// Share of a field's weight for two typed words found adjacent ("dân chủ" as a pair), looked up folded
    /// ("dan_chu"): the exact spelling is the words' business (an exact pair as well lost 0.004 MRR@10 on the
    /// dev questions and doubled the pair terms looked up).
    /// </summary>
    public float ShingleFactor { get; init; } = 1f;

    /// <summary>
    /// The text fields where a word typed with diacritics is also looked up in its exact spelling (null: every field
    /// not in <see cref="FoldedOnly"/>); elsewhere it is looked up folded only, at full weight.
    /// </summary>
    public IReadOnlySet<string>? ExactFields { get; init; }

    /// <summary>Fields searched only folded (words and pairs): their index holds no exact spelling.</summary>
    public IReadOnlySet<string> FoldedOnly { get; init; } = new HashSet<string>();

    /// <summary>Share of a field's weight for a quoted phrase.</summary>
    public float PhraseFactor { get; init; } = 2f;

    /// <summary>
    /// Share of a field's weight for the legal wording of an everyday word typed (<see cref="LegalSynonyms"/>:
    /// "sổ đỏ" also looks for "giấy chứng nhận quyền sử dụng đất"); well below 1 so the typed words rank first (0.5 and 1 let "bảo hiểm xã hội" pull "đóng BHXH … lương hưu" to the wrong article); 0 turns it off.
    /// </summary>
    public float SynonymFactor { get; init; } = 0.25f;

    /// <summary>Whether question words (<see cref="VietnameseQuestionWords"/>) are left out of the query.</summary>
    public bool DropQuestionWords { get; init; } = true;

    /// <summary>
    /// The text field whose folded variant says how common a typed word or pair is (null: no word is common);
    /// see <see cref="CommonShare"/>.
    /// </summary>
    public string? CommonnessField { get; init; }

    /// <summary>
    /// A word or pair occurring in more than this share of the entries holding <see cref="CommonnessField"/> is
    /// common: it adds to the score of an entry the rarer words matched, but does not make an entry match.
    /// </summary>
    public double CommonShare { get; init; } = 0.1;

    /// <summary>
    /// The text fields a common word (<see cref="CommonShare"/>) is searched in when the query has rarer words too
    /// (null: all of <see cref="TextFields"/>). Each of its clauses is advanced to every entry the rarer words find.
    /// </summary>
    public IReadOnlySet<string>? CommonFields { get; init; }

    /// <summary>Whether pairs of words that are common as a pair add to the score beside rarer words.</summary>
    public bool CommonPairs { get; init; } = true;

    /// <summary>The heading field of passages, where <see cref="QuestionIntents"/> look for the kind of article asked for (null: none).</summary>
    public string? HeadingField { get; init; }

    /// <summary>
    /// Weight of a passage heading that a question's intent asks for (<see cref="QuestionIntents"/>: "… là gì?"
    /// asks for the "Giải thích từ ngữ" article); 0 turns it off. High, because within a law the definitions
    /// article must outweigh an article whose heading repeats the asked term (dev questions, right article in
    /// the top hit: 68% at 0, 70% at 4, 72% at 8, 73% at 16, 72% at 32).
    /// </summary>
    public float IntentFactor { get; init; } = 16f;

    public static QueryFieldWeights Default { get; } = new();
}
