// The network graph (Cytoscape.js): ads, selectors, template clusters, other networks.
// Tap a node: its facts; double-tap: expand it (its neighbours, from the server); choose two
// nodes and ask for the shortest path (computed on the server with JGraphT).
(function () {
  'use strict';
  const T = window.Threadline;
  const box = document.getElementById('network-graph');
  if (!box || typeof cytoscape !== 'function') { return; }
  const status = document.getElementById('graph-status');
  const info = document.getElementById('node-info');
  const from = document.getElementById('path-from');
  const to = document.getElementById('path-to');

  const colours = { doc: '#8a94a6', phone: '#c0392b', email: '#d35400', handle: '#8e44ad', btc: '#b7950b',
    eth: '#117a65', url: '#5d6d7e', cluster: '#2471a3', network: '#1e8449' };
  const shapes = { doc: 'ellipse', cluster: 'round-rectangle', network: 'hexagon' };

  const style = [
    { selector: 'node', style: {
      'background-color': function (n) { return colours[n.data('kind')] || '#7f8c8d'; },
      'shape': function (n) { return shapes[n.data('kind')] || 'diamond'; },
      'label': 'data(label)', 'font-size': 8, 'color': '#1b2631', 'text-valign': 'bottom', 'text-margin-y': 2,
      'width': function (n) { return n.data('kind') === 'doc' ? 10 : 18; },
      'height': function (n) { return n.data('kind') === 'doc' ? 10 : 18; } } },
    { selector: 'edge', style: { 'width': 1, 'line-color': '#c3cad5', 'curve-style': 'haystack' } },
    { selector: '.path', style: { 'background-color': '#e74c3c', 'line-color': '#e74c3c', 'width': 3, 'z-index': 10 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } }
  ];

  function say(text) { if (status) { status.textContent = text; } }

  function fillSelects(cy) {
    [from, to].forEach(function (sel) {
      if (!sel) { return; }
      const keep = sel.value;
      while (sel.firstChild) { sel.removeChild(sel.firstChild); }
      cy.nodes().sort(function (a, b) { return a.data('kind').localeCompare(b.data('kind')) || a.data('label').localeCompare(b.data('label')); })
        .forEach(function (n) { sel.appendChild(T.el('option', { value: n.id() }, n.data('kind') + ' · ' + n.data('label'))); });
      if (keep) { sel.value = keep; }
    });
    if (to && to.options.length > 1 && !to.dataset.touched) { to.selectedIndex = to.options.length - 1; }
  }

  function showInfo(n) {
    if (!info) { return; }
    while (info.firstChild) { info.removeChild(info.firstChild); }
    info.appendChild(T.el('strong', {}, n.data('kind') + ': ' + n.data('label')));
    if (n.data('detail')) { info.appendChild(T.el('span', { 'class': 'muted' }, ' ' + n.data('detail'))); }
    const href = n.data('href');
    // Links are the server's own paths only.
    if (href && href.charAt(0) === '/' && href.charAt(1) !== '/') {
      info.appendChild(document.createTextNode(' '));
      info.appendChild(T.el('a', { href: href, 'class': 'node-link' }, '→'));
    }
  }

  function add(cy, data) {
    const before = cy.elements().length;
    cy.add(data.nodes.filter(function (n) { return cy.getElementById(n.data.id).empty(); }));
    cy.add(data.edges.filter(function (e) { return cy.getElementById(e.data.id).empty(); }));
    return cy.elements().length - before;
  }

  T.getJson(box.dataset.src).then(function (data) {
    const cy = cytoscape({ container: box, elements: data.nodes.concat(data.edges), style: style,
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: 6000, idealEdgeLength: 40 },
      wheelSensitivity: 0.3 });
    window.threadlineGraph = cy;
    box.dataset.nodes = String(cy.nodes().length);
    box.dataset.edges = String(cy.edges().length);
    box.dataset.ready = '1';
    if (data.truncated) { say(box.dataset.msgTruncated); }
    fillSelects(cy);
    cy.on('tap', 'node', function (ev) { showInfo(ev.target); });
    cy.on('dbltap', 'node', function (ev) {
      const n = ev.target;
      T.getJson(box.dataset.expand + '?node=' + encodeURIComponent(n.id())).then(function (more) {
        const added = add(cy, more);
        if (added > 0) {
          cy.layout({ name: 'cose', animate: false, randomize: false, fit: true }).run();
          fillSelects(cy);
        }
        box.dataset.nodes = String(cy.nodes().length);
        box.dataset.expanded = n.id();
        if (more.truncated) { say(box.dataset.msgTruncated); }
      }).catch(function (e) { say(String(e)); });
    });
    if (to) { to.addEventListener('change', function () { to.dataset.touched = '1'; }); }
    const form = document.getElementById('path-form');
    if (form) {
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        const url = box.dataset.path + '?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value);
        T.getJson(url).then(function (p) {
          cy.elements().removeClass('path');
          add(cy, p);
          p.nodes.forEach(function (n) { cy.getElementById(n.data.id).addClass('path'); });
          p.edges.forEach(function (e) {
            cy.edges().filter(function (x) {
              return (x.source().id() === e.data.source && x.target().id() === e.data.target) ||
                     (x.source().id() === e.data.target && x.target().id() === e.data.source);
            }).addClass('path');
          });
          box.dataset.pathLength = p.found ? String(p.nodes.length - 1) : '-1';
          say(p.found ? box.dataset.msgPath.replace('{0}', String(p.nodes.length - 1)) : box.dataset.msgNopath);
        }).catch(function (e) { say(String(e)); });
      });
    }
  }).catch(function (e) { say(String(e)); box.dataset.error = String(e); });
})();
