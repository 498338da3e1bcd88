// A page waiting for background work (templates/jobs/progress.html): without this script it reloads
// itself every few seconds (a <meta http-equiv="refresh"> inside <noscript>). With it, the page stays
// put: it asks for the work's state every two seconds (JSON, which never collects a result), shows the
// status in place, and loads the page again once the work is over, which then shows the result.
(function () {
  "use strict";
  var box = document.querySelector("[data-job-progress]");
  if (!box || !window.fetch || !window.JSON) { return; }
  var status = box.querySelector("[role=status]");
  var bar = box.querySelector("progress");
  var address = box.getAttribute("data-job-progress");
  var failures = 0;

  function check() {
    window.fetch(address, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (state) {
        failures = 0;
        if (!state.working) { window.location.replace(address); return; }
        if (state.status && status.textContent !== state.status) { status.textContent = state.status; }
        if (bar && state.total) { bar.max = state.total; bar.value = state.done; }
        window.setTimeout(check, 2000);
      })
      .catch(function () {
        // Offline for a moment, or the server busy: try again, more slowly; after a few tries, fall
        // back to reloading the page as it would without this script.
        failures += 1;
        if (failures > 5) { window.location.reload(); return; }
        window.setTimeout(check, 2000 * failures);
      });
  }
  window.setTimeout(check, 2000);
}());
