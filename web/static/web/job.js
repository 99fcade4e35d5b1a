// A job's page: while evaluations run, the ranking matrix is fetched again (server-rendered)
// and swapped in, so verdicts appear as each candidate is judged. "All" ticks every
// candidate of the attach list.
(function () {
  "use strict";

  function refresh(holder) {
    var url = holder.getAttribute("data-matrix-url");
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html", "X-Background-Poll": "1" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) { window.setTimeout(function () { refresh(holder); }, 5000); return; }
        var current = holder.querySelector("#matrix");
        var focused = document.activeElement && holder.contains(document.activeElement);
        if (!focused) {
          holder.innerHTML = html;
          current = holder.querySelector("#matrix");
        }
        if (current && current.getAttribute("data-running") !== "0") {
          window.setTimeout(function () { refresh(holder); }, 1500);
        }
      })
      .catch(function () { window.setTimeout(function () { refresh(holder); }, 5000); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var holder = document.querySelector("[data-matrix-url]");
    var matrix = holder && holder.querySelector("#matrix");
    if (matrix && matrix.getAttribute("data-running") !== "0") {
      window.setTimeout(function () { refresh(holder); }, 1500);
    }
    // Files dropped here: refresh once they are queued, so their rows appear.
    document.addEventListener("rr:uploaded", function () { if (holder) refresh(holder); });
    document.querySelectorAll("[data-check-all]").forEach(function (box) {
      box.addEventListener("change", function () {
        var name = box.getAttribute("data-check-all");
        document.querySelectorAll('input[type="checkbox"][name="' + name + '"]').forEach(function (other) {
          other.checked = box.checked;
        });
      });
    });
  });
})();
