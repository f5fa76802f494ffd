/* Offers a "Print a handout" button where a script can run; otherwise the browser's own print command does the same.
   Before printing, by either, the folded items open (the handout shows what they hold) and close again after. */
(function () {
  "use strict";
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (details) {
      details.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (details) { details.open = false; });
    opened = [];
  });
  var button = document.querySelector(".js-print");
  if (!button || !window.print) { return; }
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
}());
