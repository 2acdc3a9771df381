/* On a wide screen the filter panel sits beside the results: open it. Without JavaScript
   it opens when a filter is active, and the "Filters" summary opens it on a click. */
(function () {
  "use strict";
  var panel = document.getElementById("filters");
  if (panel && window.matchMedia && window.matchMedia("(min-width: 64rem)").matches) {
    panel.open = true;
  }
})();

/* After a search with an error, move focus to the error summary (GOV.UK pattern), so a
   screen reader starts there and the keyboard is one Tab away from the links. */
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
})();
