// A long document is shown a part at a time (?phan=N). A link to one of its anchors made without the part
// ("/van-ban/x#dieu-500", from a search result, another document or a citizen's bookmark) lands on the first part:
// when the anchor is not on this page, ask the server for the part that holds it (?den=dieu-500).
(function () {
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id) || !document.querySelector('[data-parts]')) return;
    var query = new URLSearchParams(location.search);
    if (query.get('den') === id) return;
    query.delete('phan');
    query.set('den', id);
    location.replace(location.pathname + '?' + query.toString() + location.hash);
  }
  follow();
  window.addEventListener('hashchange', follow);
})();
