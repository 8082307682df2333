// Site search with Pagefind: a box in the header, results in a panel below it.
// The index (site/pagefind/) is written by the MkDocs hook after each build; it is split into
// small chunks, so a query loads only what it needs, from this site and nowhere else. Past 2,500
// indexed pages the hook splits them over several bundles (pagefind/part-N/, listed in
// pagefind/parts.json) because Pagefind's scoring slows with the square of the matching pages;
// they are searched together as one index (Pagefind's mergeIndex).
//
// What makes the first result quick:
// - Pagefind (its script, worker, WebAssembly and the index metadata of every bundle) is loaded
//   when the page starts, in its worker and without holding up the page's load event, not on the
//   first keystroke (Pagefind UI's own way, which put all of it between typing and results);
// - the box waits DEBOUNCE_MS after a key before searching (Pagefind UI's default is 300 ms),
//   while the index chunks for what is typed are fetched meanwhile (Pagefind UI preloads them),
//   but not for the first letter or two, which would fetch far more than the word needs
//   (pagefind/briefing/pagefind.js, from pagefind-api.js).
(function () {
  "use strict";

  var DEBOUNCE_MS = 120;
  var EXCERPT_LENGTH = 12; // what Pagefind UI asks for when it shows sub-results

  function siteRoot() {
    // Material writes the relative path to the site root into #__config ("base").
    var config = document.getElementById("__config");
    var base = ".";
    if (config) {
      try {
        base = JSON.parse(config.textContent).base || ".";
      } catch (error) {
        base = ".";
      }
    }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadParts(bundle) {
    // The extra bundles of a large site; none (or no file) means one bundle.
    return fetch(bundle + "parts.json")
      .then(function (response) { return response.ok ? response.json() : { parts: [] }; })
      .then(function (data) { return (data && Array.isArray(data.parts)) ? data.parts : []; })
      .catch(function () { return []; });
  }

  function start() {
    var header = document.querySelector(".md-header__inner");
    if (!header || document.getElementById("briefing-search")) return;
    var box = document.createElement("div");
    box.id = "briefing-search";
    box.className = "briefing-search";
    box.setAttribute("role", "search");
    var anchor = header.querySelector(".md-header__option, .md-header__source");
    header.insertBefore(box, anchor);

    var root = siteRoot();
    var bundle = new URL("pagefind/", root).href;
    var options = { baseUrl: root.pathname, excerptLength: EXCERPT_LENGTH };
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = bundle + "pagefind-ui.css";
    document.head.appendChild(style);
    var parts = loadParts(bundle);

    // Pagefind itself, set up at once rather than on the first keystroke: the module, its worker
    // and what the worker fetches do not hold up the page's load event, the work is done off the
    // main thread, and the files are cached for the next page. The UI imports the same module
    // (same URL, so the same instance) and finds it ready, every part merged before it can search.
    Promise.all([import(bundle + "pagefind.js"), parts])
      .then(function (loaded) {
        var pagefind = loaded[0];
        pagefind.options(options);
        pagefind.init();
        loaded[1].forEach(function (part) {
          pagefind.mergeIndex(new URL(part, bundle).href, { baseUrl: root.pathname });
        });
      })
      .catch(function () {}); // the UI reports a bundle that cannot load

    Promise.all([loadScript(bundle + "pagefind-ui.js"), parts]).then(
      function () {
        if (typeof window.PagefindUI !== "function") return;
        new window.PagefindUI({
          element: "#briefing-search",
          bundlePath: bundle + "briefing/", // Pagefind's module with a lighter preload (pagefind-api.js)
          baseUrl: root.pathname,
          showSubResults: true,
          showImages: false,
          resetStyles: false,
          excerptLength: EXCERPT_LENGTH,
          debounceTimeoutMs: DEBOUNCE_MS,
          translations: { placeholder: "Search the briefings" },
        });
        box.dataset.state = "ready";
      },
      function () {
        box.dataset.state = "unavailable";
      }
    );

    // "/" jumps to the box, as in most documentation sites.
    document.addEventListener("keydown", function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test((event.target && event.target.tagName) || "");
      if (event.key === "/" && !typing) {
        var input = box.querySelector("input");
        if (input) {
          event.preventDefault();
          input.focus();
        }
      }
    });
  }

  // The script comes after the header (Material puts it at the end of the body), so it can start at
  // once rather than wait for the scripts after it to load and run.
  if (document.readyState === "loading" && !document.querySelector(".md-header__inner")) {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
