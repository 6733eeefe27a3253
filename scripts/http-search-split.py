#!/usr/bin/env python3
"""Where the wall time of one search over HTTP goes, seen from the client (issue 9).

  scripts/http-search-split.py BINARIES FOLDER

Starts the service built in BINARIES (Archive.Api.dll) on a kept working FOLDER that already holds the legal corpus
(e.g. one made by `bench http-search --folder FOLDER`), asks the 399 real questions of ../shared/data with and without
diacritics one after another on one keep-alive connection, as the real-data check does, and splits each answer's time:
until the status line and headers are in (the request written, the service's work, the response's first bytes), the
body read, json.loads. The service's own view comes from its /metrics, as means over each pass: ASP.NET Core's request
duration for /api/search (from the hosting layer's start of the request to its end) and the archive's search duration
(DocumentIndexing.Search). Prints per pass: p50/p90/p99 and mean of the whole, the means of each part, the body's size
and the service's processor time a question.

Environment: PASSES (default 2; the last is the steady state), SETTLE (seconds idle before asking, default 5),
FLOOR=1 (ask a word found nowhere instead: what HTTP costs around an empty search), KEY (the archive's admin key;
default the one `bench http-search` gives its folder). Run it under `chrt -f 1` on a shared machine to stand in for a
quiet one. Python 3, stdlib only.
"""
import http.client, json, os, re, signal, socket, statistics, subprocess, sys, time, unicodedata, urllib.parse

BIN, FOLDER = sys.argv[1], sys.argv[2]
PASSES = int(os.environ.get('PASSES', '2'))
KEY = os.environ.get('KEY', 'ak_uploads-benchmark-admin-key-0123456789')
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data')
if not os.path.isdir(DATA): DATA = '/work/shared/data'
QUESTIONS = [json.loads(l) for l in open(os.path.join(DATA, 'legal-corpus', 'questions-dev.jsonl'), encoding='utf-8')]


def fold(text):
    text = unicodedata.normalize('NFD', text.replace('đ', 'd').replace('Đ', 'D'))
    return unicodedata.normalize('NFC', ''.join(c for c in text if unicodedata.category(c) != 'Mn'))


def free_port():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close()
    return port


def main():
    port = free_port()
    env = dict(os.environ, ARCHIVE_ADMIN_KEY=KEY, ASPNETCORE_ENVIRONMENT='Production', Logging__LogLevel__Default='Warning')
    service = subprocess.Popen(['dotnet', os.path.join(BIN, 'Archive.Api.dll'), '--urls', f'http://127.0.0.1:{port}', '--contentRoot', BIN],
                               cwd=FOLDER, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)

    def processor_ms():
        fields = open(f'/proc/{service.pid}/stat').read().split(')')[1].split()
        return (int(fields[11]) + int(fields[12])) * 10.0

    try:
        for _ in range(600):
            try:
                probe = http.client.HTTPConnection('127.0.0.1', port, timeout=5); probe.request('GET', '/healthz')
                answer = probe.getresponse(); answer.read()
                if answer.status == 200: break
            except OSError: pass
            time.sleep(0.3)
        conn = http.client.HTTPConnection('127.0.0.1', port, timeout=120)

        def metrics():
            conn.request('GET', '/metrics'); text = conn.getresponse().read().decode()
            sums = {}
            for line in text.splitlines():
                m = re.match(r'(\w+)(\{[^}]*\})? ([\d.eE+-]+)', line)
                if not m: continue
                name, labels, value = m.group(1), m.group(2) or '', float(m.group(3))
                if name.startswith('http_server_request_duration_seconds_') and '/api/search' in labels and name.endswith(('_sum', '_count')):
                    sums['request' + name[name.rindex('_'):]] = sums.get('request' + name[name.rindex('_'):], 0) + value
                if name.startswith('archive_search_duration_seconds_') and name.endswith(('_sum', '_count')):
                    sums['search' + name[name.rindex('_'):]] = sums.get('search' + name[name.rindex('_'):], 0) + value
            return sums

        time.sleep(float(os.environ.get('SETTLE', '5')))
        print('load average', open('/proc/loadavg').read().strip())
        for p in range(PASSES):
            for accents in (True, False):
                rows = []
                before, cpu = metrics(), processor_ms()
                for q in QUESTIONS:
                    typed = 'zzqxw' if os.environ.get('FLOOR') else q['query'] if accents else fold(q['query'])
                    t0 = time.perf_counter()
                    conn.request('GET', '/api/search?pageSize=10&q=' + urllib.parse.quote(typed), headers={'Authorization': 'Bearer ' + KEY})
                    answer = conn.getresponse(); t1 = time.perf_counter()
                    body = answer.read(); t2 = time.perf_counter()
                    json.loads(body); t3 = time.perf_counter()
                    rows.append((t3 - t0, t1 - t0, t2 - t1, t3 - t2, len(body)))
                cpu, after = processor_ms() - cpu, metrics()
                n = len(rows)
                mean = lambda i: statistics.mean(r[i] for r in rows) * 1000
                whole = sorted(r[0] for r in rows)
                server = lambda key: (after.get(key + '_sum', 0) - before.get(key + '_sum', 0)) / n * 1000
                print(f"pass {p + 1} {'with' if accents else 'without'} diacritics: p50 {whole[n // 2] * 1000:.2f} p90 {whole[n * 9 // 10] * 1000:.1f} "
                      f"p99 {whole[int(n * .99)] * 1000:.1f} mean {mean(0):.2f} ms | until the headers {mean(1):.2f}, body read {mean(2):.3f}, "
                      f"json.loads {mean(3):.3f} | service: request {server('request'):.2f}, search {server('search'):.2f} | "
                      f"body {statistics.mean(r[4] for r in rows):.0f} B | service processor {cpu / n:.2f} ms a question")
        print('load average', open('/proc/loadavg').read().strip())
    finally:
        service.send_signal(signal.SIGTERM)
        try: service.wait(15)
        except subprocess.TimeoutExpired: service.kill()


if __name__ == '__main__':
    main()
