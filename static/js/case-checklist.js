// Checklists on a case: each tick is saved as soon as it changes, without reloading the page.
// Without JavaScript the form's button saves them all. If saving fails, the button still works.
(function () {
  "use strict";
  var form = document.querySelector("form.case-checklist");
  if (!form || !window.fetch) { return; }
  var progress = document.getElementById(form.dataset.progress);
  var doneText = document.querySelector("[data-done]");
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box.name !== "item") { return; }
    var body = new FormData();
    body.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
    body.append("item", box.value);
    body.append("checked", box.checked ? "1" : "0");
    fetch(form.action || window.location.href, {
      method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.json();
    }).then(function (data) {
      if (progress) { progress.value = data.done; progress.textContent = data.done + "/" + data.total; }
      if (doneText) { doneText.textContent = data.done; }
      box.closest("li").classList.remove("unsaved");
    }).catch(function () {
      box.closest("li").classList.add("unsaved");
    });
  });
})();
