/* wirecoder: small SVG charts drawn from a page's own data, with no chart library:
   a timeline of events stacked by type, and the network of one actor's dyads.
   Text from the store only ever reaches the page through textContent. */
"use strict";
window.wc = window.wc || {};
(function (wc) {
  var SVG = "http://www.w3.org/2000/svg";
  var TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"];
  var DAY = 864e5;

  function el(name, attrs, parent, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }

  /* "/events?..." keeping the page's filter, with some values replaced */
  wc.link = function (path, filter, changes) {
    var params = new URLSearchParams();
    var merged = Object.assign({}, filter || {}, changes || {});
    Object.keys(merged).forEach(function (k) {
      if (merged[k] !== null && merged[k] !== undefined && merged[k] !== "") params.set(k, merged[k]);
    });
    var q = params.toString();
    return q ? path + "?" + q : path;
  };

  function parse(s) { return new Date(s + "T00:00:00Z"); }
  function iso(d) { return d.toISOString().slice(0, 10); }
  function start(d, unit) {
    if (unit === "day") return d;
    if (unit === "month") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    return new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  }
  function next(d, unit) {
    if (unit === "day") return new Date(d.getTime() + DAY);
    if (unit === "month") return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
  }

  /* rows: [{date, type, events}] sorted by date, one row per period ("day", "month" or "year")
     and type; bars link to the events they count */
  wc.timeline = function (box, rows, filter, unit) {
    box.textContent = "";
    if (!rows.length) { box.textContent = "No dated events for this filter."; return; }
    var first = parse(rows[0].date), last = parse(rows[rows.length - 1].date);
    var bins = {}, totals = {};
    rows.forEach(function (r) {
      var key = iso(start(parse(r.date), unit));
      bins[key] = bins[key] || {};
      bins[key][r.type] = (bins[key][r.type] || 0) + r.events;
      totals[r.type] = (totals[r.type] || 0) + r.events;
    });
    var keys = [];
    for (var d = start(first, unit); d <= last; d = next(d, unit)) keys.push(iso(d));
    var sums = keys.map(function (k) { return TYPES.reduce(function (s, t) { return s + ((bins[k] || {})[t] || 0); }, 0); });
    var max = Math.max.apply(null, sums.concat([1]));
    var present = TYPES.filter(function (t) { return totals[t]; });
    var W = Math.max(320, box.clientWidth || 640), H = 200, L = 44, B = 22, T = 8, R = 6;
    var perRow = Math.max(1, Math.floor((W - L) / 150)), LEG = 22 * Math.ceil(present.length / perRow);
    var svg = el("svg", {viewBox: "0 0 " + W + " " + (H + LEG + 6), role: "img"}, box);
    el("title", {}, svg, "Events per " + unit + ", stacked by type");
    var step = (W - L - R) / keys.length, bw = Math.min(step - 1, 48), scale = (H - T - B) / max;
    el("line", {x1: L, x2: W - R, y1: H - B, y2: H - B, "class": "axis"}, svg);
    el("text", {x: L - 6, y: T + 8, "text-anchor": "end"}, svg, String(max));
    el("text", {x: L - 6, y: H - B, "text-anchor": "end"}, svg, "0");
    keys.forEach(function (k, i) {
      var until = iso(new Date(next(parse(k), unit).getTime() - DAY));
      var since = filter.since && filter.since > k ? filter.since : k;
      if (filter.until && filter.until < until) until = filter.until;
      var y = H - B;
      present.forEach(function (t) {
        var n = (bins[k] || {})[t];
        if (!n) return;
        var h = n * scale;
        var a = el("a", {href: wc.link("/events", filter, {type: t, since: since, until: until, offset: null})}, svg);
        var bar = el("rect", {x: (L + i * step + (step - bw) / 2).toFixed(1), y: (y - h).toFixed(1), width: Math.max(bw, 1).toFixed(1),
                              height: h.toFixed(1), "class": "bar t-" + t}, a);
        el("title", {}, bar, t + ": " + n + " (" + since + (unit === "day" ? "" : " to " + until) + ")");
        y -= h;
      });
    });
    var every = Math.max(1, Math.ceil(keys.length / Math.max(2, Math.floor(W / 110))));
    keys.forEach(function (k, i) {
      if (i % every === 0) el("text", {x: (L + i * step + step / 2).toFixed(1), y: H - 6, "text-anchor": "middle"}, svg,
                              unit === "year" ? k.slice(0, 4) : unit === "month" ? k.slice(0, 7) : k);
    });
    present.forEach(function (t, i) {
      var x = L + (i % perRow) * 150, y = H + 8 + Math.floor(i / perRow) * 22;
      var a = el("a", {href: wc.link("/events", filter, {type: t, offset: null})}, svg);
      el("rect", {x: x, y: y, width: 12, height: 12, "class": "swatch t-" + t}, a);
      el("text", {x: x + 17, y: y + 11}, a, t + " " + totals[t]);
    });
  };

  /* edges: [{actor, recipient, events}] around one actor; each neighbour links to its page */
  wc.network = function (box, center, edges) {
    box.textContent = "";
    var nodes = {};
    edges.forEach(function (e) {
      if (e.actor === center && e.recipient === center) return;
      var other = e.actor === center ? e.recipient : e.actor;
      var n = nodes[other] || (nodes[other] = {name: other, out: 0, in: 0});
      if (e.actor === center) n.out += e.events; else n.in += e.events;
    });
    var list = Object.keys(nodes).map(function (k) { return nodes[k]; })
      .sort(function (a, b) { return (b.out + b.in) - (a.out + a.in); });
    if (!list.length) { box.textContent = "No dyads with coded actors on both sides."; return; }
    var W = Math.max(360, box.clientWidth || 640), H = 420, cx = W / 2, cy = H / 2;
    var R = Math.max(40, Math.min(H / 2 - 40, W / 2 - 150, 60 + list.length * 14));
    var svg = el("svg", {viewBox: "0 0 " + W + " " + H, role: "img"}, box);
    el("title", {}, svg, "Dyads of " + center);
    var defs = el("defs", {}, svg);
    var marker = el("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6,
                               orient: "auto-start-reverse"}, defs);
    el("path", {d: "M0,0 L10,5 L0,10 z"}, marker);
    function edge(x1, y1, x2, y2, n, bend) {
      var mx = (x1 + x2) / 2 - (y2 - y1) * bend, my = (y1 + y2) / 2 + (x2 - x1) * bend;
      var path = el("path", {d: "M" + x1.toFixed(1) + "," + y1.toFixed(1) + " Q" + mx.toFixed(1) + "," + my.toFixed(1) +
                             " " + x2.toFixed(1) + "," + y2.toFixed(1), "class": "edge",
                             "stroke-width": (1 + Math.log2(1 + n)).toFixed(2), "marker-end": "url(#arrow)"}, svg);
      el("title", {}, path, n + " events");
    }
    list.forEach(function (n, i) {
      var angle = 2 * Math.PI * i / list.length - Math.PI / 2;
      var x = cx + R * Math.cos(angle), y = cy + R * Math.sin(angle);
      var ux = (x - cx) / R, uy = (y - cy) / R, gap = 14;
      if (n.out) edge(cx + ux * gap, cy + uy * gap, x - ux * gap, y - uy * gap, n.out, n.in ? 0.12 : 0);
      if (n.in) edge(x - ux * gap, y - uy * gap, cx + ux * gap, cy + uy * gap, n.in, n.out ? 0.12 : 0);
      var a = el("a", {href: "/actors/" + encodeURIComponent(n.name), "class": "node"}, svg);
      el("circle", {cx: x.toFixed(1), cy: y.toFixed(1), r: 6}, a);
      var right = Math.cos(angle) >= 0;
      el("text", {x: (x + (right ? 9 : -9)).toFixed(1), y: (y + 4).toFixed(1), "text-anchor": right ? "start" : "end"}, a,
         n.name + " (" + n.out + "→, " + n.in + "←)");
    });
    var c = el("g", {"class": "node center"}, svg);
    el("circle", {cx: cx, cy: cy, r: 9}, c);
    el("text", {x: cx, y: cy + 24, "text-anchor": "middle"}, c, center);
  };

  wc.pageData = function () {
    var node = document.getElementById("page-data");
    return node ? JSON.parse(node.textContent) : {};
  };
})(window.wc);
