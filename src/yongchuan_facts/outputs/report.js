// yongchuan_facts audit report: filter and sort the fact table, click a row to reach its span.
// Inline, no network. Rows carry data-target (the id of the fact's first <mark>), data-kind,
// data-label, data-value (metrics) and data-pos (document order).
(() => {
  "use strict";
  const tbody = document.querySelector("#fact-table tbody");
  const rows = Array.from(tbody.rows);
  const marks = Array.from(document.querySelectorAll("mark.fact"));
  const kindFilter = document.getElementById("kind-filter");
  const labelFilter = document.getElementById("label-filter");
  const textFilter = document.getElementById("text-filter");
  const shownCount = document.getElementById("shown-count");
  const rowByTarget = new Map(rows.map((row) => [row.dataset.target, row]));

  function rowMatches(row, kind, label, needle) {
    return (!kind || row.dataset.kind === kind)
      && (!label || `${row.dataset.kind}:${row.dataset.label}` === label)
      && (!needle || row.dataset.text.includes(needle));
  }

  function applyFilters() {
    const kind = kindFilter.value;
    // a label of another kind cannot match: show only this kind's labels
    for (const option of labelFilter.options) {
      option.hidden = Boolean(kind && option.value && !option.value.startsWith(`${kind}:`));
    }
    if (labelFilter.selectedOptions[0]?.hidden) labelFilter.value = "";
    const label = labelFilter.value;
    const needle = textFilter.value.trim();
    const visible = new Set();
    for (const row of rows) {
      row.hidden = !rowMatches(row, kind, label, needle);
      if (!row.hidden) visible.add(row.dataset.target);
    }
    for (const mark of marks) {
      mark.classList.toggle("muted", !visible.has(mark.dataset.factId || mark.dataset.factPart));
    }
    shownCount.textContent = `${visible.size} of ${rows.length} facts shown`;
  }

  function sortRows(key, direction) {
    const sign = direction === "descending" ? -1 : 1;
    const byPos = (a, b) => Number(a.dataset.pos) - Number(b.dataset.pos);
    const byValue = (a, b) => {
      const va = a.dataset.value, vb = b.dataset.value;
      if (!va || !vb) return (!va - !vb) || byPos(a, b);  // facts without a value go last
      return sign * (Number(va) - Number(vb)) || byPos(a, b);
    };
    tbody.append(...rows.slice().sort(key === "value" ? byValue : byPos));
    for (const th of document.querySelectorAll("th[data-sort]")) {
      if (th.dataset.sort === key) th.setAttribute("aria-sort", direction);
      else th.removeAttribute("aria-sort");
    }
  }

  function onSortClick(event) {
    const th = event.target.closest("th[data-sort]");
    if (!th) return;
    const key = th.dataset.sort;
    const now = th.getAttribute("aria-sort");
    sortRows(key, key === "value" && now === "ascending" ? "descending" : "ascending");
  }

  function setCurrent(row, mark) {
    for (const el of document.querySelectorAll(".current")) el.classList.remove("current");
    row.classList.add("current");
    mark.classList.add("current");
  }

  function flash(mark) {
    mark.classList.remove("flash");
    void mark.offsetWidth;  // restart the animation when clicked again
    mark.classList.add("flash");
    clearTimeout(mark.flashTimer);
    mark.flashTimer = setTimeout(() => mark.classList.remove("flash"), 2500);
  }

  function goToFact(row) {
    const mark = document.getElementById(row.dataset.target);
    if (!mark) return;
    mark.scrollIntoView({ block: "center", inline: "nearest" });
    setCurrent(row, mark);
    flash(mark);
  }

  tbody.addEventListener("click", (event) => {
    const row = event.target.closest("tr");
    if (row) goToFact(row);
  });
  tbody.addEventListener("keydown", (event) => {
    const row = event.target.closest("tr");
    if (row && event.key === "Enter") goToFact(row);
  });
  document.getElementById("docs").addEventListener("click", (event) => {
    const mark = event.target.closest("mark.fact");  // the innermost fact clicked
    const row = mark && rowByTarget.get(mark.dataset.factId || mark.dataset.factPart);
    if (!row || row.hidden) return;
    setCurrent(row, document.getElementById(row.dataset.target));
    row.scrollIntoView({ block: "nearest" });
  });
  document.querySelector("#fact-table thead").addEventListener("click", onSortClick);
  for (const control of [kindFilter, labelFilter]) control.addEventListener("change", applyFilters);
  textFilter.addEventListener("input", applyFilters);
  applyFilters();
})();
