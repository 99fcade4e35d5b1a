// Uploads with per-file progress. On a candidate's page (form[data-single]) the chosen or
// dropped file becomes a new resume version; on the candidates page (#bulk-upload) every
// dropped file becomes a new candidate: the file alone is sent, and the server names the
// candidate from the resume once it has read it (the name shown here follows). A refused
// file shows the server's reason; a queued review shows its stage.
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function send(url, formData, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      xhr.setRequestHeader("X-CSRF-Token", window.RR.csrfToken());
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      });
      xhr.addEventListener("load", function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else reject(new Error(window.RR.errorMessage(xhr.status, body)));
      });
      xhr.addEventListener("error", function () { reject(new Error("The upload was interrupted.")); });
      xhr.send(formData);
    });
  }

  var counter = 0;

  function fileRow(list, file, removable) {
    counter += 1;
    var id = "up-" + counter;
    var item = el("li", { "class": "upload-item", "data-upload-item": "" });
    item.appendChild(el("span", { "class": "file-name" }, file.name));
    item.appendChild(el("span", { "class": "muted small" }, " (" + Math.max(1, Math.round(file.size / 1024)) + " KB)"));
    if (removable) {
      var remove = el("button", { type: "button", "class": "button small quiet" }, "Remove");
      remove.setAttribute("aria-label", "Remove " + file.name);
      remove.addEventListener("click", function () { item.remove(); item.file = null; });
      item.appendChild(remove);
    }
    var bar = el("progress", { max: "100", value: "0", "aria-label": "Upload of " + file.name, hidden: "" });
    item.appendChild(bar);
    item.appendChild(el("span", { "class": "upload-status", "data-upload-status": "" }));
    item.file = file;
    list.appendChild(item);
    return item;
  }

  function setStatus(item, text, kind) {
    var status = item.querySelector("[data-upload-status]");
    status.textContent = text;
    status.className = "upload-status " + (kind || "");
    item.setAttribute("data-state", kind || "");
  }

  function watchReview(item, accepted) {
    var link = el("a", { href: accepted.review_url, "class": "review-link" }, "Open review");
    item.appendChild(link);
    window.RR.pollProgress(accepted.progress_url, function (p) {
      setStatus(item, p.label, p.finished ? (p.status === "completed" ? "done" : "failed") : "running");
      item.setAttribute("data-review-state", p.status);
      var who = item.querySelector(".candidate-link");
      if (who && p.candidate_name && !p.candidate_awaiting_resume) {
        who.textContent = p.candidate_name;
        who.removeAttribute("data-awaiting-resume");
      }
    }, null, 1000);
  }

  // New candidates are not in the list below until it is reloaded: say so, once.
  function announceAdded(form) {
    var note = form.querySelector("[data-added-note]");
    if (!note) {
      note = el("p", { "class": "added-note", "data-added-note": "" });
      var link = el("a", { href: window.location.pathname + window.location.search }, "Show them in the list");
      note.appendChild(el("span", { "data-added-count": "" }));
      note.appendChild(document.createTextNode(" "));
      note.appendChild(link);
      form.querySelector("[data-upload-list]").after(note);
    }
    var count = form.querySelectorAll(".candidate-link").length;
    note.querySelector("[data-added-count]").textContent =
      count + (count === 1 ? " candidate added." : " candidates added.");
  }

  function uploadItem(form, item, extra) {
    var data = new FormData();
    data.append("file", item.file);
    Object.keys(extra).forEach(function (k) { data.append(k, extra[k]); });
    item.querySelectorAll("input[name]").forEach(function (input) { data.append(input.name, input.value); });
    var bar = item.querySelector("progress");
    bar.hidden = false;
    setStatus(item, "Uploading…", "running");
    item.querySelectorAll("input, button").forEach(function (c) { c.disabled = true; });
    return send(form.getAttribute("data-upload-url"), data, function (fraction) {
      bar.value = Math.round(fraction * 100);
    }).then(function (accepted) {
      bar.value = 100;
      setStatus(item, "Uploaded: review queued", "running");
      if (accepted.candidate_url && form.id === "bulk-upload") {
        // Named after the file until the resume is read; the name is updated then.
        var who = el("a", { href: accepted.candidate_url, "class": "candidate-link" }, accepted.candidate_name);
        if (accepted.candidate_awaiting_resume) who.setAttribute("data-awaiting-resume", "");
        item.insertBefore(who, item.querySelector("progress"));
        announceAdded(form);
      }
      item.querySelectorAll("button").forEach(function (b) { b.remove(); });
      watchReview(item, accepted);
      // A page that lists what was uploaded (a job's ranking) shows the new row.
      document.dispatchEvent(new CustomEvent("rr:uploaded", { detail: accepted }));
    }).catch(function (error) {
      bar.hidden = true;
      setStatus(item, "Not uploaded: " + error.message, "error");
      item.querySelectorAll("input").forEach(function (c) { c.disabled = false; });
    });
  }

  function acceptFiles(form, files) {
    var list = form.querySelector("[data-upload-list]");
    var single = form.hasAttribute("data-single");
    if (single) {
      var input = form.querySelector("input[type=file]");
      if (files.length && input && window.DataTransfer) {
        var transfer = new DataTransfer();
        transfer.items.add(files[0]);
        input.files = transfer.files;
      }
      return;
    }
    Array.prototype.forEach.call(files, function (file) { fileRow(list, file, true); });
    form.querySelectorAll("[data-when-files]").forEach(function (n) { n.hidden = false; });
  }

  function onSubmit(form, event) {
    event.preventDefault();
    var list = form.querySelector("[data-upload-list]");
    var jd = form.querySelector("textarea[name=job_description]");
    var extra = { job_description: jd ? jd.value : "" };
    if (form.hasAttribute("data-single")) {
      var input = form.querySelector("input[type=file]");
      if (!input.files.length) { input.focus(); return; }
      var item = fileRow(list, input.files[0], false);
      uploadItem(form, item, extra).then(function () {
        input.value = "";
        // The new version is on record: show it in the versions list, where its review's
        // progress is followed live.
        if (item.getAttribute("data-state") !== "error") window.location.reload();
      });
      return;
    }
    var pending = Array.prototype.filter.call(list.querySelectorAll("[data-upload-item]"), function (item) {
      return item.file && item.getAttribute("data-state") !== "running" && item.getAttribute("data-state") !== "done";
    });
    // Two at a time: each file's progress stays readable and the server is not flooded.
    var queue = pending.slice();
    function next() {
      var item = queue.shift();
      if (!item) return Promise.resolve();
      return uploadItem(form, item, extra).then(next);
    }
    next();
    next();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-dropzone]").forEach(function (form) {
      ["dragenter", "dragover"].forEach(function (name) {
        form.addEventListener(name, function (e) { e.preventDefault(); form.classList.add("dragging"); });
      });
      ["dragleave", "drop"].forEach(function (name) {
        form.addEventListener(name, function () { form.classList.remove("dragging"); });
      });
      form.addEventListener("drop", function (e) {
        e.preventDefault();
        if (e.dataTransfer && e.dataTransfer.files.length) acceptFiles(form, e.dataTransfer.files);
      });
      if (!form.hasAttribute("data-single")) {
        var input = form.querySelector("input[type=file]");
        input.addEventListener("change", function () { acceptFiles(form, input.files); input.value = ""; });
      }
      form.addEventListener("submit", function (e) { onSubmit(form, e); });
    });
  });
})();
