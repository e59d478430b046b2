// The dictionary's search and filters. Catalog text never passes through here as markup: the
// events are rendered by tracklint, this only reads their data-* attributes and toggles the
// `hidden` attribute; the URL's ?q= and filters are written to inputs with `.value`.
(function () {
  "use strict";
  var fields = ["q", "owner", "status", "lifecycle", "crm"];
  var inputs = {};
  fields.forEach(function (name) {
    inputs[name] = document.getElementById("tl-filter-" + name);
  });
  var events = Array.prototype.slice.call(document.querySelectorAll("article.event"));
  var shown = document.getElementById("tl-shown");

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

  function apply() {
    var terms = inputs.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var owner = inputs.owner.value;
    var status = inputs.status.value;
    var lifecycle = inputs.lifecycle.value;
    var crm = inputs.crm.value;
    var count = 0;
    events.forEach(function (event) {
      var data = event.dataset;
      var search = data.search || "";
      var visible =
        (!owner || data.owner === owner) &&
        (!status || data.status === status) &&
        (!lifecycle || data.lifecycle === lifecycle) &&
        crmMatches(data.crm, crm) &&
        terms.every(function (term) {
          return search.indexOf(term) !== -1;
        });
      if (event.hidden === visible) {
        event.hidden = !visible;
      }
      if (visible) {
        count += 1;
      }
    });
    shown.textContent = count + " of " + events.length + " events shown";
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

  load();
  apply();
  fields.forEach(function (name) {
    inputs[name].addEventListener(name === "q" ? "input" : "change", function () {
      apply();
      save();
    });
  });
})();
