// The exported site's search: runs in the browser over the index written beside it (tim-kiem/chi-muc.js), with or
// without diacritics, so the static copy finds its documents without the archive's service.
(function () {
  'use strict';
  var index = window.archiveSearchIndex || [];
  var form = document.getElementById('offline-search');
  var box = document.getElementById('q');
  var list = document.getElementById('offline-results');
  var status = document.getElementById('offline-status');
  if (!form || !box || !list || !status) return;

  function fold(text) {
    return (text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  }

  function excerpt(text, word) {
    var folded = fold(text);
    var at = folded.indexOf(word);
    if (at < 0) return text.slice(0, 200);
    var start = Math.max(0, at - 80);
    return (start > 0 ? '…' : '') + text.slice(start, start + 220) + '…';
  }

  function search(query) {
    var words = fold(query).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
    list.textContent = '';
    if (words.length === 0) { status.textContent = ''; return; }
    var hits = [];
    index.forEach(function (doc) {
      var head = fold(doc.title + ' ' + doc.meta);
      var body = fold(doc.text);
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var inHead = head.indexOf(words[i]) >= 0;
        var inBody = body.indexOf(words[i]) >= 0;
        if (!inHead && !inBody) return;
        score += (inHead ? 3 : 0) + (inBody ? 1 : 0);
      }
      if (fold(doc.title + ' ' + doc.text).indexOf(words.join(' ')) >= 0) score += 5;
      hits.push({ doc: doc, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    status.textContent = hits.length === 0
      ? 'Không tìm thấy văn bản nào. Hãy thử ít từ hơn, hoặc viết số hiệu đầy đủ như 59/2023/NĐ-CP.'
      : 'Tìm thấy ' + hits.length + ' văn bản.';
    hits.slice(0, 50).forEach(function (hit) {
      var item = document.createElement('li');
      var box = document.createElement('div');
      var title = document.createElement('h3');
      var link = document.createElement('a');
      link.href = hit.doc.url; link.textContent = hit.doc.title;
      title.append(link);
      var meta = document.createElement('div'); meta.className = 'meta'; meta.textContent = hit.doc.meta;
      var snippet = document.createElement('p'); snippet.className = 'snippet'; snippet.textContent = excerpt(hit.doc.text, words[0]);
      box.append(title, meta, snippet);
      item.append(box);
      list.append(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  box.value = query;
  search(query);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var url = new URL(window.location.href); url.searchParams.set('q', box.value);
    window.history.replaceState(null, '', url);
    search(box.value);
  });
})();
