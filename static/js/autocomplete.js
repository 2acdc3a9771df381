/* Suggestions while typing in the search fields: themes for "what", places for "where".
   The ARIA 1.2 combobox pattern: the input keeps focus, arrow keys move through the
   listbox (aria-activedescendant), Enter or a click takes a suggestion, Escape closes.
   Without JavaScript the fields are plain text fields and the search works the same. */
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[data-suggest]");
  if (!inputs.length || !window.fetch) {
    return;
  }
  var cache = {};

  function setup(input, n) {
    var kind = input.getAttribute("data-suggest");
    var url = input.getAttribute("data-suggest-url");
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var items = [];
    var active = -1;
    var timer = null;
    list.id = input.id + "-suggestions";
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.parentNode.classList.add("has-suggestions");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(index) {
      input.value = items[index].value;
      close();
    }

    function highlight(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(found) {
      items = found;
      list.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.label;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input
          choose(i);
        });
        list.appendChild(option);
      });
      if (found.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      status.textContent = found.length ? found.length + " " + (list.getAttribute("data-count-label") || "") : "";
    }

    function lookup() {
      var typed = input.value.trim();
      if (typed.length < 2) {
        show([]);
        return;
      }
      if (cache[typed]) {
        show(cache[typed][kind]);
        return;
      }
      fetch(url + "?q=" + encodeURIComponent(typed), { credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (body) {
          if (body && input.value.trim() === typed) {
            cache[typed] = body;
            show(body[kind] || []);
          }
        })
        .catch(function () { close(); });
    }

    list.setAttribute("data-count-label", input.getAttribute("data-suggest-count") || "");
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        if (event.key === "ArrowDown" && input.value.trim().length >= 2) {
          lookup();
          event.preventDefault();
        }
        return;
      }
      if (event.key === "ArrowDown") {
        highlight((active + 1) % items.length);
        event.preventDefault();
      } else if (event.key === "ArrowUp") {
        highlight(active <= 0 ? items.length - 1 : active - 1);
        event.preventDefault();
      } else if (event.key === "Enter" && active >= 0) {
        choose(active);
        event.preventDefault();
      } else if (event.key === "Escape") {
        close();
        event.preventDefault();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(close, 100);
    });
  }

  for (var i = 0; i < inputs.length; i++) {
    setup(inputs[i], i);
  }
})();
