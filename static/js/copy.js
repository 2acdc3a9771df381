/* Progressive extras for the referral pages: a "Kopieer" button next to each note for the
   patient record, and a print button. Without JavaScript the buttons stay hidden: the note
   is a read-only field to select, and the browser's own print menu works. */
(function () {
  "use strict";

  function announce(text) {
    var status = document.getElementById("copy-status");
    if (status) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
  }

  function copy(field) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(field.value);
    }
    // Plain http (a practice intranet): fall back to selecting the text.
    field.focus();
    field.select();
    return document.execCommand("copy") ? Promise.resolve() : Promise.reject();
  }

  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      copy(field).then(
        function () { announce(button.getAttribute("data-copied")); },
        function () { field.focus(); field.select(); }
      );
    });
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
