/* Offers a "Print a handout" button where a script can run; otherwise the browser's own print command does the same. */
(function () {
  "use strict";
  var button = document.querySelector(".js-print");
  if (!button || !window.print) { return; }
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
}());
