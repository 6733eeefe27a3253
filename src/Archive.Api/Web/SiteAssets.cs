namespace Archive.Api.Web;

/// <summary>The shared stylesheet and the staff UI's small script, served from memory (no build step, no framework).</summary>
public static class SiteAssets
{
    public const string CssPath = "/tai-nguyen/site.css";
    public const string ScriptPath = "/tai-nguyen/site.js";

    public static IEndpointRouteBuilder MapSiteAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(CssPath, () => Results.Text(Css, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(ScriptPath, () => Results.Text(Script, "text/javascript; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public const string Css = """
        :root { --ink: #1b1f24; --muted: #4a5561; --line: #c9d1d9; --bg: #ffffff; --soft: #f3f5f7; --brand: #8b1a1a; --link: #0b4f9c; --ok: #1a6b35; --bad: #a11b1b; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 17px/1.55 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--link); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f0b400; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .3rem .6rem; z-index: 2; }
        header.site { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .8rem 1.5rem; background: var(--brand); color: #fff; }
        header.site.staff { background: #17324d; }
        header.site a { color: #fff; } .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
        header nav a { margin-right: 1rem; }
        .who { margin-left: auto; display: flex; gap: .6rem; align-items: center; } .who form { margin: 0; }
        button.link { background: none; border: 1px solid #fff; color: #fff; padding: .15rem .6rem; border-radius: 4px; cursor: pointer; font: inherit; }
        main { max-width: 62rem; margin: 0 auto; padding: 1.2rem 1.5rem 2.5rem; }
        footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); font-size: .9rem; text-align: center; }
        h1 { font-size: 1.6rem; line-height: 1.3; margin: .4rem 0 1rem; } h2 { font-size: 1.2rem; margin-top: 1.8rem; }
        form.search { display: flex; gap: .5rem; margin: 0 0 1rem; flex-wrap: wrap; }
        form.search input[type=search] { flex: 1; min-width: 14rem; }
        input, select, textarea { font: inherit; padding: .45rem .6rem; border: 1px solid #6b7785; border-radius: 4px; color: var(--ink); background: #fff; }
        button, .button { font: inherit; padding: .45rem 1rem; border: 0; border-radius: 4px; background: #17324d; color: #fff; cursor: pointer; text-decoration: none; display: inline-block; }
        .cong-khai button, .cong-khai .button { background: var(--brand); }
        button.danger { background: var(--bad); }
        label { display: block; font-weight: 600; margin: .6rem 0 .2rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        ol.hits, ul.docs { list-style: none; padding: 0; } .hits li, .docs li { padding: .8rem 0; border-bottom: 1px solid var(--line); }
        .hits h3, .docs h3 { margin: 0 0 .2rem; font-size: 1.08rem; }
        .pager { display: flex; gap: 1rem; justify-content: center; margin: 1rem 0; }
        .meta { color: var(--muted); font-size: .92rem; }
        .snippet { margin: .3rem 0 0; } mark { background: #ffe58a; color: inherit; padding: 0 .1em; }
        .layout { display: grid; grid-template-columns: 14rem 1fr; gap: 2rem; } @media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
        .facets h2 { font-size: 1rem; margin: 1rem 0 .3rem; } .facets ul { list-style: none; padding: 0; margin: 0; } .facets li { margin: .15rem 0; }
        dl.record { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0 0 1rem; } dl.record dt { font-weight: 600; color: var(--muted); } dl.record dd { margin: 0; }
        .text { white-space: pre-wrap; background: var(--soft); border: 1px solid var(--line); padding: 1rem; border-radius: 4px; font-size: .95rem; max-height: 40rem; overflow: auto; }
        .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; font-weight: 600; }
        .badge.published { background: #d9f2e1; color: var(--ok); } .badge.internal { background: #f2e6d9; color: #6b3d00; }
        .notice { padding: .7rem 1rem; border-radius: 4px; background: #e8f1fb; border: 1px solid #9cc0e8; } .notice.error { background: #fbe9e9; border-color: #e0a0a0; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; } th { background: var(--soft); }
        .actions { display: flex; gap: 1rem; flex-wrap: wrap; align-items: flex-end; margin: 1rem 0; } .actions form { margin: 0; }
        .drop { border: 3px dashed #6b7785; border-radius: 8px; padding: 2rem; text-align: center; background: var(--soft); }
        .drop.over { border-color: #17324d; background: #e8f1fb; }
        .uploads { list-style: none; padding: 0; } .uploads li { margin: .6rem 0; } progress { width: 100%; height: 1.1rem; }
        .pager { display: flex; gap: 1rem; margin-top: 1rem; }
        """;

    public const string Script = """
        // Staff upload page: drag and drop or pick several files; each goes to /api/documents with its own progress bar.
        (function () {
          var zone = document.getElementById('drop');
          var input = document.getElementById('files');
          var list = document.getElementById('uploads');
          if (!zone || !input || !list) return;
          var token = (document.querySelector('meta[name=antiforgery]') || {}).content || '';
          function upload(file) {
            var item = document.createElement('li');
            var name = document.createElement('div');
            name.textContent = file.name;
            var bar = document.createElement('progress');
            bar.max = 100; bar.value = 0; bar.setAttribute('aria-label', 'Tiến độ tải lên ' + file.name);
            var status = document.createElement('div');
            status.className = 'meta'; status.setAttribute('role', 'status'); status.textContent = 'Đang tải lên…';
            item.append(name, bar, status); list.append(item);
            var form = new FormData(); form.append('file', file, file.name);
            var xhr = new XMLHttpRequest();
            xhr.open('POST', '/api/documents');
            xhr.setRequestHeader('X-Archive-Antiforgery', token);
            xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(e.loaded * 100 / e.total); };
            xhr.onload = function () {
              var body = {}; try { body = JSON.parse(xhr.responseText); } catch (e) {}
              if (xhr.status === 201 || xhr.status === 200) {
                bar.value = 100;
                status.textContent = xhr.status === 201 ? 'Đã lưu vào kho. ' : 'Tệp này đã có trong kho. ';
                var link = document.createElement('a'); link.href = '/quan-ly/van-ban/' + body.id; link.textContent = 'Mở văn bản';
                status.append(link);
              } else {
                status.textContent = 'Lỗi: ' + (body.detail || body.title || xhr.status);
              }
            };
            xhr.onerror = function () { status.textContent = 'Lỗi mạng: tệp chưa được tải lên.'; };
            xhr.send(form);
          }
          function uploadAll(files) { for (var i = 0; i < files.length; i++) upload(files[i]); }
          input.addEventListener('change', function () { uploadAll(input.files); input.value = ''; });
          zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
          zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
          zone.addEventListener('drop', function (e) { e.preventDefault(); zone.classList.remove('over'); uploadAll(e.dataTransfer.files); });
        })();
        """;
}
