namespace Archive.Indexer.Legal;

/// <summary>
/// Extracts legal citations from Vietnamese running text, one <see cref="Citation"/> per cited point, clause,
/// article or (when none is named) document.
/// </summary>
/// <remarks>
/// <para>Input must be NFC (the indexing pipeline normalizes at its boundary); offsets index the given string.
/// Accent-less typing ("Nghi dinh so 59/2023/ND-CP"), the look-alike Ð and stray spaces inside symbols are accepted.</para>
/// <para>Decisions a legal database would make the same way:</para>
/// <list type="bullet">
/// <item>"khoản 1, 2 và 3 Điều 15 Luật …" is three citations; "điểm a, b khoản 2 Điều 5 …" two; a reference without
/// article takes the article of the next one that has it ("điểm a khoản 1, khoản 3 Điều 5"); "khoản 2 các Điều 25, 26"
/// is clause 2 of each. Points run "a" to "y" and may carry a number ("điểm b2").</item>
/// <item>Ranges "từ Điều 5 đến Điều 7" cite every article in between, up to 20; longer ranges only their two ends.</item>
/// <item>Articles cited without a document ("theo quy định tại Điều 5", "khoản 2 Điều này") are internal
/// references: <see cref="Citation.Self"/> is true and <see cref="Citation.Kind"/> null. "Điều 5." (or older "Điều 5-")
/// opening a line is a heading, not a citation; "Số: …" opening a line is the document's own number; a form's code
/// ("mẫu số 01/TB-ĐKT") and a number in a web address are no document.</item>
/// <item>A kind word needs a number, "này", or (for Luật, Bộ luật, Pháp lệnh, Hiến pháp written with a capital) a
/// title: "các nghị định hướng dẫn" cites nothing. A bare symbol cites a document of the kind its symbol implies
/// ("văn bản số 123/UBND-VP" is a Công văn).</item>
/// <item>Locators before a list of documents belong to the first one. A chapter or appendix ("Chương II", "Phụ lục I
/// ban hành kèm theo …") cites the whole document.</item>
/// <item>"Nghị định 59/2023" gets the full symbol 59/2023/NĐ-CP (every decree is the Government's); other partial
/// numbers keep "number/year". A lower-case kind word yields to its symbol ("Thông báo kết luận số 15-TB/TW").</item>
/// <item>Titles in capitals (a decree's summary line) are re-cased: "Luật Thực hiện dân chủ ở cơ sở". A title the
/// <see cref="ActGazetteer"/> lists ends where the listed title ends, whatever word follows ("Bộ luật hình sự xảy ra …"),
/// keeping a "(sửa đổi)" after it.</item>
/// <item>Relations: see <see cref="CitationRelation"/>; cue words describing an earlier citation in the same
/// ';'-segment ("Nghị định số 59 … quy định chi tiết Luật X") leave the outer relation (Căn cứ → Basis) in force.</item>
/// </list>
/// <para>Stateless and thread-safe: one instance may serve every request.</para>
/// </remarks>
public sealed class CitationExtractor(ActGazetteer gazetteer)
{
    /// <summary>An extractor that knows the acts of <see cref="ActGazetteer.Default"/>.</summary>
    public CitationExtractor() : this(ActGazetteer.Default)
    {
    }

    public IReadOnlyList<Citation> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = CitationTokenizer.Tokenize(text);
        var phrases = new CitationParser(text, tokens, gazetteer).Parse();
        if (phrases.Count == 0) return [];

        var relations = new RelationCues(text, tokens, phrases);
        var citations = new List<Citation>();
        for (var p = 0; p < phrases.Count; p++)
        {
            var phrase = phrases[p];
            var relation = relations.RelationOf(p);
            if (phrase.Documents.Count == 0)
            {
                var (start, end) = (tokens[phrase.StartToken].Start, tokens[phrase.EndToken - 1].End);
                foreach (var locator in phrase.Locators)
                    citations.Add(Build(text, start, end, null, locator, relation) with { Self = true });
                continue;
            }
            for (var d = 0; d < phrase.Documents.Count; d++)
            {
                var document = phrase.Documents[d];
                var (start, end) = (tokens[document.StartToken].Start, tokens[document.EndToken - 1].End);
                IEnumerable<ArticleLocator> locators = d == 0 && phrase.Locators.Count > 0 ? phrase.Locators : [default];
                // An act named inside an amending act's title shares a basis, but is not what the text amends or repeals.
                var own = document.OwnTitle || (document.NamedInTitle && relation != CitationRelation.Basis) ? CitationRelation.Refers : relation;
                foreach (var locator in locators)
                    citations.Add(Build(text, start, end, document, locator, own));
            }
        }
        return citations;
    }

    private static Citation Build(string text, int start, int end, CitedDocument? document, ArticleLocator locator, CitationRelation relation) =>
        new()
        {
            Start = start,
            End = end,
            Text = text[start..end],
            Kind = document?.Kind,
            Symbol = document?.Symbol,
            Title = document?.Title,
            Self = document?.Self ?? true,
            OwnTitle = document?.OwnTitle ?? false,
            Article = locator.Article,
            Clause = locator.Clause,
            Point = locator.Point,
            Date = document?.Date,
            Year = document?.Year,
            Issuer = document?.Issuer,
            Relation = relation,
        };
}
