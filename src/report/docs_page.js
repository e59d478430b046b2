// The dictionary's search, filters and views. Catalog text never passes through here as
// markup: the events are rendered by tracklint, this only reads their data-* attributes,
// toggles `hidden` and a class, and sets `.textContent`; the URL's ?q=, filters and view are
// written to inputs with `.value` (a select only takes a value it offers).
(function () {
  "use strict";
  var fields = ["q", "owner", "status", "lifecycle", "consent", "plan", "destination", "crm", "view"];
  var inputs = {};
  fields.forEach(function (name) {
    inputs[name] = document.getElementById("tl-filter-" + name);
  });
  var events = Array.prototype.slice.call(document.querySelectorAll("article.event"));
  var section = document.getElementById("tl-events");
  var shown = document.getElementById("tl-shown");
  var empty = document.getElementById("tl-empty");
  var emptyText = document.getElementById("tl-empty-text");
  var bar = document.querySelector(".filters");

  // A catalog property's definition is on the page once, in its row of the catalog table;
  // an event's search reaches it through the event's links to those rows.
  var definitions = {};
  Array.prototype.forEach.call(document.querySelectorAll("#tl-properties tr[data-search]"), function (row) {
    definitions["#" + row.id] = row.dataset.search;
  });
  var linked = [];

  function definitionsOf(index) {
    if (!linked[index]) {
      linked[index] = Array.prototype.map.call(
        events[index].querySelectorAll("ul.properties > li > a"),
        function (link) {
          return definitions[link.getAttribute("href")] || "";
        }
      );
    }
    return linked[index];
  }

  function found(index, term) {
    return (
      (events[index].dataset.search || "").indexOf(term) !== -1 ||
      definitionsOf(index).some(function (text) {
        return text.indexOf(term) !== -1;
      })
    );
  }

  function crmMatches(state, wanted) {
    switch (wanted) {
      case "":
        return true;
      case "eligible":
        return state !== "none";
      case "pending":
        return state === "stale" || state === "unapproved" || state === "blocked";
      default:
        return state === wanted;
    }
  }

  // Plans and destinations are one attribute each, values separated by a line feed (which
  // an escaped catalog name never holds).
  function listed(values, wanted) {
    return !wanted || (values || "").split("\n").indexOf(wanted) !== -1;
  }

  function apply() {
    var value = {};
    fields.forEach(function (name) {
      value[name] = inputs[name].value;
    });
    var query = value.q.trim();
    var terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    var count = 0;
    events.forEach(function (event, index) {
      var data = event.dataset;
      var visible =
        (!value.owner || data.owner === value.owner) &&
        (!value.status || data.status === value.status) &&
        (!value.lifecycle || data.lifecycle === value.lifecycle) &&
        (!value.consent || data.consent === value.consent) &&
        listed(data.plans, value.plan) &&
        listed(data.destinations, value.destination) &&
        crmMatches(data.crm, value.crm) &&
        terms.every(function (term) {
          return found(index, term);
        });
      if (event.hidden === visible) {
        event.hidden = !visible;
      }
      if (visible) {
        count += 1;
      }
    });
    shown.textContent = count + " of " + events.length + " events shown";
    empty.hidden = count > 0 || events.length === 0;
    if (!empty.hidden) {
      var filtered = fields.some(function (name) {
        return name !== "q" && name !== "view" && value[name] !== "";
      });
      var what = query ? "\u201c" + query + "\u201d" : "";
      if (filtered) {
        what += (what ? " with " : "") + "these filters";
      }
      emptyText.textContent = "No events match " + what + ".";
    }
    section.classList.toggle("list", value.view === "list");
  }

  // The filter state lives in the URL, so a filtered view can be shared.
  function save() {
    var params = new URLSearchParams(location.search);
    fields.forEach(function (name) {
      var value = inputs[name].value;
      if (value) {
        params.set(name, value);
      } else {
        params.delete(name);
      }
    });
    var query = params.toString();
    try {
      history.replaceState(null, "", (query ? "?" + query : location.pathname) + location.hash);
    } catch (refused) {
      // Some browsers refuse to change file:// URLs; the filters still work.
    }
  }

  function load() {
    var params = new URLSearchParams(location.search);
    fields.forEach(function (name) {
      var value = params.get(name);
      var input = inputs[name];
      if (value === null) {
        return;
      }
      if (input.tagName === "SELECT") {
        var known = Array.prototype.some.call(input.options, function (option) {
          return option.value === value;
        });
        if (!known) {
          return;
        }
      }
      input.value = value;
    });
  }

  // A linked event lands below the sticky bar: its height is the style sheet's scroll margin.
  function measureBar() {
    var sticky = getComputedStyle(bar).position === "sticky";
    document.documentElement.style.setProperty("--tl-bar", (sticky ? bar.offsetHeight : 0) + "px");
  }

  load();
  apply();
  measureBar();
  fields.forEach(function (name) {
    inputs[name].addEventListener(name === "q" ? "input" : "change", function () {
      apply();
      save();
      measureBar();
    });
  });
  document.getElementById("tl-clear").addEventListener("click", function () {
    fields.forEach(function (name) {
      if (name !== "view") {
        inputs[name].value = "";
      }
    });
    apply();
    save();
  });
  // In the list, an event's name opens its card: back to the cards before the link scrolls.
  section.addEventListener("click", function (click) {
    if (inputs.view.value === "list" && click.target.closest("h3 a")) {
      inputs.view.value = "";
      apply();
      save();
    }
  });
  window.addEventListener("resize", measureBar);
})();
