/* wirecoder: on an article, pointing at an event shows its evidence in the text, and clicking
   marked words jumps to the events they belong to. */
"use strict";
(function () {
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark[data-events]"));
  function eventsOf(mark) { return (mark.getAttribute("data-events") || "").split(" ").filter(Boolean); }
  document.querySelectorAll(".event-card[data-event]").forEach(function (card) {
    var id = card.getAttribute("data-event");
    function toggle(on) {
      marks.forEach(function (m) { if (eventsOf(m).indexOf(id) >= 0) m.classList.toggle("focus", on); });
    }
    card.addEventListener("mouseenter", function () { toggle(true); });
    card.addEventListener("mouseleave", function () { toggle(false); });
  });
  marks.forEach(function (m) {
    m.addEventListener("click", function () {
      var ids = eventsOf(m);
      if (!ids.length) return;
      var card = document.getElementById("ev-" + ids[0]);
      if (card) {
        document.querySelectorAll(".event-card.focus").forEach(function (c) { c.classList.remove("focus"); });
        card.classList.add("focus");
        card.scrollIntoView({block: "nearest"});
      }
    });
  });
})();
