"""Are the real image-only gazette PDFs found by phrases printed on their scanned pages?

Run from the project root:  TMPDIR=/tmp/NAME python3 bench/scan-phrases.py [--no-build]
Builds and starts the service as ../shared/tools/real-data-check does (reusing its code), uploads the four PDFs of
../shared/data/real-files/image-only, waits for OCR, and searches each phrase as a quoted phrase, as printed and
without diacritics. The phrases were read off the rendered page images, not taken from OCR output. OCR-heavy:
about 47 pages. Development figures: the archive is judged on other scans of the same kinds."""
import importlib.machinery, importlib.util, os, sys, time, urllib.parse
TOOL = os.path.join(os.getcwd(), '..', 'shared', 'tools', 'real-data-check')
spec = importlib.util.spec_from_loader('rdc', importlib.machinery.SourceFileLoader('rdc', TOOL))
rdc = importlib.util.module_from_spec(spec); spec.loader.exec_module(rdc)
PHRASES = {
    'image-only/nghi-quyet-so-115-nq-cp-469452.pdf': ['Vườn quốc gia Ba Vì', 'Thành phố Hà Nội quản lý'],
    'image-only/thong-tu-so-58-2021-tt-bqp-33814.pdf': ['tháo gỡ vướng mắc', 'hoạt động lao động sản xuất', 'đất quốc phòng'],
    'image-only/thong-bao-so-02-2023-tb-lpqt-39022.pdf': ['lưu học sinh Lào', 'Điều ước quốc tế có hiệu lực', 'du học sinh Việt Nam'],
    'image-only/thong-tu-so-19-2026-tt-btc-469385.pdf': ['Luật Ngân sách nhà nước', 'Điều khoản chuyển tiếp'],
}
if '--no-build' not in sys.argv: rdc.build()
with rdc.Service() as s:
    ids = {}
    for f in PHRASES:
        code, d = s.upload(os.path.join(rdc.DATA, 'real-files', f)); ids[f] = d['id']
    t0 = time.time(); done = {}
    while len(done) < len(ids) and time.time() - t0 < 3600:
        for f, i in ids.items():
            code, d = s.get(f'/api/documents/{i}')
            if isinstance(d, dict) and d.get('textStatus') in ('ok', 'empty', 'failed'): done[f] = d
        time.sleep(3)
    print(f'all processed after {time.time() - t0:.0f} s')
    found = total = 0
    for f, phrases in PHRASES.items():
        d = done.get(f) or {}
        pages = d.get('pages') or []
        print(f"{f}: {d.get('textStatus')} {d.get('textSource')} pages {[(p['page'], p['source'], p['reason']) for p in pages][:4]}{'…' if len(pages) > 4 else ''}")
        for p in phrases:
            for q in (p, rdc.fold(p)):
                total += 1
                code, r = s.get('/api/search?pageSize=10&q=' + urllib.parse.quote('"' + q + '"'))
                hit = ids[f] in [h.get('id') for h in (r.get('hits', []) if isinstance(r, dict) else [])]
                found += hit
                print(f'   {"found" if hit else "MISSED"}: "{q}"')
    print(f'phrases found: {found}/{total}')
