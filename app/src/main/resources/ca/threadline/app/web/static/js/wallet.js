// Money flows of a Bitcoin address: the clusters its money reached (out) or came from (in).
(function () {
  'use strict';
  const T = window.Threadline;
  const box = document.getElementById('flow-graph');
  if (!box || typeof cytoscape !== 'function') { return; }
  T.getJson(box.dataset.src).then(function (data) {
    const els = data.nodes.map(function (n) { return { data: n }; })
      .concat(data.edges.map(function (e, i) { return { data: { id: 'e' + i, source: e.source, target: e.target, label: e.label } }; }));
    const cy = cytoscape({ container: box, elements: els, layout: { name: 'concentric', concentric: function (n) { return n.data('kind') === 'seed' ? 10 : 1; } },
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 8, 'background-color': function (n) {
          return n.data('kind') === 'seed' ? '#b7950b' : n.data('kind') === 'tagged' ? '#c0392b' : '#2471a3'; } } },
        { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 7, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          'width': 1.5, 'line-color': '#aab7c4', 'target-arrow-color': '#aab7c4' } }
      ] });
    window.threadlineFlows = cy;
    box.dataset.nodes = String(cy.nodes().length);
    box.dataset.ready = '1';
  }).catch(function (e) { box.dataset.error = String(e); });
})();
