// Draw every Briefing chart from its Vega-Lite spec with the vega-embed bundled in the site.
// Runs on first load and again after each instant navigation (Material's document$).
(function () {
  "use strict";

  function draw(container) {
    if (container.dataset.drawn === "yes" || typeof window.vegaEmbed !== "function") return;
    container.dataset.drawn = "yes";
    var root = new URL(container.dataset.root || "./", window.location.href).href;
    fetch(container.dataset.spec)
      .then(function (response) {
        if (!response.ok) throw new Error("chart spec " + response.status);
        return response.json();
      })
      .then(function (spec) {
        // Draw into a live element (width "container" needs a laid-out parent); the static
        // image stays until the chart is drawn.
        var fallback = container.querySelector("img");
        var target = document.createElement("div");
        target.className = "briefing-chart-live";
        container.appendChild(target);
        return window.vegaEmbed(target, spec, {
          actions: false,
          renderer: "svg",
          loader: { baseURL: root },
        }).then(function () {
          if (fallback) fallback.remove();
          container.dataset.rendered = "yes";
        }, function (error) {
          target.remove();
          throw error;
        });
      })
      .catch(function (error) {
        container.dataset.rendered = "failed";
        console.warn("Briefing chart left as a static image:", error.message);
      });
  }

  function drawAll() {
    document.querySelectorAll(".briefing-chart").forEach(draw);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(drawAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
