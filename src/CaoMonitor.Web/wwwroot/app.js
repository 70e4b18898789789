// CaoMonitor: small progressive enhancements. Every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // "/" jumps to the search box, as on most search sites (not while typing in a field).
  document.addEventListener("keydown", (e) => {
    const t = e.target;
    const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t && t.isContentEditable);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const q = document.getElementById("q");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    }
  });
  // A select marked autosubmit sends its form when changed (the submit button still works without script).
  for (const s of document.querySelectorAll("select.autosubmit")) {
    s.addEventListener("change", () => s.form && s.form.requestSubmit());
  }
  // Jumping to a clause (#c123) moves keyboard focus there and marks it.
  const focusTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id ? document.getElementById(id) : null;
    if (!el) return;
    for (const old of document.querySelectorAll(".target")) old.classList.remove("target");
    el.classList.add("target");
    if (el.tabIndex < 0 && !el.hasAttribute("tabindex")) el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: false });
  };
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
  // On small screens the facets fold behind their "Filters" button, so the results come first.
  if (window.matchMedia("(max-width: 50rem)").matches) {
    for (const d of document.querySelectorAll("details.fold[open]")) d.open = false;
  }
  // Forms that change data ask once before rejecting a label.
  for (const b of document.querySelectorAll("button[data-confirm]")) {
    b.addEventListener("click", (e) => { if (!window.confirm(b.dataset.confirm)) e.preventDefault(); });
  }
});
