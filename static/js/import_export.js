/* The export page of django-import-export (templates/admin/import_export/export.html),
   without inline handlers so it works under the CSP: "select all" ticks or clears every
   field, and only the fields of the chosen resource are shown. */
(function () {
  "use strict";
  var boxes = function () {
    return document.querySelectorAll('.selectable-field-export-row input[type="checkbox"]');
  };
  var toggle = document.getElementById("select-all-toggle");
  if (toggle) {
    toggle.addEventListener("change", function () {
      boxes().forEach(function (box) {
        if (box !== toggle) {
          box.checked = toggle.checked;
        }
      });
    });
  }
  var resource = document.getElementById("id_resource");
  var showResource = function (index) {
    document.querySelectorAll("[data-resource-index]").forEach(function (row) {
      row.hidden = row.getAttribute("data-resource-index") !== String(index);
    });
  };
  if (resource && resource.tagName === "SELECT") {
    resource.addEventListener("change", function () {
      showResource(resource.value);
    });
    showResource(resource.value);
  }
})();
