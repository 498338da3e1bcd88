// Checklists on guide pages: ticks are kept in this browser only (nothing is sent anywhere).
// Without JavaScript the boxes still tick; they are just not remembered.
(function () {
  "use strict";
  var store;
  if (document.documentElement.hasAttribute("data-notrace")) { return; } // no-trace mode keeps nothing
  try { store = window.localStorage; } catch (e) { return; }
  document.querySelectorAll(".checklist input[data-key]").forEach(function (box) {
    if (box.form) { return; } // on a case page the form saves the tick (see case-checklist.js)
    var key = "tick:" + box.dataset.key;
    box.checked = store.getItem(key) === "1";
    box.addEventListener("change", function () {
      if (box.checked) { store.setItem(key, "1"); } else { store.removeItem(key); }
    });
  });
})();
