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

  document.addEventListener("DOMContentLoaded", function () {
    initMenu();
    initPrint();
  });
})();
