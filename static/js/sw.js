// The service worker (selfhelp/offline.py says what it may keep and why). Pages and PDFs the server
// marks "Offline: public" are kept once read; a case's pages only when marked "Offline: case <key>"
// (the person chose it on this phone), in a cache of that person's own. Offline, a kept page opens;
// any other page gets the offline page in the reader's language. A form sent with no connection gets the
// same page holding what was typed, ready to send again (files cannot be kept). At most 60 pages and
// 10 PDFs.
"use strict";
var STATIC = "static-v1";
var PAGES = "pages";
var PDFS = "pdfs";
var CASE_PREFIX = "case-";
var LIMITS = { pages: 60, pdfs: 10 };

function languageOf(url) {
  var match = new URL(url).pathname.match(/^\/([a-z]{2,3}(?:-[a-z]{2})?)\//);
  return match ? match[1] : "en";
}

self.addEventListener("install", function (event) {
  var lang = new URL(self.location).searchParams.get("lang") || "en";
  event.waitUntil(
    caches.open(PAGES).then(function (cache) {
      // Fetched as nobody (no cookies), so it never shows the person who installed it.
      var page = "/" + lang + "/offline/";
      return fetch(page, { credentials: "omit" }).then(function (response) {
        if (response.ok) { return cache.put(page, response); }
      }).catch(function () { /* offline at install */ });
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) { event.waitUntil(self.clients.claim()); });

function trim(name, limit) {
  return caches.open(name).then(function (cache) {
    return cache.keys().then(function (keys) {
      var extra = keys.filter(function (request) { return !/\/offline\/$/.test(request.url); }).length - limit;
      return Promise.all(keys.slice(0, Math.max(0, extra)).map(function (request) { return cache.delete(request); }));
    });
  });
}

function dropOtherPeople(who) {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(CASE_PREFIX) === 0 && name !== CASE_PREFIX + who;
    }).map(function (name) { return caches.delete(name); }));
  });
}

function keep(request, response) {
  var mark = response.headers.get("Offline") || "";
  var who = response.headers.get("Offline-User");
  var work = who ? dropOtherPeople(who) : Promise.resolve();
  var pdf = (response.headers.get("Content-Type") || "").indexOf("application/pdf") === 0;
  var name = null;
  if (mark === "public") { name = pdf ? PDFS : PAGES; }
  else if (mark.indexOf("case ") === 0) { name = CASE_PREFIX + mark.slice(5); }
  if (!name) { return work; }
  var copy = response.clone();
  return work.then(function () {
    return caches.open(name).then(function (cache) { return cache.put(request, copy); });
  }).then(function () { return name === PDFS ? trim(PDFS, LIMITS.pdfs) : trim(name, LIMITS.pages); });
}

function offlinePage(request) {
  return caches.match(request).then(function (found) {
    if (found) { return found; }
    return caches.match("/" + languageOf(request.url) + "/offline/").then(function (page) {
      return page || caches.match("/en/offline/");
    }).then(function (page) {
      return page || new Response("You are offline.", { status: 503, headers: { "Content-Type": "text/plain" } });
    });
  });
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
  });
}

// The offline page, with the form that was sent filled in again: what was typed stays on this page
// (never stored), and "Send it again" posts it when the connection is back.
function resendPage(request, data) {
  return offlinePage(new Request(request.url)).then(function (page) {
    return page.text().then(function (html) {
      var fields = "";
      data.forEach(function (value, name) {
        if (typeof value === "string") {
          fields += '<input type="hidden" name="' + escapeHtml(name) + '" value="' + escapeHtml(value) + '">';
        }
      });
      var form = '<form method="post" class="resend" action="' + escapeHtml(request.url) + '">' + fields;
      var headers = new Headers(page.headers);  // the page's own, its security policy with them
      headers.delete("Content-Length");
      headers.delete("Content-Encoding");
      headers.set("Content-Type", "text/html; charset=utf-8");
      return new Response(html.replace('<form method="post" class="resend" hidden>', form), {
        status: 503, headers: headers
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (request.method === "POST" && request.mode === "navigate") {
    var copy = request.clone();
    event.respondWith(fetch(request).catch(function () {
      return copy.formData().then(function (data) { return resendPage(request, data); },
                                  function () { return offlinePage(new Request(request.url)); });
    }));
    return;
  }
  if (request.method !== "GET") { return; }
  if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(caches.open(STATIC).then(function (cache) {
      return cache.match(request).then(function (found) {
        return found || fetch(request).then(function (response) {
          if (response.ok) { cache.put(request, response.clone()); }
          return response;
        });
      });
    }));
    return;
  }
  event.respondWith(
    fetch(request).then(function (response) {
      if (response.ok) { event.waitUntil(keep(request, response)); }
      return response;
    }).catch(function () { return offlinePage(request); })
  );
});
