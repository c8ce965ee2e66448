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
    const stopsFirst = circuit.stops.length ? circuit.stops : circuit.cities;
    // The view: the whole country, or the region of the circuit (with a margin) when it is smaller,
    // so that stops a hundred kilometres apart do not sit on top of each other.
    let vx0 = minX, vy0 = minY, vw = maxX - minX, vh = maxY - minY;
    if (stopsFirst.length > 0) {
      const pts = stopsFirst.map(function (c) { return project(c.lon, c.lat); });
      let sx0 = Math.min(...pts.map(function (q) { return q[0]; })), sx1 = Math.max(...pts.map(function (q) { return q[0]; }));
      let sy0 = Math.min(...pts.map(function (q) { return q[1]; })), sy1 = Math.max(...pts.map(function (q) { return q[1]; }));
      const minSpan = 0.22 * (maxX - minX);
      const w = Math.max(minSpan, (sx1 - sx0) * 1.5), h = Math.max(minSpan * H / W, (sy1 - sy0) * 1.5);
      if (w < vw && h < vh) {
        vx0 = (sx0 + sx1) / 2 - w / 2; vy0 = (sy0 + sy1) / 2 - h / 2; vw = w; vh = h;
        box.dataset.zoomed = '1';
      }
    }
    // Keep the aspect ratio of the drawing; pad by 4 %.
    if (vw / vh > W / H) { const nh = vw * H / W; vy0 -= (nh - vh) / 2; vh = nh; } else { const nw = vh * W / H; vx0 -= (nw - vw) / 2; vw = nw; }
    vx0 -= vw * 0.04; vy0 -= vh * 0.04; vw *= 1.08; vh *= 1.08;
    const scale = W / vw;
    function xy(p) { return [(p[0] - vx0) * scale, H - (p[1] - vy0) * scale]; }
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
      const path = T.svg('path', { d: d, 'class': 'province', 'data-code': r.code, 'vector-effect': 'non-scaling-stroke' });
      path.appendChild(T.svg('title', {}, r.name));
      s.appendChild(path);
      provinces[r.code] = true;
    });
    // Province codes at the middle of each province's largest ring, for orientation.
    const largest = {};
    rings.forEach(function (r) { if (!largest[r.code] || largest[r.code].pts.length < r.pts.length) { largest[r.code] = r; } });
    Object.keys(largest).forEach(function (code) {
      const pts = largest[code].pts;
      const c = [pts.reduce(function (a, q) { return a + q[0]; }, 0) / pts.length, pts.reduce(function (a, q) { return a + q[1]; }, 0) / pts.length];
      const q = xy(c);
      if (q[0] > 0 && q[0] < W && q[1] > 0 && q[1] < H) {
        s.appendChild(T.svg('text', { x: q[0].toFixed(1), y: q[1].toFixed(1), 'class': 'province-label', 'text-anchor': 'middle' }, code));
      }
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
