// The circuit of a network on an offline map of Canada: provinces from the GeoJSON shipped with
// the workbench (Natural Earth, public domain), projected in the browser with Statistics
// Canada's Lambert conformal conic (standard parallels 49°N and 77°N, central meridian
// 91°52'W, origin 63°23'26"N); no tile server, nothing fetched from elsewhere.
(function () {
  'use strict';
  const T = window.Threadline;
  const box = document.getElementById('map');
  if (!box) { return; }
  const rad = Math.PI / 180;
  const phi1 = 49 * rad, phi2 = 77 * rad, phi0 = 63.390675 * rad, lam0 = -91.866667 * rad;
  const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(Math.tan(Math.PI / 4 + phi2 / 2) / Math.tan(Math.PI / 4 + phi1 / 2));
  const F = Math.cos(phi1) * Math.pow(Math.tan(Math.PI / 4 + phi1 / 2), n) / n;
  const rho0 = F / Math.pow(Math.tan(Math.PI / 4 + phi0 / 2), n);
  function project(lon, lat) {
    const rho = F / Math.pow(Math.tan(Math.PI / 4 + lat * rad / 2), n);
    const theta = n * (lon * rad - lam0);
    return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
  }

  Promise.all([T.getJson(box.dataset.geo), T.getJson(box.dataset.src)]).then(function (res) {
    const geo = res[0], circuit = res[1];
    const W = 640, H = 520;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const rings = [];
    geo.features.forEach(function (f) {
      f.geometry.coordinates.forEach(function (poly) {
        poly.forEach(function (ring) {
          const pts = ring.map(function (c) { return project(c[0], c[1]); });
          pts.forEach(function (p) { minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]); });
          rings.push({ code: f.properties.code, name: f.properties['name_' + (document.body.dataset.lang === 'fr' ? 'fr' : 'en')], pts: pts });
        });
      });
    });
    const scale = Math.min(W / (maxX - minX), H / (maxY - minY));
    function xy(p) { return [(p[0] - minX) * scale, H - (p[1] - minY) * scale]; }
    const s = T.svg('svg', { viewBox: '0 0 ' + W + ' ' + H, 'class': 'map-svg', role: 'img' });
    s.appendChild(T.svg('title', {}, 'Canada'));
    const defs = T.svg('defs');
    const marker = T.svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
    marker.appendChild(T.svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', 'class': 'arrow-head' }));
    defs.appendChild(marker);
    s.appendChild(defs);
    const provinces = {};
    rings.forEach(function (r) {
      const d = r.pts.map(function (p, i) { const q = xy(p); return (i === 0 ? 'M' : 'L') + q[0].toFixed(1) + ' ' + q[1].toFixed(1); }).join(' ') + ' Z';
      const path = T.svg('path', { d: d, 'class': 'province', 'data-code': r.code });
      path.appendChild(T.svg('title', {}, r.name));
      s.appendChild(path);
      provinces[r.code] = true;
    });
    const stops = circuit.stops.length ? circuit.stops : circuit.cities;
    const maxDocs = Math.max(1, ...stops.map(function (c) { return c.documents; }));
    if (circuit.stops.length > 1) {
      const d = circuit.stops.map(function (c, i) { const q = xy(project(c.lon, c.lat)); return (i === 0 ? 'M' : 'L') + q[0].toFixed(1) + ' ' + q[1].toFixed(1); }).join(' ');
      s.appendChild(T.svg('path', { d: d, 'class': 'circuit-line', 'marker-mid': 'url(#arrow)', 'marker-end': 'url(#arrow)' }));
    }
    stops.forEach(function (c) {
      const q = xy(project(c.lon, c.lat));
      const dot = T.svg('circle', { cx: q[0].toFixed(1), cy: q[1].toFixed(1), r: (3 + 9 * Math.sqrt(c.documents / maxDocs)).toFixed(1), 'class': 'city-dot' });
      dot.appendChild(T.svg('title', {}, c.city + ' · ' + c.documents + (c.from ? ' · ' + c.from + ' → ' + c.to : '')));
      s.appendChild(dot);
      s.appendChild(T.svg('text', { x: (q[0] + 6).toFixed(1), y: (q[1] - 6).toFixed(1), 'class': 'city-label' }, (c.seq ? c.seq + '. ' : '') + c.city));
    });
    box.appendChild(s);
    box.dataset.provinces = String(Object.keys(provinces).length);
    box.dataset.points = String(stops.length);
    box.dataset.ready = '1';
  }).catch(function (e) { box.dataset.error = String(e); });
})();
