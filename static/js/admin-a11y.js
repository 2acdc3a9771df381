// The admin's two-list picker (SelectFilter2.js, for filter_horizontal) draws a search icon
// as a <span> with an aria-label but no role, which assistive technology may ignore (axe:
// aria-prohibited-attr). Give such icons the role of an image, after the picker is built.
"use strict";
window.addEventListener("load", function () {
  window.setTimeout(function () {
    document.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
  }, 0);
});
