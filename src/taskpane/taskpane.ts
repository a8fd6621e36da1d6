// The task pane: plain DOM, text only (textContent / createElement), never HTML built from workbook content.
import {
  Analysis,
  ColumnChange,
  ColumnKey,
  Finding,
  ROW_KINDS,
  RowKind,
  SKALA_PREDIKAT,
  Settings,
  TABLE_SPECS,
  TITLE,
  expectedText,
  rowKey,
  withDefaults,
} from "../core";
import {
  actions,
  errorMessage,
  init,
  registerCommands,
  state,
  strings,
  subscribe,
} from "../addin";
import { loadStoreValues, onReady, primeSheetList } from "../excel";
import type * as Laporan from "./laporan";
import { showNarrative, textsForm } from "./narasi-view";

type ReportModule = typeof Laporan;

const $ = <T extends HTMLElement>(id: string) =>
  document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderStatic(): void {
  const t = strings();
  document.documentElement.lang = t.lang;
  $("title").textContent = t.title;
  $("subtitle").textContent = t.subtitle;
  $("btn-periksa").textContent = t.periksa;
  $("btn-hitung").textContent = t.hitung;
  $("btn-narasi").textContent = t.narasi;
  $("btn-urungkan").textContent = t.urungkan;
  $("btn-siapkan").textContent = t.siapkan;
  $("btn-laporan").textContent = t.laporan;
  $("laporan-teks-title").textContent = t.laporanTeks;
  $("busy-text").textContent = t.busy;
  $("findings-title").textContent = t.temuan;
  $("narasi-title").textContent = t.narasiTitle;
  $("btn-salin").textContent = t.salin;
  $("btn-salin").setAttribute("aria-label", t.salinLabel);
  $("narasi").setAttribute("aria-label", t.narasiTitle);
  $("settings-title").textContent = t.settings;
  $("tables-title").textContent = t.tablesTitle;
  $("help-link").textContent = t.help;
}

/** Keyboard users keep their place: the element with the same focus key gets the focus back after a re-render. */
function focusKey(): string | null {
  const a = document.activeElement as HTMLElement | null;
  return a?.dataset?.focusKey ?? null;
}
function restoreFocus(key: string | null, fallback: HTMLElement): void {
  if (!key) return;
  const again = document.querySelector<HTMLElement>(
    `[data-focus-key="${CSS.escape(key)}"]`,
  );
  (again && !(again as HTMLButtonElement).disabled ? again : fallback).focus();
}

function renderFindings(): void {
  const t = strings();
  const box = $("findings");
  const key = focusKey();
  const hadFocus = box.contains(document.activeElement);
  box.replaceChildren();
  const a = state.analysis;
  if (!a) box.append(el("p", "empty", t.notChecked));
  else if (!a.findings.length) box.append(el("p", "empty", t.noFindings));
  else
    for (const sev of ["error", "warning", "info"] as const) {
      const list = a.findings.filter((f) => f.severity === sev);
      if (!list.length) continue;
      const group = el("div", `group ${sev}`);
      group.dataset.severity = sev;
      const h = el("h3", undefined, `${t[sev]} (${list.length})`);
      h.id = `group-${sev}`;
      // A real list, named by its heading: a screen reader announces "Galat (2), list, 2 items".
      const ul = el("ul", "findings-list");
      ul.setAttribute("aria-labelledby", h.id);
      list.forEach((f, i) => ul.append(findingItem(f, `${sev}-${i}`)));
      group.append(h, ul);
      box.append(group);
    }
  if (hadFocus || key?.startsWith("finding:"))
    restoreFocus(key, $("findings-title"));
}

function findingItem(f: Finding, id: string): HTMLLIElement {
  const t = strings();
  const li = el("li", `finding ${f.severity}`);
  li.dataset.code = f.code;
  const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
  const title = el("div", "code", TITLE[f.code] ?? f.code);
  title.id = `finding-${id}`;
  li.append(title, el("p", "msg", f.message));
  const meta = el("div", "meta");
  if (where) {
    li.dataset.cell = where;
    // The cell link is a button (Enter and Space work, it is in the tab order); the whole card stays clickable for the mouse.
    const go = el("button", "cell-link");
    go.type = "button";
    go.dataset.focusKey = `finding:${where}:${f.code}:go`;
    go.setAttribute("aria-label", t.goToCell(where));
    go.append(`${t.cell}: `, el("b", undefined, where));
    go.addEventListener("click", (ev) => {
      ev.stopPropagation();
      void actions.select(f);
    });
    li.addEventListener("click", () => void actions.select(f));
    meta.append(go);
  } else {
    const cell = el("span", "cell");
    cell.append(`${t.cell}: `, el("b", undefined, t.workbook));
    meta.append(cell);
  }
  const exp = expectedText(f);
  if (exp !== null) {
    const e = el("span", "expected");
    e.append(`${t.expected}: `, el("b", undefined, exp));
    meta.append(e);
    if (where) {
      const b = el("button", "btn small apply", t.terapkan);
      b.type = "button";
      b.disabled = state.busy;
      b.dataset.focusKey = `finding:${where}:${f.code}:apply`;
      b.setAttribute("aria-label", t.applyLabel(exp, where));
      b.addEventListener("click", (ev) => {
        ev.stopPropagation(); // applying is not the same as selecting
        void actions.terapkan(f);
      });
      meta.append(b);
    }
  }
  li.append(meta);
  return li;
}

function renderNarasi(): void {
  const section = $("narasi-section");
  const box = $("narasi");
  if (state.narasi === null) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  // The report's text, then the review notes apart from it (what to check before signing).
  if (state.narasiDoc) showNarrative(box, state.narasiDoc);
  else
    box.replaceChildren(
      ...state.narasi.split(/\n{2,}/).map((p) => el("p", undefined, p)),
    );
}

function renderSettings(): void {
  const t = strings();
  const body = $("settings-body");
  body.replaceChildren();
  const s = state.settings;
  const select = (id: string, options: [string, string][], value: string) => {
    const sel = el("select");
    sel.id = id;
    sel.dataset.focusKey = id;
    for (const [v, label] of options) {
      const o = el("option", undefined, label);
      o.value = v;
      o.selected = v === value;
      sel.append(o);
    }
    return sel;
  };
  const field = (label: string, control: HTMLElement, extra?: HTMLElement) => {
    const l = el("label", undefined, label);
    l.htmlFor = control.id;
    if (extra) l.append(" ", extra);
    body.append(l, control);
  };

  body.append(el("h2", undefined, t.polaritas));
  const sasaran = state.analysis?.sasaran ?? [];
  if (!sasaran.length) body.append(el("p", "empty", t.noSasaran));
  for (const sa of sasaran) {
    const key = String(sa.index + 1);
    const sel = select(
      `pol-${key}`,
      [
        ["positif", t.positif],
        ["negatif", t.negatif],
      ],
      s.polaritas[key] ?? "positif",
    );
    sel.dataset.sasaran = key;
    field(`${t.sasaran} ${key}`, sel, el("span", "sasaran-name", sa.name));
  }
  field(
    t.efisiensi,
    select(
      "efisiensi",
      [
        ["selisih", t.selisih],
        ["rasio", t.rasio],
        ["sisa", t.sisa],
      ],
      s.efisiensi,
    ),
  );
  const scales = Object.entries(SKALA_PREDIKAT).map(
    ([k, v]) => [k, v.title] as [string, string],
  );
  field(
    t.predikat,
    select(
      "predikat",
      scales,
      typeof s.predikat === "string" ? s.predikat : (scales[0]?.[0] ?? ""),
    ),
  );
  field(
    t.panjangNarasi,
    select(
      "narasi-panjang",
      [
        ["lengkap", t.lengkap],
        ["ringkas", t.ringkas],
      ],
      s.narasi,
    ),
  );
  const save = el("button", "btn save", t.simpan);
  save.type = "button";
  save.id = "btn-simpan";
  save.dataset.focusKey = "btn-simpan";

  save.addEventListener("click", () => {
    const polaritas: Settings["polaritas"] = { ...s.polaritas };
    body
      .querySelectorAll<HTMLSelectElement>("select[data-sasaran]")
      .forEach((sel) => {
        polaritas[sel.dataset.sasaran!] =
          sel.value === "negatif" ? "negatif" : "positif";
      });
    const efisiensi = ($("efisiensi") as HTMLSelectElement)
      .value as Settings["efisiensi"];
    const predikat = ($("predikat") as HTMLSelectElement).value;
    const narasi = ($("narasi-panjang") as HTMLSelectElement)
      .value as Settings["narasi"];
    void actions.saveSettings(
      withDefaults({ polaritas, efisiensi, predikat, narasi }),
    );
  });
  body.append(save);
  const tx = textsForm(
    {
      heading: t.teksHeading,
      tupoksi: t.teksTupoksi,
      strategi: t.teksStrategi,
      hint: t.teksHint,
      save: t.simpanTeks,
    },
    state.texts,
    (texts) => void actions.saveTexts(texts),
  );
  body.append(tx);
}

type TableInfo = Analysis["tables"][number];

/** One table: where it was found, how, under which caption, and a part chooser per header column. */
function tableBlock(info: TableInfo): HTMLElement {
  const t = strings();
  const spec = TABLE_SPECS[info.id];
  const box = el("div", "table-info");
  box.dataset.table = info.id;
  const h = el("h3", undefined, `Tabel ${info.id} — ${spec.title}`);
  h.id = `table-${info.id.replace(".", "-")}`;
  box.append(h);
  if (!info.found || !info.sheet || !info.header) {
    box.append(el("p", "where", t.tableNotFound));
    return box;
  }
  const by = t.foundBy[info.foundBy ?? "sheet"] ?? "";
  box.append(
    el("p", "where", t.tableWhere(info.sheet, info.header, by, info.rows)),
    el(
      "p",
      "caption",
      info.caption ? t.underCaption(info.caption) : t.noCaption,
    ),
  );
  const titleOf = (key: string) =>
    spec.columns.find((c) => c.key === key)?.title ?? key;
  // Every header column the reader saw: the ones with a part, then the unused ones, in sheet order.
  const entries = [
    ...(info.columns ?? []).map((c) => ({ ...c, part: c.key as ColumnKey })),
    ...(info.unused ?? []).map((u) => ({
      ...u,
      key: "",
      title: "",
      part: null,
    })),
  ].sort((x, y) => x.col.length - y.col.length || x.col.localeCompare(y.col));
  const ul = el("ul", "columns");
  ul.setAttribute("aria-labelledby", h.id);
  for (const c of entries) {
    const li = el("li", "column");
    li.dataset.col = c.col;
    const text = c.part
      ? `${c.title} ← ${c.col} "${c.label}"`
      : `${t.notUsed}: ${c.col} "${c.label}"`;
    const line = el("span", "column-text", text);
    li.append(line);
    if (c.col.includes("+")) {
      // A figure summed over period columns: shown, chosen through its columns' own parts.
      li.append(el("span", "subtle", ` (${t.summed})`));
      ul.append(li);
      continue;
    }
    const sel = el("select", "part");
    sel.id = `part-${info.id.replace(".", "-")}-${c.col}`;
    sel.dataset.focusKey = sel.id;
    sel.dataset.col = c.col;
    sel.dataset.previous = c.part ?? "";
    sel.setAttribute("aria-label", t.partOf(c.col, c.label, info.id));
    const none = el("option", undefined, t.notUsed);
    none.value = "";
    sel.append(none);
    for (const spc of spec.columns) {
      const o = el("option", undefined, titleOf(spc.key));
      o.value = spc.key;
      sel.append(o);
    }
    sel.value = c.part ?? "";
    li.append(sel);
    ul.append(li);
  }
  box.append(ul);
  const save = el("button", "btn small save-columns", t.saveColumns(info.id));
  save.type = "button";
  save.dataset.focusKey = `save-columns-${info.id}`;
  save.disabled = state.busy;
  save.addEventListener("click", () => {
    const changes: ColumnChange[] = [];
    ul.querySelectorAll<HTMLSelectElement>("select.part").forEach((x) =>
      changes.push({
        letter: x.dataset.col!,
        part: (x.value || null) as ColumnKey | null,
        previous: (x.dataset.previous || null) as ColumnKey | null,
      }),
    );
    const chosen = changes.map((c) => c.part).filter((p) => p);
    const twice = chosen.find((p, i) => chosen.indexOf(p) !== i);
    if (twice) {
      actions.notify("error", t.samePart(titleOf(twice), info.id));
      return;
    }
    void actions.chooseColumns(info.id, changes);
  });
  box.append(save);
  return box;
}

/** The rows whose kind the user may choose: those the reader could not place, and those already chosen. */
function rowBlock(a: Analysis): HTMLElement {
  const t = strings();
  const box = el("div", "row-kinds");
  const h = el("h3", undefined, t.rowsTitle);
  h.id = "rows-title";
  box.append(h, el("p", "subtle", t.rowsHint));
  const rows = new Map<string, string>();
  for (const f of a.findings)
    if (f.code === "BARIS_TIDAK_DIKENALI" && f.sheet && f.row !== undefined)
      rows.set(rowKey(f.sheet, f.row), f.actual ?? "");
  for (const key of Object.keys(state.peta.rows))
    if (!rows.has(key)) rows.set(key, "");
  if (!rows.size) box.append(el("p", "empty", t.rowsNone));
  const ul = el("ul", "rows");
  ul.setAttribute("aria-labelledby", h.id);
  let i = 0;
  for (const [key, text] of rows) {
    const li = el("li", "row-kind");
    li.dataset.row = key;
    li.append(el("span", "row-text", text ? `${key} "${text}"` : key));
    const sel = el("select", "kind");
    sel.id = `kind-${i++}`;
    sel.dataset.focusKey = `kind:${key}`;
    sel.dataset.row = key;
    sel.setAttribute("aria-label", t.rowOf(key, text));
    const guess = el("option", undefined, t.rowGuess);
    guess.value = "";
    sel.append(guess);
    for (const k of ROW_KINDS) {
      const o = el("option", undefined, t.rowKinds[k] ?? k);
      o.value = k;
      sel.append(o);
    }
    sel.value = state.peta.rows[key] ?? "";
    li.append(sel);
    ul.append(li);
  }
  // Any other body row, by its address: `Tabel 3.2!12`.
  const other = el("div", "row-other");
  const input = el("input");
  input.type = "text";
  input.id = "row-other";
  input.dataset.focusKey = "row-other";
  input.placeholder = t.rowOtherExample;
  input.autocomplete = "off";
  const inputLabel = el("label", undefined, t.rowOther);
  inputLabel.htmlFor = input.id;
  const otherKind = el("select", "kind-other");
  otherKind.id = "row-other-kind";
  otherKind.dataset.focusKey = "row-other-kind";
  const kindLabel = el("label", undefined, t.rowOtherKind);
  kindLabel.htmlFor = otherKind.id;
  for (const k of ROW_KINDS) {
    const o = el("option", undefined, t.rowKinds[k] ?? k);
    o.value = k;
    otherKind.append(o);
  }
  other.append(inputLabel, input, kindLabel, otherKind);
  const save = el("button", "btn small save-rows", t.saveRows);
  save.type = "button";
  save.dataset.focusKey = "save-rows";
  save.disabled = state.busy;
  save.addEventListener("click", () => {
    const kinds: { key: string; kind: RowKind | null }[] = [];
    ul.querySelectorAll<HTMLSelectElement>("select.kind").forEach((x) =>
      kinds.push({
        key: x.dataset.row!,
        kind: (x.value || null) as RowKind | null,
      }),
    );
    const typed = input.value.trim();
    if (typed) {
      if (!/^.+!\d+$/.test(typed)) {
        actions.notify("error", t.rowOtherInvalid(typed));
        return;
      }
      kinds.push({ key: typed, kind: otherKind.value as RowKind });
    }
    void actions.chooseRowKinds(kinds);
  });
  if (rows.size) box.append(ul);
  box.append(other, save);
  return box;
}

function renderTables(): void {
  const t = strings();
  const body = $("tables-body");
  body.replaceChildren();
  const a = state.analysis;
  if (!a) {
    body.append(el("p", "empty", t.tablesEmpty));
    return;
  }
  for (const info of a.tables) body.append(tableBlock(info));
  body.append(rowBlock(a));
}

let tablesKey = "";
let settingsKey = "";
/** The last focused control: a button disabled while busy drops the focus to <body>, and gets it back after. */
let lastFocus: string | null = null;
document.addEventListener("focusin", (e) => {
  const key = (e.target as HTMLElement | null)?.dataset?.focusKey;
  if (key) lastFocus = key;
});

function render(): void {
  $("busy").hidden = !state.busy;
  document.body.setAttribute("aria-busy", String(state.busy));
  for (const id of [
    "btn-periksa",
    "btn-hitung",
    "btn-narasi",
    "btn-siapkan",
    "btn-laporan",
  ])
    ($(id) as HTMLButtonElement).disabled = state.busy;
  ($("btn-urungkan") as HTMLButtonElement).disabled =
    state.busy || state.undoDepth === 0;
  const m = $("message");
  m.hidden = !state.message;
  m.className = `message ${state.message?.kind ?? ""}`;
  m.textContent = state.message?.text ?? "";
  renderFindings();
  renderNarasi();
  // Rebuilding the settings form would drop a choice the user has not saved yet; only when its inputs change.
  const key = JSON.stringify([
    state.settings,
    state.texts,
    state.analysis?.sasaran.map((x) => x.name) ?? [],
  ]);
  // Like the settings: rebuilt only when what it shows changes, so a choice not yet saved survives a re-render.
  const tKey = JSON.stringify([
    state.analysis?.tables ?? null,
    state.analysis?.findings
      .filter((f) => f.code === "BARIS_TIDAK_DIKENALI")
      .map((f) => f.cell) ?? [],
    state.peta,
    state.busy,
  ]);
  if (tKey !== tablesKey) {
    tablesKey = tKey;
    const focused = $("tables-body").contains(document.activeElement)
      ? focusKey()
      : null;
    renderTables();
    if (focused) restoreFocus(focused, $("tables-title"));
  }
  if (key !== settingsKey) {
    settingsKey = key;
    const focused = $("settings-body").contains(document.activeElement)
      ? focusKey()
      : null;
    renderSettings();
    if (focused) restoreFocus(focused, $("settings-title"));
  }
  if (
    !state.busy &&
    (document.activeElement === document.body || !document.activeElement)
  )
    restoreFocus(lastFocus, document.body);
}

async function copyNarasi(): Promise<void> {
  const t = strings();
  const text = state.narasi ?? "";
  try {
    await navigator.clipboard.writeText(text);
    actions.notify("success", t.copied);
  } catch {
    // Clipboard API may be blocked in the Office webview: select the text so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents($("narasi"));
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    actions.notify(ok ? "success" : "info", ok ? t.copied : t.copyFailed);
  }
}

let reportCode: Promise<ReportModule> | null = null;
/**
 * The report's code (docx, charts) is a script of its own, fetched on first use only (its name is in a meta tag
 * written by the build), so the pane's first load does not carry it.
 */
function report(): Promise<ReportModule> {
  return (reportCode ??= new Promise<ReportModule>((ok, fail) => {
    const src = document.querySelector<HTMLMetaElement>(
      'meta[name="lkjip-laporan"]',
    )?.content;
    const script = document.createElement("script");
    script.onload = () => {
      const m = (window as unknown as { lkjipLaporan?: ReportModule })
        .lkjipLaporan;
      if (m) ok(m);
      else fail(new Error("kode laporan tidak lengkap"));
    };
    script.onerror = () => {
      reportCode = null;
      fail(new Error("kode laporan tidak dapat dimuat"));
    };
    script.src = src ?? "";
    document.head.append(script);
  }));
}

function wire(): void {
  $("btn-periksa").addEventListener("click", () => void actions.periksa());
  $("btn-hitung").addEventListener("click", () => void actions.hitung());
  $("btn-narasi").addEventListener("click", () => void actions.narasi());
  $("btn-urungkan").addEventListener("click", () => void actions.urungkan());
  $("btn-siapkan").addEventListener("click", () => void actions.siapkanTabel());
  $("btn-salin").addEventListener("click", () => void copyNarasi());
  $("btn-laporan").addEventListener(
    "click",
    () =>
      void actions.laporan(async (input) =>
        (await report()).unduhLaporan(input),
      ),
  );
  $("laporan-teks").addEventListener("toggle", () => {
    if (!($("laporan-teks") as HTMLDetailsElement).open) return;
    void Promise.all([report(), loadStoreValues()])
      .then(([m, values]) =>
        m.renderTeksForm(
          $("laporan-teks-body"),
          values,
          (v) => void actions.saveLaporanTeks(v),
        ),
      )
      .catch((e) => actions.notify("error", errorMessage(e)));
  });
}

void onReady()
  .then(async () => {
    registerCommands();
    subscribe(render);
    await init();
    renderStatic();
    wire();
    render();
    await primeSheetList();
    await actions.refreshUndo();
  })
  .catch((e) => {
    // Even a failure before the pane is wired must be readable.
    const m = document.getElementById("message");
    if (m) {
      m.hidden = false;
      m.className = "message error";
      m.textContent = `Add-in tidak dapat dimuat: ${(e as Error)?.message ?? String(e)}`;
    }
  });
