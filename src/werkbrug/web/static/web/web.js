// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // An error summary takes focus so screen-reader and keyboard users hear it first.
  function focusErrorSummary(root) {
    var summary = (root || document).querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
  }

  // Warn before the session ends (WCAG 2.2.1) and let the user extend it.
  function watchSession() {
    var url = document.body.getAttribute("data-session-url");
    var warning = document.getElementById("session-warning");
    if (!url || !warning || !window.fetch) { return; }
    var check = function () {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
          if (!state || !state.authenticated) { return; }
          var left = Math.min(state.idle_left, state.absolute_left);
          if (left <= 120 && warning.hidden) {
            warning.hidden = false;
            var button = warning.querySelector("button");
            if (button) { button.focus(); }
          }
        })
        .catch(function () { /* offline: try again next time */ });
    };
    check();  // at once too: a short idle limit may leave less than the warning time already
    window.setInterval(check, 60000);
    warning.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      var form = event.target;
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" })
        .then(function () { warning.hidden = true; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusErrorSummary(document);
    watchSession();
  });
  document.addEventListener("htmx:afterSwap", function (event) { focusErrorSummary(event.target); });
})();
