/* Review pages: show each deadline in the reader's own time zone as well. */
(function () {
  "use strict";
  document.querySelectorAll(".local-time[data-utc]").forEach(function (el) {
    var when = new Date(el.getAttribute("data-utc"));
    if (isNaN(when.getTime())) { return; }
    var text = when.toLocaleString(document.documentElement.lang || undefined, {
      year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    });
    el.textContent = "(" + (el.getAttribute("data-prefix") || "") + text + ")";
  });
})();
