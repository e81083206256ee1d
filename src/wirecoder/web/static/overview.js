/* wirecoder: the overview page draws its timeline and map from the page's own data. */
"use strict";
(function () {
  var data = wc.pageData();
  wc.timeline(document.getElementById("timeline"), data.timeline, data.filter, data.unit);
  wc.eventMap(document.getElementById("map"), data.places, data.filter);
})();
