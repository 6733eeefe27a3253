// Staff pages: upload with metadata per file, copy a new key, nothing else. No framework; works without it too
// (the upload form then posts one file with its fields).
(function () {
  'use strict';
  var token = (document.querySelector('meta[name=antiforgery]') || {}).content || '';

  // Copy a key shown once on the users page.
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-copy'));
      var status = document.getElementById(button.getAttribute('data-copy') + '-status');
      field.select();
      var done = function () { if (status) status.textContent = 'Đã chép khóa vào bộ nhớ tạm.'; };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand('copy'); done(); });
      else { document.execCommand('copy'); done(); }
    });
  });

  // Upload: each chosen file gets its own metadata fields and its own progress.
  var form = document.getElementById('upload-form');
  var input = document.getElementById('files');
  var list = document.getElementById('uploads');
  var template = document.getElementById('file-fields');
  var zone = document.getElementById('drop');
  if (!form || !input || !list || !template) return;
  var shared = document.getElementById('shared-fields');
  var send = document.getElementById('send');
  var chosen = [];

  function addFiles(files) {
    for (var i = 0; i < files.length; i++) addFile(files[i]);
    if (shared) shared.hidden = true;
    send.textContent = chosen.length > 1 ? 'Tải lên ' + chosen.length + ' tệp' : 'Tải lên';
  }

  function addFile(file) {
    var n = chosen.length;
    var item = template.content.firstElementChild.cloneNode(true);
    item.querySelector('h3').textContent = file.name;
    item.querySelectorAll('[data-field]').forEach(function (field) {
      var id = field.getAttribute('data-field') + '-' + n;
      var label = field.parentNode.querySelector('label');
      field.id = id;
      if (label) label.htmlFor = id;
    });
    list.append(item);
    chosen.push({ file: file, item: item, done: false });
  }

  function upload(entry) {
    var item = entry.item;
    var bar = item.querySelector('progress');
    var status = item.querySelector('[role=status]');
    var data = new FormData();
    data.append('file', entry.file, entry.file.name);
    item.querySelectorAll('[data-field]').forEach(function (field) { data.append(field.getAttribute('data-field'), field.value); });
    item.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
    bar.hidden = false; bar.value = 0; status.textContent = 'Đang tải lên…';
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('X-Archive-Antiforgery', token);
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = Math.round(e.loaded * 100 / e.total); };
    xhr.onload = function () {
      var body = {}; try { body = JSON.parse(xhr.responseText); } catch (e) { body = {}; }
      if (xhr.status === 201 || xhr.status === 200) {
        bar.value = 100; entry.done = true;
        status.textContent = xhr.status === 201 ? 'Đã lưu vào kho. ' : 'Tệp này đã có trong kho. ';
        var link = document.createElement('a'); link.href = '/quan-ly/van-ban/' + body.id; link.textContent = 'Mở văn bản: ' + (body.title || entry.file.name);
        status.append(link);
        item.querySelectorAll('[data-field]').forEach(function (field) { field.disabled = true; });
      } else {
        bar.hidden = true;
        status.textContent = 'Chưa lưu: ' + (body.detail || body.title || ('lỗi ' + xhr.status));
        var errors = body.errors || {};
        Object.keys(errors).forEach(function (name) {
          var field = item.querySelector('[data-field=' + name + ']');
          if (!field) return;
          var message = document.createElement('p');
          message.className = 'field-error'; message.textContent = errors[name].join(' ');
          field.parentNode.append(message);
          field.setAttribute('aria-invalid', 'true');
        });
      }
    };
    xhr.onerror = function () { bar.hidden = true; status.textContent = 'Lỗi mạng: tệp chưa được tải lên; hãy thử lại.'; };
    xhr.send(data);
  }

  input.addEventListener('change', function () { addFiles(input.files); });
  form.addEventListener('submit', function (e) {
    if (chosen.length === 0) return; // nothing chosen through the script: let the form post as it is
    e.preventDefault();
    chosen.forEach(function (entry) { if (!entry.done) upload(entry); });
  });
  if (zone) {
    zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (e) { e.preventDefault(); zone.classList.remove('over'); addFiles(e.dataTransfer.files); });
  }
})();
