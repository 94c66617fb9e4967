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
  refresh();
})();
