// Site search with Pagefind: a box in the header, results in a panel below it.
// The index (site/pagefind/) is written by the MkDocs hook after each build; it is split into
// small chunks, so a query loads only what it needs, from this site and nowhere else.
(function () {
  "use strict";

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

  function load(root, onReady) {
    var bundle = new URL("pagefind/", root).href;
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = bundle + "pagefind-ui.css";
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = bundle + "pagefind-ui.js";
    script.onload = function () { onReady(bundle); };
    script.onerror = function () {
      var box = document.getElementById("briefing-search");
      if (box) box.dataset.state = "unavailable";
    };
    document.head.appendChild(script);
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
    load(root, function (bundle) {
      if (typeof window.PagefindUI !== "function") return;
      new window.PagefindUI({
        element: "#briefing-search",
        bundlePath: bundle,
        baseUrl: root.pathname,
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        translations: { placeholder: "Search the briefings" },
      });
      box.dataset.state = "ready";
    });
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
