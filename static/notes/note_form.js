/* Drafting form of a note verbale: live preview of the generated texts.
 * Posts the form to the preview endpoint; fills every text field the drafter
 * has not changed by hand with the newly generated text; shows each language
 * page as it will print. All text is inserted as text, never as HTML. */
(function () {
  "use strict";
  var form = document.getElementById("note-form");
  if (!form) return;
  var preview = document.getElementById("note-preview");
  var status = document.getElementById("preview-status");
  var parts = ["opening", "body", "closing", "addressee", "place_date"];
  var timer = null;
  var counter = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function showAddresseeFields() {
    var kind = form.querySelector("[name=addressee_kind]");
    if (!kind) return;
    form.querySelectorAll("[data-addressee]").forEach(function (block) {
      block.hidden = block.getAttribute("data-addressee") !== kind.value;
    });
  }

  function fill(generated) {
    Object.keys(generated).forEach(function (code) {
      parts.forEach(function (part) {
        var field = form.querySelector("[name=" + part + "_" + code + "]");
        var baseline = form.querySelector("[name=gen_" + part + "_" + code + "]");
        if (!field || !baseline) return;
        var text = generated[code][part] || "";
        if (field.value.trim() === "" || field.value === baseline.value) {
          field.value = text;
        }
        baseline.value = text;
      });
    });
  }

  function page(code, data) {
    var card = el("div", "card");
    card.setAttribute("data-language", code);
    card.appendChild(el("div", "card-header fw-semibold", code.toUpperCase()));
    var body = el("div", "card-body");
    body.appendChild(el("p", "fw-bold", data.number_line));
    var enclosure = data.enclosure_line ? el("p", "fst-italic small", data.enclosure_line) : null;
    if (enclosure && data.enclosure_after_paragraph === 0) body.appendChild(enclosure);
    data.paragraphs.forEach(function (text, index) {
      body.appendChild(el("p", "doc-text", text));
      if (enclosure && data.enclosure_after_paragraph === index + 1) body.appendChild(enclosure);
    });
    body.appendChild(el("p", "", data.place_date));
    var block = el("p", "fw-bold mb-0");
    data.addressee_lines.forEach(function (line, index) {
      if (index) block.appendChild(document.createElement("br"));
      block.appendChild(document.createTextNode(line));
    });
    body.appendChild(block);
    card.appendChild(body);
    return card;
  }

  /* The languages are issued in the order their boxes are listed; buttons
   * move a box up or down (the browser submits the boxes in that order). */
  function setUpLanguageOrder() {
    var box = document.getElementById("language-order");
    if (!box) return;
    var announce = el("div", "visually-hidden");
    announce.setAttribute("aria-live", "polite");
    box.appendChild(announce);

    function rows() {
      return Array.prototype.map.call(box.querySelectorAll("input[name=languages]"), function (input) {
        return input.closest(".form-check");
      });
    }
    function nameOf(row) {
      return row.querySelector("label").textContent.trim();
    }
    function update() {
      var all = rows();
      all.forEach(function (row, index) {
        row.querySelector("[data-move=up]").disabled = index === 0;
        row.querySelector("[data-move=down]").disabled = index === all.length - 1;
      });
    }
    function move(row, direction) {
      var all = rows();
      var index = all.indexOf(row);
      var other = all[direction === "up" ? index - 1 : index + 1];
      if (!other) return;
      other.parentNode.insertBefore(row, direction === "up" ? other : other.nextSibling);
      update();
      var button = row.querySelector("[data-move=" + direction + "]");
      (button.disabled ? row.querySelector("[data-move]:not(:disabled)") : button).focus();
      var chosen = rows().filter(function (r) { return r.querySelector("input").checked; }).map(nameOf);
      announce.textContent = box.getAttribute("data-order") + " " + chosen.join(", ");
      schedule();
    }
    rows().forEach(function (row) {
      ["up", "down"].forEach(function (direction) {
        var button = el("button", "btn btn-sm btn-link py-0 px-1", direction === "up" ? "\u2191" : "\u2193");
        var label = box.getAttribute("data-move-" + direction) + ": " + nameOf(row);
        button.type = "button";
        button.setAttribute("data-move", direction);
        button.setAttribute("aria-label", label);
        button.title = label;
        button.addEventListener("click", function () { move(row, direction); });
        row.appendChild(button);
      });
    });
    update();
  }

  function refresh() {
    var mine = ++counter;
    status.textContent = "…";
    fetch(form.getAttribute("data-preview-url"), {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "XMLHttpRequest" },
    })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        if (mine !== counter) return;
        fill(data.generated);
        // Texts may have been filled in: preview with them.
        return fetch(form.getAttribute("data-preview-url"), {
          method: "POST",
          body: new FormData(form),
          credentials: "same-origin",
        }).then(function (response) { return response.json(); });
      })
      .then(function (data) {
        if (!data || mine !== counter) return;
        preview.replaceChildren();
        data.languages.forEach(function (code) {
          preview.appendChild(page(code, data.parts[code]));
        });
        status.textContent = "";
        form.setAttribute("data-preview-ready", String(mine));
      })
      .catch(function () {
        status.textContent = "!";
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", function () {
    showAddresseeFields();
    schedule();
  });
  showAddresseeFields();
  setUpLanguageOrder();
  refresh();
})();
