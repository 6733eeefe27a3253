using System.Diagnostics;
using System.Text;
using Archive.Indexer.Analysis;
using Archive.Indexer.Index;
using Archive.Indexer.Search;

namespace Archive.Bench;

/// <summary>
/// Builds an index of generated legal-like documents (laws of many articles, plans, minutes, decisions;
/// a few KB each) through the real schema, then times a few hundred varied queries through DocumentSearch.
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    public string Name => "search";

    public string Description => "index N generated legal texts (docs/s), then query latency p50/p99 [N=10000] [queries=400]";

    private static readonly string[] Topics =
    [
        "đăng ký kết hôn", "đăng ký khai sinh", "nghỉ hằng năm", "chế độ thai sản", "bảo hiểm y tế", "bảo hiểm xã hội",
        "chuyển nhượng quyền sử dụng đất", "cấp giấy chứng nhận quyền sử dụng đất", "đăng ký thường trú", "đăng ký tạm trú",
        "thẻ căn cước", "gọi công dân nhập ngũ", "hội nghị thôn", "hương ước, quy ước", "trợ cấp xã hội hằng tháng",
        "hỗ trợ hộ nghèo", "phòng, chống thiên tai", "vệ sinh môi trường", "an toàn thực phẩm", "giải quyết khiếu nại",
        "tiếp công dân", "xử phạt vi phạm hành chính", "quản lý ngân sách xã", "công khai thủ tục hành chính", "bảo vệ rừng",
        "phòng cháy, chữa cháy", "miễn, giảm học phí", "tiêm chủng mở rộng", "đường giao thông nông thôn", "nước sạch nông thôn",
    ];
    private static readonly string[] Actors = ["Ủy ban nhân dân cấp xã", "Uỷ ban nhân dân huyện", "người lao động", "công dân", "hộ gia đình", "cơ quan đăng ký", "trưởng thôn", "Ban Thanh tra nhân dân"];
    private static readonly string[] Verbs = ["có trách nhiệm", "được quyền", "phải thực hiện", "hướng dẫn, kiểm tra", "tổ chức", "công khai", "tiếp nhận hồ sơ về", "giải quyết"];
    private static readonly string[] Kinds = ["Luật", "Nghị định", "Thông tư", "Quyết định", "Kế hoạch", "Biên bản", "Báo cáo", "Thông báo"];
    private static readonly string[] Codes = ["QH15", "NĐ-CP", "TT-BTP", "QĐ-UBND", "KH-UBND", "BB", "BC-UBND", "TB-UBND"];
    private static readonly string[] Issuers = ["Quốc hội", "Chính phủ", "Bộ Tư pháp", "UBND huyện Đình Lập", "UBND xã Bính Xá", "Thôn Bản Chắt", "UBND tỉnh Lạng Sơn"];

    public Task RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var queryCount = args.Length > 1 && int.TryParse(args[1], out var q) ? q : 400;
        var folder = Path.Combine(Path.GetTempPath(), "archive-bench-search", Guid.NewGuid().ToString("N"));
        var random = new Random(20250301);
        try
        {
            using var index = new DocumentIndex(new Archive.Indexer.Index.IndexOptions { Path = folder, CommitIntervalSeconds = 30 }, VietnameseAnalyzers.PerField(), DocumentSchema.Stamp);
            var watch = Stopwatch.StartNew();
            long chars = 0;
            for (var i = 0; i < count; i++)
            {
                var document = Generate(i, random);
                chars += document.Text.Length;
                // As a rebuild does: no reopen per document, a refresh now and then.
                index.Upsert(document.Id, DocumentSchema.ToLucene(document), refresh: false);
                if ((i + 1) % 200 == 0) index.Refresh();
                if ((i + 1) % 2000 == 0) Console.WriteLine($"  {i + 1,6} documents, {watch.Elapsed.TotalSeconds,6:F1} s");
            }
            index.Refresh();
            index.Commit();
            watch.Stop();
            Console.WriteLine($"indexed {count} documents ({chars / count / 1000.0:F1} k chars each) in {watch.Elapsed.TotalSeconds:F1} s: {count / watch.Elapsed.TotalSeconds:F0} docs/s");
            Console.WriteLine($"index size: {Directory.EnumerateFiles(index.Folder).Sum(f => new FileInfo(f).Length) / 1e6:F0} MB");

            var search = new DocumentSearch(index);
            var requests = Queries(queryCount, random);
            foreach (var request in requests.Take(30)) search.Search(request); // warm-up
            var timings = new List<(string Kind, double Ms)>();
            foreach (var (kind, request) in requests.Select(r => (Kind(r), r)))
            {
                var t = Stopwatch.GetTimestamp();
                search.Search(request);
                timings.Add((kind, Stopwatch.GetElapsedTime(t).TotalMilliseconds));
            }
            Console.WriteLine($"{"queries",-22}{"count",6}{"p50 ms",9}{"p99 ms",9}");
            Print("all", timings.Select(t => t.Ms).ToList());
            foreach (var group in timings.GroupBy(t => t.Kind)) Print(group.Key, group.Select(t => t.Ms).ToList());
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
        return Task.CompletedTask;
    }

    private static string Kind(SearchRequest r) =>
        r.HasFilters ? "with filters" : r.Query!.Any(char.IsDigit) ? "symbol" : VietnameseFolding.HasDiacritics(r.Query!) ? "accented" : "without diacritics";

    private static void Print(string name, List<double> ms)
    {
        ms.Sort();
        Console.WriteLine($"{name,-22}{ms.Count,6}{ms[ms.Count / 2],9:F1}{ms[Math.Min(ms.Count - 1, (int)(ms.Count * 0.99))],9:F1}");
    }

    private static IndexedDocument Generate(int i, Random random)
    {
        var k = random.Next(Kinds.Length);
        var year = 2010 + random.Next(16);
        var topic = Topics[random.Next(Topics.Length)];
        var number = $"{i % 300 + 1}/{year}/{Codes[k]}";
        var text = new StringBuilder();
        text.Append($"{Issuers[random.Next(Issuers.Length)].ToUpperInvariant()}\nSố: {number}\n{Kinds[k].ToUpperInvariant()}\nVề {topic}\n");
        text.Append($"Căn cứ Nghị định số {random.Next(1, 200)}/{year - 1}/NĐ-CP của Chính phủ;\n");
        var structured = k < 4;
        var units = structured ? random.Next(8, 40) : random.Next(3, 8);
        for (var u = 1; u <= units; u++)
        {
            var unitTopic = random.Next(3) == 0 ? Topics[random.Next(Topics.Length)] : topic;
            text.Append(structured ? $"Điều {u}. Quy định về {unitTopic}\n" : $"{u}. Về {unitTopic}\n");
            for (var c = 1; c <= random.Next(1, 4); c++)
                text.Append($"{c}. {Actors[random.Next(Actors.Length)]} {Verbs[random.Next(Verbs.Length)]} {unitTopic} trong thời hạn {random.Next(3, 60)} ngày làm việc, bảo đảm công khai, minh bạch, đúng quy định của pháp luật.\n");
            if (structured && u % 10 == 0) text.Append('\f');
        }
        return new IndexedDocument
        {
            Id = $"doc-{i:D6}", Title = $"{Kinds[k]} về {topic} năm {year}", FileName = $"doc-{i}.pdf", Kind = Kinds[k], Number = number,
            Issuer = Issuers[random.Next(Issuers.Length)], IssuedOn = new DateOnly(year, random.Next(1, 13), random.Next(1, 29)),
            CreatedAt = DateTimeOffset.UtcNow, Text = text.ToString(), Paged = structured,
        };
    }

    private static List<SearchRequest> Queries(int count, Random random)
    {
        string[] questions =
        [
            "Thủ tục {0} cần những giấy tờ gì?", "{0} trong thời hạn bao nhiêu ngày?", "Ai có trách nhiệm {0}?", "quy định về {0}", "{0}",
        ];
        var requests = new List<SearchRequest>();
        for (var i = 0; i < count; i++)
        {
            var topic = Topics[random.Next(Topics.Length)];
            var typed = string.Format(System.Globalization.CultureInfo.InvariantCulture, questions[random.Next(questions.Length)], topic);
            var request = (i % 5) switch
            {
                0 => new SearchRequest { Query = VietnameseFolding.Fold(typed) },
                1 => new SearchRequest { Query = $"{random.Next(1, 300)}/{2010 + random.Next(16)}/{Codes[random.Next(Codes.Length)]}" },
                2 => new SearchRequest { Query = topic, Kind = Kinds[random.Next(Kinds.Length)], From = new DateOnly(2015, 1, 1), Sort = i % 2 == 0 ? SearchSort.Date : SearchSort.Relevance },
                _ => new SearchRequest { Query = typed },
            };
            requests.Add(request);
        }
        return requests;
    }
}
