// Timeline of a network's postings: one stacked bar per day, one colour per city (the eight
// busiest; the rest grouped), drawn as SVG from the server's JSON.
(function () {
  'use strict';
  const T = window.Threadline;
  const box = document.getElementById('timeline');
  if (!box) { return; }
  const palette = ['#2471a3', '#c0392b', '#1e8449', '#b7950b', '#8e44ad', '#d35400', '#117a65', '#5d6d7e'];
  T.getJson(box.dataset.src).then(function (data) {
    const cities = data.cities.slice(0, 8);
    const other = data.cities.length > 8;
    const colour = {};
    cities.forEach(function (c, i) { colour[c] = palette[i]; });
    const days = data.days;
    const W = 640, H = 180, pad = 24;
    const max = Math.max(1, ...days.map(function (d) { return Object.values(d.counts).reduce(function (a, b) { return a + b; }, 0); }));
    const s = T.svg('svg', { viewBox: '0 0 ' + W + ' ' + (H + 40), 'class': 'timeline-svg', role: 'img' });
    s.appendChild(T.svg('title', {}, 'Postings per day'));
    if (days.length === 0) { box.appendChild(s); box.dataset.bars = '0'; return; }
    const first = new Date(days[0].day + 'T00:00:00Z').getTime();
    const last = new Date(days[days.length - 1].day + 'T00:00:00Z').getTime();
    const span = Math.max(1, Math.round((last - first) / 86400000) + 1);
    const bw = Math.max(1, (W - 2 * pad) / span);
    let bars = 0;
    days.forEach(function (d) {
      const x = pad + Math.round((new Date(d.day + 'T00:00:00Z').getTime() - first) / 86400000) * bw;
      let y = H;
      Object.keys(d.counts).sort().forEach(function (city) {
        const n = d.counts[city];
        const h = (H - pad) * n / max;
        y -= h;
        const r = T.svg('rect', { x: x.toFixed(1), y: y.toFixed(1), width: Math.max(1, bw - 1).toFixed(1), height: h.toFixed(1),
          fill: colour[city] || '#aab7c4', 'class': 'bar' });
        r.appendChild(T.svg('title', {}, d.day + ' · ' + city + ' · ' + n));
        s.appendChild(r);
        bars++;
      });
    });
    s.appendChild(T.svg('line', { x1: pad, y1: H, x2: W - pad, y2: H, stroke: '#566573' }));
    s.appendChild(T.svg('text', { x: pad, y: H + 14, 'font-size': 10 }, days[0].day));
    s.appendChild(T.svg('text', { x: W - pad, y: H + 14, 'font-size': 10, 'text-anchor': 'end' }, days[days.length - 1].day));
    s.appendChild(T.svg('text', { x: 2, y: pad, 'font-size': 10 }, String(max)));
    let lx = pad;
    cities.concat(other ? ['…'] : []).forEach(function (c) {
      s.appendChild(T.svg('rect', { x: lx, y: H + 24, width: 9, height: 9, fill: colour[c] || '#aab7c4' }));
      const label = T.svg('text', { x: lx + 12, y: H + 32, 'font-size': 10 }, c);
      s.appendChild(label);
      lx += 14 + Math.min(140, 6 * c.length);
    });
    box.appendChild(s);
    box.dataset.bars = String(bars);
  }).catch(function (e) { box.dataset.error = String(e); });
})();
