/* wirecoder: "code a text" without a page reload. The form posts JSON to /api/code and the
   answer (the same dictionary the server renders without script) is drawn here; every piece of
   text goes in through textContent. A text file can be read into the form (it stays in the
   browser until posted). With the operator's token, "Store it" posts /api/articles. */
"use strict";
(function () {
  var form = document.getElementById("code-form");
  var status = document.getElementById("code-status");
  var result = document.getElementById("code-result");

  function node(tag, cls, text, parent) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = text;
    if (parent) parent.appendChild(n);
    return n;
  }
  function who(group) {
    if (!group || !group.length) return "–";
    return group.map(function (a) {
      return (a.name || a.text) + (a.country || a.sector ? " (" + [a.country, a.sector].filter(Boolean).join(" ") + ")" : "");
    }).join("; ");
  }
  function badge(type, parent) { return node("span", "badge t-" + type, type, parent); }
  function input() {
    return {text: document.getElementById("code-text").value,
            published: document.getElementById("code-published").value || null,
            title: document.getElementById("code-title").value || null};
  }
  async function post(url, body, headers) {
    var response = await fetch(url, {method: "POST", body: JSON.stringify(body),
                                     headers: Object.assign({"Content-Type": "application/json"}, headers || {})});
    var data = await response.json();
    if (!response.ok) throw new Error((data.error && data.error.message) || response.statusText);
    return data;
  }

  function draw(view) {
    result.textContent = "";
    var layout = node("div", "article-layout", null, result);
    var text = node("section", "panel", null, layout);
    var legend = node("div", "legend", null, text);
    view.legend.forEach(function (k) {
      var item = node("span", null, null, legend);
      node("mark", "m-" + k.kind, k.kind, item);
      item.appendChild(document.createTextNode(" " + k.label));
    });
    var body = node("div", "article-text", null, text);
    view.segments.forEach(function (s) {
      if (!s.kinds.length) { body.appendChild(document.createTextNode(s.text)); return; }
      var m = node("mark", s.kinds.map(function (k) { return "m-" + k; }).join(" "), s.text, body);
      m.title = s.title;
    });
    var side = node("aside", null, null, layout);
    node("h2", null, "Events (" + view.events.length + ")", side);
    if (!view.events.length) node("p", "muted", "No events coded in this text.", side);
    view.events.forEach(function (e) {
      var card = node("div", "event-card", null, side);
      var head = node("div", null, null, card);
      badge(e.event, head);
      node("span", "muted small", " " + (e.mode || "") + " " + (e.date.value || "?") + " · CAMEO " + (e.cameo || "–"), head);
      if (e.negated) node("span", "flag", "negated", head);
      if (e.hypothetical) node("span", "flag", "hypothetical", head);
      node("div", "small", who(e.actor) + " → " + who(e.recipient), card);
      node("div", "small muted", "“" + e.trigger.text + "”" + (e.location ? " · " + (e.location.name || e.location.text) : "") +
           " · confidence " + e.confidence, card);
    });
    node("h2", null, "Quotes (" + view.quotes.length + ")", side);
    view.quotes.forEach(function (q) {
      var card = node("div", "event-card small", null, side);
      node("span", "quote-text", "“" + q.text + "”", card);
      card.appendChild(document.createTextNode(" — " + (q.speaker ? (q.speaker.name || q.speaker.text) : "unknown speaker")));
    });
    node("h2", null, "Places (" + view.places.length + ")", side);
    node("p", "small", view.places.map(function (p) { return p.name || p.text; }).join(", ") || "none", side);
  }

  document.getElementById("code-file").addEventListener("change", async function (event) {
    var file = event.target.files[0];
    if (file) document.getElementById("code-text").value = await file.text();
  });

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    status.textContent = "Coding… (the first text loads the language model)";
    try {
      var data = await post("/api/code", input());
      draw(data.result);
      var n = data.result.events.length, q = data.result.quotes.length;
      status.textContent = "Coded: " + n + (n === 1 ? " event, " : " events, ") + q + (q === 1 ? " quote." : " quotes.");
    } catch (err) {
      status.textContent = "Not coded: " + err.message;
    }
  });

  var store = document.getElementById("store-form");
  if (store) {
    store.addEventListener("submit", async function (event) {
      event.preventDefault();
      var body = Object.assign(input(), {url: document.getElementById("store-url").value || null});
      try {
        var data = await post("/api/articles", body, {Authorization: "Bearer " + document.getElementById("store-token").value});
        status.textContent = data.stored ? "Stored: " : "Already stored: ";
        var a = node("a", null, data.article.title || data.article.id, status);
        a.href = data.links.html;
      } catch (err) {
        status.textContent = "Not stored: " + err.message;
      }
    });
  }
})();
