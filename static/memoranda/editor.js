/* The memorandum editor: every element is edited in place and saved with
   fetch(); adding, deleting and moving re-render the structure (numbers
   change) while open editors keep their unsaved text and lock versions. */
(function () {
  "use strict";
  const root = document.getElementById("mou-editor");
  if (!root) return;
  const structure = document.getElementById("mou-structure");
  const statusBox = document.getElementById("editor-status");
  const csrf = root.querySelector("input[name=csrfmiddlewaretoken]").value;
  const d = root.dataset;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function flash(target, message, level) {
    target.replaceChildren();
    if (!message) return;
    const box = el("div", "alert alert-" + (level || "danger") + " py-1 px-2 small mb-2", message);
    box.setAttribute("role", level === "success" ? "status" : "alert");
    target.appendChild(box);
    if (level === "success") setTimeout(function () { box.remove(); }, 2500);
  }

  async function post(url, data) {
    data.append("a", d.languageA);
    if (d.languageB) data.append("b", d.languageB);
    let response;
    try {
      response = await fetch(url, {
        method: "POST",
        body: data,
        headers: { "X-CSRFToken": csrf, Accept: "application/json" },
        credentials: "same-origin",
      });
    } catch (error) {
      return { ok: false, message: d.textFailed };
    }
    try {
      return await response.json();
    } catch (error) {
      return { ok: false, message: d.textFailed + " (" + response.status + ")" };
    }
  }

  function cardOf(node) { return node.closest(".mou-el"); }

  function openForm(card, language, open) {
    const column = card.querySelector('.mou-column[data-language="' + language + '"]');
    column.querySelector(".mou-form").classList.toggle("d-none", !open);
    column.querySelector(".mou-view").classList.toggle("d-none", open);
    if (open) {
      const first = column.querySelector(".mou-form textarea, .mou-form input");
      if (first) first.focus();
    }
  }

  function replaceCard(card, html) {
    const holder = document.createElement("div");
    holder.innerHTML = html.trim();
    const fresh = holder.firstElementChild;
    card.replaceWith(fresh);
    return fresh;
  }

  function syncLocks(uid, lock) {
    root.querySelectorAll('.mou-el[data-uid="' + uid + '"]').forEach(function (card) { card.dataset.lock = lock; });
  }

  function showConflict(card, form, answer) {
    const box = card.querySelector(".mou-message");
    box.replaceChildren();
    const alert = el("div", "alert alert-warning small mb-2 mou-conflict");
    alert.setAttribute("role", "alert");
    alert.appendChild(el("p", "mb-2", answer.message));
    const grid = el("div", "lang-columns");
    const theirs = el("div");
    theirs.appendChild(el("div", "fw-bold", d.textSavedByOther));
    const mine = el("div");
    mine.appendChild(el("div", "fw-bold", d.textYours));
    Object.keys(answer.current).forEach(function (field) {
      theirs.appendChild(el("div", "doc-text border rounded p-1 mb-1 bg-white mou-theirs", answer.current[field]));
      mine.appendChild(el("div", "doc-text border rounded p-1 mb-1 bg-white mou-mine", answer.submitted[field]));
    });
    grid.append(theirs, mine);
    alert.appendChild(grid);
    const keep = el("button", "btn btn-sm btn-outline-secondary me-2", d.textKeepTheirs);
    keep.type = "button";
    keep.addEventListener("click", function () {
      Object.keys(answer.current).forEach(function (field) {
        const input = form.querySelector('[name="f_' + field + '"]');
        if (!input) return;
        setOriginal(input, answer.current[field]);
        input.value = answer.current[field];
      });
      syncLocks(card.dataset.uid, answer.lock_version);
      box.replaceChildren();
    });
    const overwrite = el("button", "btn btn-sm btn-warning", d.textSaveMine);
    overwrite.type = "button";
    overwrite.addEventListener("click", function () {
      syncLocks(card.dataset.uid, answer.lock_version);
      box.replaceChildren();
      save(card, form);
    });
    alert.append(keep, overwrite);
    box.appendChild(alert);
  }

  function originalValue(input) {
    if (input.tagName === "SELECT") {
      const option = Array.prototype.find.call(input.options, function (o) { return o.defaultSelected; });
      return option ? option.value : input.value;
    }
    return input.defaultValue;
  }

  function setOriginal(input, value) {
    if (input.tagName === "SELECT") {
      Array.prototype.forEach.call(input.options, function (o) { o.defaultSelected = o.value === value; });
    } else {
      input.defaultValue = value;
    }
  }

  async function save(card, form) {
    const data = new FormData(form);
    form.querySelectorAll("[name^=f_]").forEach(function (input) {
      data.append("o_" + input.name.slice(2), originalValue(input));
    });
    data.append("kind", card.dataset.kind);
    data.append("uid", card.dataset.uid);
    data.append("part", card.dataset.part);
    data.append("language", form.dataset.language);
    data.append("lock_version", card.dataset.lock);
    const answer = await post(d.saveUrl, data);
    if (answer.ok) {
      const fresh = replaceCard(card, answer.html);
      syncLocks(answer.uid, answer.lock_version);
      flash(fresh.querySelector(".mou-message"), answer.message, "success");
    } else if (answer.conflict) {
      showConflict(card, form, answer);
    } else {
      flash(card.querySelector(".mou-message"), answer.message);
    }
  }

  function openEditors() {
    const kept = [];
    structure.querySelectorAll(".mou-form:not(.d-none)").forEach(function (form) {
      const card = cardOf(form);
      const values = {};
      const originals = {};
      form.querySelectorAll("[name]").forEach(function (input) {
        values[input.name] = input.value;
        originals[input.name] = originalValue(input);
      });
      kept.push({ id: card.id, language: form.dataset.language, lock: card.dataset.lock, values: values,
                  originals: originals });
    });
    return kept;
  }

  function restoreEditors(kept) {
    kept.forEach(function (entry) {
      const card = document.getElementById(entry.id);
      if (!card) return;
      card.dataset.lock = entry.lock;
      openForm(card, entry.language, true);
      const form = card.querySelector('.mou-form[data-language="' + entry.language + '"]');
      Object.keys(entry.values).forEach(function (name) {
        const input = form.querySelector('[name="' + name + '"]');
        if (!input) return;
        setOriginal(input, entry.originals[name]);  // what the drafter started from, for conflict checks
        input.value = entry.values[name];
      });
    });
  }

  async function structural(url, data, messageTarget) {
    const answer = await post(url, data);
    if (!answer.ok) {
      flash(messageTarget || statusBox, answer.message);
      return false;
    }
    const kept = openEditors();
    structure.innerHTML = answer.html;
    restoreEditors(kept);
    flash(statusBox, answer.message, "success");
    if (answer.anchor) {
      const target = document.getElementById("el-" + answer.anchor);
      if (target) target.scrollIntoView({ block: "center" });
    }
    return true;
  }

  function addForm(button) {
    const kind = button.dataset.addKind;
    const form = document.getElementById("mou-add-template").content.firstElementChild.cloneNode(true);
    form.querySelectorAll("[data-for]").forEach(function (part) {
      if (part.dataset.for.split(" ").indexOf(kind) === -1) part.remove();
    });
    const card = cardOf(button);
    const place = card ? card.querySelector(".mou-message") : document.getElementById("mou-add-standalone");
    place.replaceChildren(form);
    form.querySelector("input, textarea").focus();
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      const data = new FormData(form);
      data.append("kind", kind);
      data.append("language", d.languageA);
      if (button.dataset.after) data.append("after_uid", button.dataset.after);
      if (button.dataset.parent) data.append("parent_uid", button.dataset.parent);
      const errors = el("div");
      form.prepend(errors);
      await structural(d.addUrl, data, errors);
    });
  }

  root.addEventListener("click", async function (event) {
    const button = event.target.closest("[data-action]");
    if (!button) return;
    const card = cardOf(button);
    const action = button.dataset.action;
    if (action === "edit") {
      openForm(card, button.dataset.language, true);
    } else if (action === "cancel") {
      openForm(card, button.closest(".mou-form").dataset.language, false);
      card.querySelector(".mou-message").replaceChildren();
    } else if (action === "cancel-add") {
      button.closest(".mou-add-form").remove();
    } else if (action === "add") {
      addForm(button);
    } else if (action === "move" || action === "delete") {
      if (action === "delete" && !window.confirm(d.confirmDelete)) return;
      const data = new FormData();
      data.append("kind", card.dataset.kind);
      data.append("uid", card.dataset.uid);
      if (action === "move") data.append("direction", button.dataset.direction);
      await structural(action === "move" ? d.moveUrl : d.deleteUrl, data, card.querySelector(".mou-message"));
    }
  });

  root.addEventListener("submit", function (event) {
    const form = event.target.closest(".mou-form");
    if (!form) return;
    event.preventDefault();
    save(cardOf(form), form);
  });
})();
