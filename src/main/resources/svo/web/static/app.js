// Serious Violence Observatory: the little script the pages use. No framework; every page works without it.
(function () {
  "use strict";

  function csrfToken() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute("content") : "";
  }

  // Upload: send the file with a progress bar, then follow the import on its own page.
  function upload(form) {
    var file = form.querySelector('input[type="file"]');
    var bar = document.getElementById("upload-progress");
    var status = document.getElementById("upload-status");
    var button = form.querySelector('button[type="submit"]');
    form.addEventListener("submit", function (ev) {
      if (!window.FormData || !file || !file.files.length) return;
      ev.preventDefault();
      button.disabled = true;
      bar.hidden = false;
      status.textContent = "Uploading " + file.files[0].name + " …";
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/imports");
      xhr.setRequestHeader("X-CSRF-Token", csrfToken());
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) {
          bar.max = e.total;
          bar.value = e.loaded;
          status.textContent = "Uploading: " + Math.round(100 * e.loaded / e.total) + "%";
        }
      });
      xhr.addEventListener("load", function () {
        var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
        if (xhr.status >= 200 && xhr.status < 300 && body.job) {
          status.textContent = "Uploaded; importing …";
          window.location.assign("/imports/" + encodeURIComponent(body.job));
        } else {
          button.disabled = false;
          bar.hidden = true;
          showError(form, body.error || ("The upload failed (HTTP " + xhr.status + ")."));
        }
      });
      xhr.addEventListener("error", function () {
        button.disabled = false;
        bar.hidden = true;
        showError(form, "The upload did not reach the server. Check the connection and try again.");
      });
      xhr.send(new FormData(form));
    });
  }

  function showError(form, text) {
    var box = document.getElementById("upload-error");
    box.textContent = text;
    box.hidden = false;
  }

  // Import page: poll the job until it ends, then reload to show the result and the rejects.
  function follow(box) {
    var job = box.getAttribute("data-job");
    var bar = box.querySelector("progress");
    var rows = box.querySelector("[data-rows]");
    var pct = box.querySelector("[data-pct]");
    function tick() {
      fetch("/api/imports/" + encodeURIComponent(job), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (j) {
          if (j.total_bytes > 0) { bar.max = j.total_bytes; bar.value = j.bytes_read; }
          if (rows) rows.textContent = Number(j.rows_read).toLocaleString("en-GB");
          if (pct && j.total_bytes > 0) pct.textContent = Math.round(100 * j.bytes_read / j.total_bytes) + "%";
          if (j.status === "done" || j.status === "failed") window.location.reload();
          else setTimeout(tick, 500);
        })
        .catch(function () { setTimeout(tick, 2000); });
    }
    setTimeout(tick, 300);
  }

  // The explorer's Run button says it is working (a big analysis can take a moment).
  function explorer(form) {
    form.addEventListener("submit", function () {
      var b = form.querySelector('button[type="submit"]');
      if (b) { b.disabled = true; b.textContent = "Running …"; }
    });
  }

  // Buttons that change something irreversible ask first.
  function confirms() {
    document.querySelectorAll("form[data-confirm]").forEach(function (f) {
      f.addEventListener("submit", function (ev) {
        if (!window.confirm(f.getAttribute("data-confirm"))) ev.preventDefault();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var u = document.getElementById("upload-form");
    if (u) upload(u);
    var j = document.querySelector("[data-job]");
    if (j) follow(j);
    var e = document.getElementById("explorer-form");
    if (e) explorer(e);
    confirms();
  });
})();
