// The review page: places the highlight boxes over the page images, links findings and
// highlights both ways (aria-current marks the selected pair), triage without reloading,
// the dismissed filter, grouping by section or agent, and live progress while it runs.
(function () {
  "use strict";

  function byId(id) { return document.getElementById(id); }
  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function highlightsOf(id) { return all('[data-highlight-for="' + id + '"]'); }
  function findingOf(id) { return document.querySelector('[data-feedback-id="' + id + '"]'); }

  function placeBoxes() {
    all(".page[data-width]").forEach(function (page) {
      var w = parseFloat(page.getAttribute("data-width"));
      var h = parseFloat(page.getAttribute("data-height"));
      if (w > 0 && h > 0) page.style.aspectRatio = w + " / " + h;
    });
    all("[data-box]").forEach(function (box) {
      var v = box.getAttribute("data-box").split(",").map(parseFloat);
      box.style.left = v[0] + "%";
      box.style.top = v[1] + "%";
      box.style.width = v[2] + "%";
      box.style.height = v[3] + "%";
    });
    all(".anchor[data-top]").forEach(function (a) { a.style.top = a.getAttribute("data-top") + "%"; });
  }

  var live = null;
  function announce(text) {
    if (!live) {
      live = document.createElement("div");
      live.className = "visually-hidden";
      live.setAttribute("role", "status");
      live.setAttribute("aria-live", "polite");
      document.body.appendChild(live);
    }
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function select(id, scrollTo) {
    all('[aria-current="true"][data-highlight-for], .finding[aria-current="true"]').forEach(function (n) {
      n.removeAttribute("aria-current");
    });
    var marks = highlightsOf(id);
    marks.forEach(function (m) { m.setAttribute("aria-current", "true"); });
    var finding = findingOf(id);
    if (finding) finding.setAttribute("aria-current", "true");
    if (scrollTo === "highlight" && marks.length) {
      var first = marks.filter(function (m) { return m.hasAttribute("data-first"); })[0] || marks[0];
      first.scrollIntoView({ block: "center", inline: "nearest" });
      announce("Highlighted on the resume.");
    } else if (scrollTo === "finding" && finding) {
      finding.scrollIntoView({ block: "nearest" });
      finding.focus({ preventScroll: true });
    }
  }

  function setTriage(finding, triage) {
    var id = finding.getAttribute("data-feedback-id");
    var targets = [finding].concat(highlightsOf(id));
    targets.forEach(function (n) {
      if (triage) n.setAttribute("data-triage", triage.status);
      else n.removeAttribute("data-triage");
    });
    var note = finding.querySelector("[data-triage-note]");
    if (note) {
      note.textContent = triage
        ? triage.status.charAt(0).toUpperCase() + triage.status.slice(1) + " by " + triage.by + ", " + triage.at
        : "";
    }
    refreshCounts();
  }

  // The counts and the group headings follow each dismissal and reopening at once: the
  // open findings by severity and in each group; a group left with only dismissed
  // findings is hidden (until "Show dismissed" is ticked).
  function refreshCounts() {
    var open = function (scope) {
      return all('.finding:not([data-triage="dismissed"])', scope);
    };
    var count = document.querySelector("[data-dismissed-count]");
    if (count) count.textContent = String(all('.finding[data-triage="dismissed"]').length);
    var total = document.querySelector("[data-open-count]");
    if (total) total.textContent = String(open(byId("findings") || document).length);
    all("[data-severity-count]").forEach(function (n) {
      var severity = n.getAttribute("data-severity-count");
      n.textContent = String(open(byId("findings") || document).filter(function (f) {
        return f.classList.contains("sev-" + severity);
      }).length);
    });
    all(".finding-group").forEach(function (group) {
      var left = open(group).length;
      var shown = group.querySelector("[data-group-count]");
      if (shown) shown.textContent = String(left);
      group.classList.toggle("all-dismissed", left === 0 && all(".finding", group).length > 0);
    });
  }

  function onTriage(form, action) {
    var finding = form.closest(".finding");
    var buttons = all("button", form);
    buttons.forEach(function (b) { b.disabled = true; });
    window.RR.postJson(form.getAttribute("data-triage-url"), { action: action }).then(function (body) {
      setTriage(finding, body.triage);
      var showing = document.body.classList.contains("show-dismissed");
      if (body.triage && body.triage.status === "dismissed" && !showing) {
        announce("Finding dismissed. Tick \u201cShow dismissed\u201d to see it again.");
        var heading = byId("findings-title");
        if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      } else {
        announce(body.triage ? "Marked " + body.triage.status + "." : "Finding reopened.");
      }
    }).catch(function (error) {
      announce(error.message);
      window.alert(error.message);
    }).then(function () { buttons.forEach(function (b) { b.disabled = false; }); });
  }

  function wireFindings() {
    all(".finding").forEach(function (finding) {
      var id = finding.getAttribute("data-feedback-id");
      finding.addEventListener("click", function (e) {
        if (e.target.closest("button, a, input, select, textarea")) return;
        select(id, "highlight");
      });
      var show = finding.querySelector('[data-action="show"]');
      if (show) show.addEventListener("click", function () { select(id, "highlight"); });
      var form = finding.querySelector("form[data-triage-url]");
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        var submitter = e.submitter || document.activeElement;
        onTriage(form, submitter && submitter.value ? submitter.value : "dismiss");
      });
    });
    all("[data-highlight-for]").forEach(function (mark) {
      mark.addEventListener("click", function (e) {
        e.stopPropagation();
        select(mark.getAttribute("data-highlight-for"), "finding");
      });
    });
    // "Read first": select the finding, and show its highlight when it has one.
    all("[data-jump-to]").forEach(function (link) {
      link.addEventListener("click", function (e) {
        var id = link.getAttribute("data-jump-to");
        e.preventDefault();
        select(id, highlightsOf(id).length ? "highlight" : "finding");
      });
    });
  }

  function wireFilters() {
    var toggle = byId("show-dismissed");
    if (toggle) {
      toggle.addEventListener("change", function () {
        document.body.classList.toggle("show-dismissed", toggle.checked);
      });
    }
    var groupBy = byId("group-by");
    var container = byId("findings");
    if (!groupBy || !container) return;
    var original = all(".finding", container).map(function (f) { return [f, f.parentNode]; });
    var bySection = all(".finding-group", container);
    groupBy.addEventListener("change", function () {
      all(".finding-group.by-agent", container).forEach(function (g) { g.remove(); });
      if (groupBy.value === "agent") {
        bySection.forEach(function (g) { g.hidden = true; });
        var groups = {};
        original.forEach(function (pair) {
          var f = pair[0];
          var agent = f.getAttribute("data-agent");
          if (!groups[agent]) {
            var section = document.createElement("section");
            section.className = "finding-group by-agent";
            var h = document.createElement("h3");
            h.textContent = f.querySelector(".agent").textContent;
            section.appendChild(h);
            container.appendChild(section);
            groups[agent] = section;
          }
          groups[agent].appendChild(f);
        });
      } else {
        original.forEach(function (pair) { pair[1].appendChild(pair[0]); });
        bySection.forEach(function (g) { g.hidden = false; });
      }
      container.setAttribute("data-group-by", groupBy.value);
    });
  }

  function wireProgress() {
    var box = byId("live-progress");
    if (!box) return;
    var label = box.querySelector("[data-progress-label]");
    var bar = box.querySelector("progress");
    var word = document.querySelector("[data-review-status]");
    window.RR.pollProgress(box.getAttribute("data-progress-url"), function (p) {
      label.textContent = p.label;
      bar.max = Math.max(1, p.agents_total);
      bar.value = p.agents_done;
      if (word) { word.textContent = p.status; word.setAttribute("data-review-status", p.status); }
    }, function () { window.location.reload(); }, 1000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    placeBoxes();
    wireFindings();
    wireFilters();
    wireProgress();
    if (window.location.hash.indexOf("#finding-") === 0) {
      select(window.location.hash.slice(9), "highlight");
    }
  });
})();
