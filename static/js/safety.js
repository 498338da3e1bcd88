// Safe on a shared phone (selfhelp/safety.py): the quick exit replaces this page in the history and
// answers Escape pressed twice; in no-trace mode, links replace the page instead of adding to the
// history, and the site's storage is emptied; the "leaving" page clears storage and leaves at once.
(function () {
  "use strict";
  var root = document.documentElement;
  var me = document.currentScript;
  var exitUrl = (me && me.getAttribute("data-leave")) || root.getAttribute("data-exit");

  function forget() {
    try { window.localStorage.clear(); window.sessionStorage.clear(); } catch (e) { /* storage blocked */ }
    if (window.caches && caches.keys) {
      caches.keys().then(function (keys) { keys.forEach(function (key) { caches.delete(key); }); });
    }
  }

  function leave() { window.location.replace(exitUrl); }

  if (me && me.getAttribute("data-leave")) { forget(); leave(); return; }
  if (!exitUrl) { return; }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a");
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey) { return; }
    if (link.classList.contains("quick-exit")) { event.preventDefault(); leave(); return; }
    if (root.hasAttribute("data-notrace") && link.origin === window.location.origin && !link.hasAttribute("download")) {
      event.preventDefault();
      window.location.replace(link.href);
    }
  });

  var last = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - last < 1000) { leave(); }
    last = now;
  });

  if (root.hasAttribute("data-notrace")) { forget(); }
})();
