// The file request form: "If a supporter or lawyer sends it for you" is hidden while the person says
// they send it themselves. Without JavaScript it stays shown, and its hint says when to fill it in.
(function () {
  "use strict";
  var part = document.getElementById("representative");
  var choices = document.querySelectorAll("input[name=sent_by]");
  if (!part || !choices.length) { return; }
  function update() {
    var chosen = document.querySelector("input[name=sent_by]:checked");
    var hide = chosen !== null && chosen.value === "self" && !part.querySelector(".govuk-error-message");
    part.hidden = hide;
  }
  choices.forEach(function (choice) { choice.addEventListener("change", update); });
  update();
})();
