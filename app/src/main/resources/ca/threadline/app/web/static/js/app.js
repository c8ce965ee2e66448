// Threadline workbench: shared helpers. Loaded on every page; no inline scripts anywhere
// (Content-Security-Policy: script-src 'self'). Data from the server is only ever put into the
// page with textContent or as SVG/canvas drawing, never as HTML.
(function () {
  'use strict';
  const csrf = document.body ? document.body.dataset.csrf : '';

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      });
  }

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // A click on a marked word shows its explanation.
  document.addEventListener('click', function (ev) {
    const mark = ev.target.closest ? ev.target.closest('mark[data-ann]') : null;
    if (!mark) { return; }
    const first = (mark.dataset.ann || '').split(' ')[0];
    const item = document.getElementById('ann-' + first);
    if (item) {
      document.querySelectorAll('.ann.current').forEach(function (x) { x.classList.remove('current'); });
      item.classList.add('current');
      item.scrollIntoView({ block: 'nearest' });
    }
  });

  window.Threadline = { csrf: csrf, getJson: getJson, el: el, svg: svg };
})();
