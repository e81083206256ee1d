/* wirecoder: an actor's page draws its timeline and its dyad network from the page's own data. */
"use strict";
(function () {
  var data = wc.pageData();
  var filter = Object.assign({}, data.filter, {entity: data.name});
  wc.timeline(document.getElementById("timeline"), data.timeline, filter, data.unit);
  wc.network(document.getElementById("network"), data.name, data.network);
})();
