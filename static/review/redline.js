/* Live word-level redline of a proposed wording against the current text
   (the server renders the same comparison with diff-match-patch once the
   proposal is saved). Text is only ever set with textContent. */
(function () {
  "use strict";
  function tokens(text) { return text.match(/\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu) || []; }
  function diff(a, b) {
    var n = a.length, m = b.length, i, j;
    if (n * m > 4000000) { return [[-1, a.join("")], [1, b.join("")]]; }
    var lcs = [];
    for (i = 0; i <= n; i++) { lcs.push(new Uint32Array(m + 1)); }
    for (i = n - 1; i >= 0; i--) {
      for (j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    var out = [];
    function push(op, text) {
      if (out.length && out[out.length - 1][0] === op) { out[out.length - 1][1] += text; } else { out.push([op, text]); }
    }
    i = 0; j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) { push(0, a[i]); i++; j++; }
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) { push(-1, a[i]); i++; }
      else { push(1, b[j]); j++; }
    }
    while (i < n) { push(-1, a[i++]); }
    while (j < m) { push(1, b[j++]); }
    return out;
  }
  function render(target, current, proposed) {
    target.textContent = "";
    if (proposed.trim() === current.trim()) { target.hidden = true; return; }
    target.hidden = false;
    diff(tokens(current), tokens(proposed)).forEach(function (part) {
      var node = document.createElement(part[0] < 0 ? "del" : part[0] > 0 ? "ins" : "span");
      if (part[0] < 0) { node.className = "redline-del"; }
      if (part[0] > 0) { node.className = "redline-ins"; }
      node.textContent = part[1];
      target.appendChild(node);
    });
  }
  document.querySelectorAll("textarea.wording-input[data-current]").forEach(function (area) {
    var preview = document.createElement("div");
    preview.className = "doc-text small border rounded p-2 mb-2 redline-preview";
    preview.setAttribute("data-testid", "redline-preview");
    preview.hidden = true;
    area.insertAdjacentElement("afterend", preview);
    var update = function () { render(preview, area.getAttribute("data-current"), area.value); };
    area.addEventListener("input", update);
    update();
  });
})();
