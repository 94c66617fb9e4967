/* Review pages: show each deadline in the reader's own time zone as well. */
(function () {
  "use strict";
  document.querySelectorAll(".local-time[data-utc]").forEach(function (el) {
    var when = new Date(el.getAttribute("data-utc"));
    if (isNaN(when.getTime())) { return; }
    var lang = document.documentElement.lang || undefined;
    var text;
    if (lang === "kk") {
      // Browsers' Kazakh date data is thin ("2026 M12 9"): write it as the
      // portal's Kazakh pages do, day first.
      var pad = function (n) { return (n < 10 ? "0" : "") + n; };
      var zone = "";
      try {
        zone = new Intl.DateTimeFormat("en", { timeZoneName: "short" }).formatToParts(when)
          .filter(function (p) { return p.type === "timeZoneName"; }).map(function (p) { return p.value; }).join("");
      } catch (e) { zone = ""; }
      text = pad(when.getDate()) + "." + pad(when.getMonth() + 1) + "." + when.getFullYear() + " " +
        pad(when.getHours()) + ":" + pad(when.getMinutes()) + (zone ? " " + zone : "");
    } else {
      text = when.toLocaleString(lang, {
        year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
      });
    }
    el.textContent = "(" + (el.getAttribute("data-prefix") || "") + text + ")";
  });
})();
