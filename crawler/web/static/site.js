// portal-archive serve: progressive touches only; every page works without script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // A filter chosen from a list applies at once.
  const form = document.querySelector("form.search");
  if (form) {
    for (const select of form.querySelectorAll("select")) {
      select.addEventListener("change", () => { if (form.q.value.trim()) form.submit(); });
    }
  }
  // "/" jumps to the search box, as on most search pages.
  document.addEventListener("keydown", (event) => {
    const box = document.querySelector("form.search input[type=search]");
    if (event.key === "/" && box && document.activeElement !== box) {
      event.preventDefault();
      box.focus();
    }
  });
});
