// Drag and drop onto the upload form: a progressive enhancement; the form
// works without it.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  var input = document.getElementById("file");
  if (!form || !input || !window.DataTransfer) {
    return;
  }
  var hint = form.querySelector(".drop-hint");
  if (hint) {
    hint.hidden = false;
  }
  ["dragenter", "dragover"].forEach(function (name) {
    form.addEventListener(name, function (e) {
      e.preventDefault();
      form.classList.add("dragging");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    form.addEventListener(name, function () {
      form.classList.remove("dragging");
    });
  });
  form.addEventListener("drop", function (e) {
    e.preventDefault();
    if (!e.dataTransfer || e.dataTransfer.files.length === 0) {
      return;
    }
    input.files = e.dataTransfer.files;
    form.submit();
  });
})();
