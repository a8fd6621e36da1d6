// The pane: its views wired to the state and the actions, on whichever host the page installed (Excel in the task
// pane, a file in the web page). Views are thin: they render the state and call the actions (src/addin), never a host
// directly; a control whose feature the host lacks (Urungkan, Siapkan Tabel, Diagnostik) is left out.
import {
  actions,
  errorMessage,
  start,
  state,
  strings,
  subscribe,
} from "../addin";
import { host } from "../addin";
import { renderConfirm, wireConfirm } from "./confirm-view";
import { buildDiagnostik, renderDiagnostik } from "./diagnostik-view";
import { $, focusKey, focusMemory, restoreFocus } from "./dom";
import { renderFindings } from "./findings-view";
import { copyNarasi, renderNarasi } from "./narasi-view";
import { report } from "./report-code";
import { renderSettings } from "./settings-view";
import { renderTables } from "./tables-view";

const STATIC: [string, (t: ReturnType<typeof strings>) => string][] = [
  ["title", (t) => t.title],
  ["subtitle", (t) => t.subtitle],
  ["btn-periksa", (t) => t.periksa],
  ["btn-hitung", (t) => t.hitung],
  ["btn-narasi", (t) => t.narasi],
  ["btn-urungkan", (t) => t.urungkan],
  ["btn-siapkan", (t) => t.siapkan],
  ["btn-laporan", (t) => t.laporan],
  ["laporan-teks-title", (t) => t.laporanTeks],
  ["busy-text", (t) => t.busy],
  ["findings-title", (t) => t.temuan],
  ["narasi-title", (t) => t.narasiTitle],
  ["btn-salin", (t) => t.salin],
  ["settings-title", (t) => t.settings],
  ["tables-title", (t) => t.tablesTitle],
  ["help-link", (t) => t.help],
];

/** Controls of features the host has not: left out of the page (hidden, so out of the tab order too). */
function hideMissing(): void {
  const c = host.capabilities;
  $("btn-urungkan").hidden = !c.undo;
  $("btn-siapkan").hidden = !c.siapkan;
  $("diagnostik").hidden = !c.diagnostik;
}

function renderStatic(): void {
  const t = strings();
  document.documentElement.lang = t.lang;
  for (const [id, text] of STATIC) $(id).textContent = text(t);
  $("btn-salin").setAttribute("aria-label", t.salinLabel);
  $("narasi").setAttribute("aria-label", t.narasiTitle);
  buildDiagnostik();
  hideMissing();
}

const ACTION_BUTTONS = [
  "btn-periksa",
  "btn-hitung",
  "btn-narasi",
  "btn-siapkan",
  "btn-laporan",
];

let tablesKey = "";
let settingsKey = "";

/** Rebuilds a form only when what it shows changes, so a choice not yet saved survives a re-render. */
function renderForm(
  body: string,
  title: string,
  key: string,
  last: string,
  build: () => void,
): string {
  if (key === last) return last;
  const focused = $(body).contains(document.activeElement) ? focusKey() : null;
  build();
  if (focused) restoreFocus(focused, $(title));
  return key;
}

function renderBar(): void {
  $("busy").hidden = !state.busy;
  document.body.setAttribute("aria-busy", String(state.busy));
  for (const id of ACTION_BUTTONS)
    ($(id) as HTMLButtonElement).disabled =
      state.busy || !!state.confirm || state.noWorkbook;
  ($("btn-urungkan") as HTMLButtonElement).disabled =
    state.busy || !!state.confirm || state.undoDepth === 0;
  const m = $("message");
  m.hidden = !state.message;
  m.className = `message ${state.message?.kind ?? ""}`;
  m.textContent = state.message?.text ?? "";
}

function render(): void {
  renderBar();
  renderConfirm();
  renderFindings();
  renderNarasi();
  renderDiagnostik();
  const tKey = JSON.stringify([
    state.analysis?.tables ?? null,
    state.analysis?.findings
      .filter((f) => f.code === "BARIS_TIDAK_DIKENALI")
      .map((f) => f.cell) ?? [],
    state.peta,
    state.busy,
  ]);
  tablesKey = renderForm(
    "tables-body",
    "tables-title",
    tKey,
    tablesKey,
    renderTables,
  );
  const sKey = JSON.stringify([
    state.settings,
    state.texts,
    state.analysis?.sasaran.map((x) => x.name) ?? [],
  ]);
  settingsKey = renderForm(
    "settings-body",
    "settings-title",
    sKey,
    settingsKey,
    renderSettings,
  );
  if (
    !state.busy &&
    !state.confirm &&
    (document.activeElement === document.body || !document.activeElement)
  )
    restoreFocus(focusMemory.last, document.body);
}

function openTextsForm(): void {
  if (!($("laporan-teks") as HTMLDetailsElement).open) return;
  void Promise.all([report(), host.loadStoreValues()])
    .then(([m, values]) =>
      m.renderTeksForm(
        $("laporan-teks-body"),
        values,
        (v) => void actions.saveLaporanTeks(v),
      ),
    )
    .catch((e) => actions.notify("error", errorMessage(e)));
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
  $("laporan-teks").addEventListener("toggle", openTextsForm);
  wireConfirm();
}

/** Starts the pane on the installed host: settings first, then the views; `then` runs after (the page's own start). */
export function startPane(
  then: () => Promise<void> = async () => undefined,
): Promise<void> {
  return start(async () => {
    subscribe(render);
    renderStatic();
    wire();
    render();
    await host.primeSheetList().catch(() => undefined);
    await actions.refreshUndo();
    await then();
  }).catch((e) => {
    // Even a failure before the pane is wired must be readable.
    const m = document.getElementById("message");
    if (m) {
      m.hidden = false;
      m.className = "message error";
      m.textContent = `Add-in tidak dapat dimuat: ${(e as Error)?.message ?? String(e)}`;
    }
  });
}
