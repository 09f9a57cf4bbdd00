/* Hejnał: small enhancements; every feature works without this file. */
(function () {
  "use strict";
  // The "js" class is set by an inline line in <head>, before first paint,
  // so the collapsed menu takes its final place at once (no layout shift).

  function initMenu() {
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (!toggle || !list) return;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!open));
      if (open) list.removeAttribute("data-expanded");
      else list.setAttribute("data-expanded", "");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        toggle.click();
        toggle.focus();
      }
    });
  }

  function initPrint() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  // "Load this video" swaps its placeholder for the player in place, storing
  // nothing; without this script the same button asks the server for the page
  // with that one embed loaded.
  function loadEmbed(placeholder) {
    var src = placeholder.getAttribute("data-embed-src") || "";
    if (src.indexOf("https://") !== 0) return false;
    var frame = document.createElement("div");
    frame.className = "embed-frame";
    frame.id = placeholder.id;
    var iframe = document.createElement("iframe");
    iframe.src = src;
    iframe.title = placeholder.getAttribute("data-embed-title") || "";
    iframe.setAttribute("allow", "fullscreen; picture-in-picture");
    iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.appendChild(iframe);
    placeholder.replaceWith(frame);
    iframe.focus();
    return true;
  }

  function initEmbeds() {
    document.querySelectorAll("form[data-embed-load-one]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        var placeholder = form.closest(".embed-placeholder");
        if (placeholder && loadEmbed(placeholder)) event.preventDefault();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initMenu();
    initPrint();
    initEmbeds();
  });
})();
