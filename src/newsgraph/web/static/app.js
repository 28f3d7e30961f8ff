// Article page: clicking a highlight shows the records behind it. Data comes only from the DOM
// the server rendered (escaped); this script never builds HTML from strings.
(function () {
  "use strict";
  const story = document.getElementById("story");
  const panel = document.getElementById("panel");
  if (!story || !panel) return;

  function keysOf(el) {
    return (el.getAttribute("data-facts") || "").split(" ").filter(Boolean);
  }

  function select(keys) {
    panel.querySelectorAll(".fact").forEach(function (f) { f.hidden = true; });
    story.querySelectorAll(".hl.selected").forEach(function (s) { s.classList.remove("selected"); });
    let shown = 0;
    keys.forEach(function (key) {
      const fact = document.getElementById("fact-" + key);
      if (fact && fact.classList.contains("fact")) { fact.hidden = false; shown += 1; }
    });
    story.querySelectorAll(".hl").forEach(function (s) {
      if (keysOf(s).some(function (k) { return keys.indexOf(k) >= 0; })) s.classList.add("selected");
    });
    const hint = document.getElementById("panel-hint");
    if (hint) hint.hidden = shown > 0;
    return shown;
  }

  story.addEventListener("click", function (event) {
    const target = event.target.closest ? event.target.closest(".hl") : null;
    if (target) select(keysOf(target));
  });

  function fromHash() {
    const key = decodeURIComponent(location.hash.slice(1));
    if (!/^[A-Za-z0-9_-]+$/.test(key)) return;
    if (select([key])) {
      const anchor = document.getElementById(key);
      if (anchor) anchor.scrollIntoView({ block: "center" });
    }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
