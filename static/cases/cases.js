// Commitment form: a treatment ticked under "offer" is unticked under "avoid", and the
// reverse, so the learner sees the conflict at once. The server checks it as well.
(function () {
  "use strict";
  var form = document.querySelector(".case-commit");
  if (!form) { return; }
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box.type !== "checkbox" || !box.checked) { return; }
    var other = box.name === "offered" ? "avoided" : box.name === "avoided" ? "offered" : null;
    if (!other) { return; }
    form.querySelectorAll('input[name="' + other + '"]').forEach(function (peer) {
      if (peer.value === box.value) { peer.checked = false; }
    });
  });
})();
