/*
 * Live differential: when an answer on a wizard page changes, ask the server to rank
 * the causes for the answers as they now stand (nothing is saved) and swap the panel's
 * contents in place. Without this script the panel updates on each saved step.
 */
(function () {
  "use strict";
  var form = document.querySelector("form[data-preview-url]");
  var panel = document.getElementById("differential");
  if (!form || !panel || !window.fetch) { return; }

  var pending = null;
  var latest = 0;

  function refresh() {
    var request = ++latest;
    fetch(form.dataset.previewUrl, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      // 200: the new ranking; 400: the saved ranking with a note. Anything else
      // (a redirect to a finished result, a refused token) leaves the panel alone.
      var usable = !response.redirected && (response.status === 200 || response.status === 400);
      return usable ? response.text() : null;
    }).then(function (html) {
      if (html !== null && request === latest) {
        panel.innerHTML = html;
        panel.setAttribute("data-updated", String(request));
      }
    }).catch(function () {
      /* Offline or refused: the panel keeps the last ranking it showed. */
    });
  }

  form.addEventListener("change", function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(refresh, 150);
  });
}());
