// Shared helpers of the workspace: the CSRF token from the page, JSON calls with it, and
// polling a review's progress. No token is ever stored by a script: the session cookie
// is HttpOnly and the CSRF token lives only in the page.
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function errorMessage(status, body) {
    if (body && body.error && body.error.message) return body.error.message;
    if (status === 413) return "The file is too large.";
    if (status === 401) return "Your session has ended: sign in again.";
    return "Something went wrong (" + status + "). Please try again.";
  }

  function postJson(url, payload) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRF-Token": csrfToken()
      },
      body: JSON.stringify(payload || {})
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        if (!response.ok) throw new Error(errorMessage(response.status, body));
        return body;
      });
    });
  }

  // A page's own polling says so: it does not keep an idle session alive.
  var POLL_HEADERS = { "Accept": "application/json", "X-Background-Poll": "1" };

  function getJson(url, headers) {
    return fetch(url, { credentials: "same-origin", headers: headers || { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (body) {
          if (!response.ok) throw new Error(errorMessage(response.status, body));
          return body;
        });
      });
  }

  // Calls onUpdate(progress) until the review has finished, then onDone(progress).
  function pollProgress(url, onUpdate, onDone, intervalMs) {
    var stopped = false;
    var failures = 0;
    function tick() {
      if (stopped) return;
      getJson(url, POLL_HEADERS).then(function (progress) {
        failures = 0;
        onUpdate(progress);
        if (progress.finished) { stopped = true; if (onDone) onDone(progress); }
        else window.setTimeout(tick, intervalMs || 1000);
      }).catch(function () {
        failures += 1;
        window.setTimeout(tick, Math.min(10000, 1000 * failures));
      });
    }
    tick();
    return function () { stopped = true; };
  }

  window.RR = {
    csrfToken: csrfToken,
    errorMessage: errorMessage,
    postJson: postJson,
    getJson: getJson,
    pollProgress: pollProgress
  };

  // Live status of the reviews listed on a candidate's page.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-progress-url][data-live]").forEach(function (item) {
      var badge = item.querySelector("[data-status-for]");
      pollProgress(item.getAttribute("data-progress-url"), function (p) {
        if (badge) {
          badge.textContent = p.label;
          badge.className = "badge badge-" + p.status;
        }
        if (p.overall_score !== null && !item.querySelector(".score-chip")) {
          var chip = document.createElement("span");
          chip.className = "score-chip";
          chip.textContent = "Score " + p.overall_score;
          (badge || item).after(" ", chip);
        }
      }, function () { item.removeAttribute("data-live"); }, 1500);
    });
  });
})();
