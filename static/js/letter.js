// A paragraph of the refusal letter: what the person types is never lost to a dropped connection.
// Each change is kept in localStorage (under the case, the letter, the paragraph's position and this page
// load) until the server confirms it has it. Saving posts the form in the background; offline, the
// words stay on the phone and come back, with a note, the next time the page opens. Without this
// script the form saves as usual.
(function () {
  "use strict";
  var box = document.querySelector("[data-store]");
  var form = box && box.querySelector("form");
  if (!form || !window.fetch || !window.FormData) { return; }
  var storage = null;
  // No-trace mode (selfhelp/safety.py): nothing is kept on the phone, so no drafts either.
  if (!document.documentElement.hasAttribute("data-notrace")) try {
    storage = window.localStorage;
    storage.setItem("after-refusal:test", "1");
    storage.removeItem("after-refusal:test");
  } catch (error) { storage = null; }
  var status = box.querySelector(".save-status");
  var restored = box.querySelector(".restored");
  var prefix = "after-refusal:letter:" + box.dataset.store + ":";
  var key = prefix + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  var names = ["kind", "response", "comment", "truth", "evidence_needed"];

  function show(state) {
    status.textContent = status.dataset[state] || "";
    status.className = "save-status " + state;
  }

  function field(name) { return form.elements[name]; }

  function current() {
    var values = {};
    names.forEach(function (name) { if (field(name)) { values[name] = field(name).value || ""; } });
    return values;
  }

  // What the server last sent or confirmed: the fields' default values.
  function saved() {
    var values = {};
    names.forEach(function (name) {
      var element = field(name);
      if (!element) { return; }
      if (element.options) {
        var chosen = Array.prototype.filter.call(element.options, function (o) { return o.defaultSelected; });
        values[name] = chosen.length ? chosen[0].value : element.options[0].value;
      } else if (element.length !== undefined && element[0] && element[0].type === "radio") {
        var checked = Array.prototype.filter.call(element, function (r) { return r.defaultChecked; });
        values[name] = checked.length ? checked[0].value : "";
      } else {
        values[name] = element.defaultValue || "";
      }
    });
    return values;
  }

  function same(a, b) {
    return names.every(function (name) { return (a[name] || "") === (b[name] || ""); });
  }

  function fill(values) {
    names.forEach(function (name) {
      var element = field(name);
      if (!element || values[name] === undefined) { return; }
      if (element.length !== undefined && element[0] && element[0].type === "radio") {
        Array.prototype.forEach.call(element, function (r) { r.checked = r.value === values[name]; });
      } else {
        element.value = values[name];
      }
    });
  }

  function settle() {  // the fields as they are now are what the server has
    names.forEach(function (name) {
      var element = field(name);
      if (!element) { return; }
      if (element.options) {
        Array.prototype.forEach.call(element.options, function (o) { o.defaultSelected = o.selected; });
      } else if (element.length !== undefined && element[0] && element[0].type === "radio") {
        Array.prototype.forEach.call(element, function (r) { r.defaultChecked = r.checked; });
      } else {
        element.defaultValue = element.value;
      }
    });
  }

  function stored() {  // this paragraph's local copies, newest first
    var found = [];
    if (!storage) { return found; }
    for (var i = 0; i < storage.length; i++) {
      var name = storage.key(i);
      if (name && name.indexOf(prefix) === 0) {
        try { found.push({ key: name, copy: JSON.parse(storage.getItem(name)) }); } catch (error) { found.push({ key: name, copy: null }); }
      }
    }
    return found.sort(function (a, b) { return ((b.copy && b.copy.at) || 0) - ((a.copy && a.copy.at) || 0); });
  }

  function forget() {
    stored().forEach(function (item) { storage.removeItem(item.key); });
  }

  function keep() {
    if (same(current(), saved())) {
      if (storage) { storage.removeItem(key); }
      status.textContent = "";
      return;
    }
    if (storage) {
      try { storage.setItem(key, JSON.stringify({ at: Date.now(), values: current() })); } catch (error) { /* full */ }
    }
    show("unsaved");
  }

  // A copy that never reached the server comes back into the form.
  var copies = stored();
  var newest = copies.length && copies[0].copy;
  if (newest && newest.values && !same(newest.values, saved())) {
    fill(newest.values);
    forget();
    keep();
    restored.hidden = false;
  } else if (storage) {
    forget();
  }

  var discard = box.querySelector("[data-discard]");
  if (discard) {
    discard.addEventListener("click", function () {
      fill(saved());
      if (storage) { forget(); }
      restored.hidden = true;
      status.textContent = "";
    });
  }

  form.addEventListener("input", keep);
  form.addEventListener("change", keep);

  form.addEventListener("submit", function (event) {
    var button = event.submitter;
    event.preventDefault();
    keep();
    var sent = current();
    var body = new FormData(form);
    if (button && button.name) { body.append(button.name, button.value); }
    show("sending");
    fetch(form.action || window.location.href, {
      method: "POST", body: body, credentials: "same-origin", headers: { "Accept": "application/json" }
    }).then(function (response) {
      var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
      if (response.status === 400 || (response.ok && !json)) {
        // A problem the server explains on the page itself (or a log in that ran out): send the form
        // as it would be sent without this script. What was typed stays on the phone meanwhile.
        if (button && button.name) {
          var chosen = document.createElement("input");
          chosen.type = "hidden"; chosen.name = button.name; chosen.value = button.value;
          form.appendChild(chosen);
        }
        HTMLFormElement.prototype.submit.call(form);
        return null;
      }
      if (!response.ok) { show("error"); return null; }
      return response.json();
    }).then(function (data) {
      if (!data) { return; }
      restored.hidden = true;
      if (same(current(), sent)) {
        settle();
        if (storage) { forget(); }
        show("saved");
      } else {
        keep();  // typed while it was being sent: that part is still only on the phone
      }
      var progress = document.getElementById("progress");
      if (progress) { progress.value = data.reviewed; progress.textContent = data.reviewed + "/" + data.total; }
      var reviewed = document.querySelector("[data-reviewed]");
      if (reviewed) { reviewed.textContent = data.reviewed; }
      if (button && button.name === "next" && data.next) { window.location.href = data.next; }
    }).catch(function () {
      show("failed");
    });
  });
})();
