/* wirecoder: the event map. Leaflet with no tile server: country outlines from the vendored
   world-atlas file, one circle per place sized by its events, clustered where places crowd. */
"use strict";
window.wc = window.wc || {};
(function (wc) {
  function popup(place, filter) {
    var box = document.createElement("div");
    var a = document.createElement("a");
    a.href = wc.link("/events", filter, {place: place.place, offset: null});
    a.textContent = place.place;
    box.appendChild(a);
    box.appendChild(document.createTextNode(" " + (place.country || "") + " · " + place.events + " events"));
    return box;
  }

  wc.eventMap = function (box, places, filter) {
    var map = L.map(box, {minZoom: 1, maxZoom: 9, worldCopyJump: false, maxBounds: [[-88, -230], [88, 230]]});
    map.setView([25, 15], 1);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth");
    fetch("/static/vendor/world-atlas/countries-110m.json")
      .then(function (r) { return r.json(); })
      .then(function (topo) {
        var land = L.geoJSON(topojson.feature(topo, topo.objects.countries), {
          interactive: false, style: {color: "#b9c3cc", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1}});
        land.addTo(map);
        land.bringToBack();
        box.dataset.outlines = "loaded";
      });
    var clusters = L.markerClusterGroup({
      maxClusterRadius: 35, showCoverageOnHover: false,
      iconCreateFunction: function (cluster) {
        var n = cluster.getAllChildMarkers().reduce(function (s, m) { return s + m.options.events; }, 0);
        var size = n < 10 ? "small" : n < 100 ? "medium" : "large";
        return L.divIcon({html: "<div><span>" + Number(n) + "</span></div>", iconSize: L.point(40, 40),
                          className: "marker-cluster marker-cluster-" + size});
      }
    });
    var bounds = [];
    places.forEach(function (p) {
      var marker = L.circleMarker([p.lat, p.lon], {radius: 4 + Math.min(10, Math.sqrt(p.events)), color: "#fff",
                                                   weight: 1, fillColor: "#c0392b", fillOpacity: 0.85, events: p.events});
      marker.bindPopup(function () { return popup(p, filter); });
      clusters.addLayer(marker);
      bounds.push([p.lat, p.lon]);
    });
    map.addLayer(clusters);
    if (bounds.length) map.fitBounds(bounds, {maxZoom: 4, padding: [30, 30]});
    box.dataset.places = String(places.length);
    return map;
  };
})(window.wc);
