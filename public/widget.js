/*
 * Knooppunt widget loader. An intranet page includes
 *
 *   <script src="https://HOST/widget.js" async></script>
 *   <div data-knooppunt="wall" data-theme="het-nieuwe-werken"></div>
 *
 * and this script puts a lazy, titled iframe with the widget (HOST/embed/…) in every
 * such element: data-knooppunt="wall" | "events" (both with an optional data-theme),
 * "themes", or "member" with data-member="<id>". The iframe's height follows its
 * content: the widget posts {type: "knooppunt:hoogte", frame, height, title}, which is
 * accepted only from the widget host's origin and from that iframe's own window.
 * Plain ES2017, no dependencies; docs/hosting.md ("Widgets") describes the protocol.
 */
(function () {
  "use strict";

  // Known only while this script runs for the first time, async or not.
  var script = document.currentScript;
  if (!script || !script.src) return;
  var scriptUrl = new URL(script.src, document.baseURI);
  var host = scriptUrl.origin;
  var base = new URL(".", scriptUrl).href;

  var INITIAL_HEIGHT = 320;
  var MIN_HEIGHT = 40;
  var MAX_HEIGHT = 4000;
  var KINDS = {
    wall: function (theme) {
      return theme ? "Knooppunt: kennismuur van thema " + theme : "Knooppunt: kennismuur";
    },
    events: function (theme) {
      return theme ? "Knooppunt: bijeenkomsten van thema " + theme : "Knooppunt: bijeenkomsten";
    },
    themes: function () {
      return "Knooppunt: thema's";
    },
    member: function () {
      return "Knooppunt: profiel";
    },
  };

  // frame number → iframe, for this loader's frames only.
  var frames = {};

  function nextFrameNumber() {
    // Unique on the page, also with several loaders (or hosts) on it.
    var n = (window.__knooppuntFrames || 0) + 1;
    window.__knooppuntFrames = n;
    return n;
  }

  function place(element) {
    var kind = element.getAttribute("data-knooppunt");
    if (!Object.prototype.hasOwnProperty.call(KINDS, kind)) {
      console.warn("Knooppunt: onbekende widget data-knooppunt=\"" + kind + "\"", element);
      element.setAttribute("data-knooppunt-frame", "");
      return;
    }
    var theme = element.getAttribute("data-theme") || "";
    var member = element.getAttribute("data-member") || "";
    if (kind === "member" && !member) {
      console.warn("Knooppunt: een profielwidget heeft data-member nodig", element);
      element.setAttribute("data-knooppunt-frame", "");
      return;
    }
    var n = nextFrameNumber();
    element.setAttribute("data-knooppunt-frame", String(n));

    var path = kind === "member" ? "embed/member/" + encodeURIComponent(member) : "embed/" + kind;
    var url = new URL(path, base);
    if (theme && (kind === "wall" || kind === "events")) url.searchParams.set("theme", theme);
    url.searchParams.set("parent", window.location.origin);
    url.searchParams.set("frame", String(n));

    var iframe = document.createElement("iframe");
    iframe.setAttribute("loading", "lazy");
    iframe.title = KINDS[kind](theme);
    iframe.src = url.href;
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.display = "block";
    iframe.style.height = INITIAL_HEIGHT + "px";
    iframe.addEventListener("load", function () {
      // The widget reports by itself once it has drawn; this asks again after a reload.
      if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: "knooppunt:hallo" }, host);
    });
    frames[n] = iframe;
    element.appendChild(iframe);
  }

  function scan() {
    var found = document.querySelectorAll("[data-knooppunt]:not([data-knooppunt-frame])");
    for (var i = 0; i < found.length; i++) place(found[i]);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== host) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "knooppunt:hoogte") return;
    if (!Object.prototype.hasOwnProperty.call(frames, data.frame)) return;
    var iframe = frames[data.frame];
    if (event.source !== iframe.contentWindow) return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
    iframe.style.height = height + "px";
    if (typeof data.title === "string" && data.title.trim()) iframe.title = data.title.slice(0, 200);
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scan);
  } else {
    scan();
  }
  // Placeholders added later (a CMS that renders blocks by script) get their widget too.
  if (window.MutationObserver) {
    var pending = false;
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      setTimeout(function () {
        pending = false;
        scan();
      }, 50);
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
