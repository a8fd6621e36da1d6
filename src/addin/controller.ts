// The actions behind the pane's buttons and the ribbon's: thin glue between the host (src/excel) and the views.
// Every action waits for the workbook's settings (startup.ts) and turns any failure into the pane's message.
import {
  Analysis,
  ColumnChange,
  Finding,
  NarrativeTexts,
  Peta,
  RowKind,
  Settings,
  TableId,
  assignColumns,
  assignRowKind,
  renderText,
  withDefaults,
} from "../core";
import type { LaporanRead } from "../excel";
import { errorMessage } from "./errors";
import { HitungOutcome, NarasiOutcome, host } from "./host";
import { session, settingsReady, workbookChanged } from "./startup";
import { MessageKind, changed, state, strings } from "./state";

/** Runs one action with the busy indicator; every failure becomes the pane's message (never only the console). */
async function act(
  fn: () => Promise<string>,
  needsSettings = true,
): Promise<boolean> {
  session.interacted = true;
  if (state.busy) return false;
  state.busy = true;
  state.message = null;
  changed();
  try {
    if (needsSettings) await settingsReady();
    const text = await fn();
    state.message = { kind: "success", text };
    return true;
  } catch (e) {
    state.message = { kind: "error", text: errorMessage(e) };
    return false;
  } finally {
    state.busy = false;
    changed();
  }
}

const count = (a: Analysis, sev: Finding["severity"]) =>
  a.findings.filter((f) => f.severity === sev).length;

async function refreshUndo(): Promise<void> {
  try {
    state.undoDepth = await host.undoDepth();
  } catch {
    state.undoDepth = 0;
  }
}

/** The action waiting for the user's answer to the tool sheets' question. */
let pending: (() => Promise<string>) | null = null;

/**
 * An action that writes, and so needs the add-in's hidden sheets. Where they are missing and hiding a sheet would
 * empty the user's Ctrl+Z history (Excel on Windows and Mac), the pane asks first, once per workbook; the action runs
 * when the user agrees.
 */
async function withTools(fn: () => Promise<string>): Promise<boolean> {
  session.interacted = true;
  if (state.busy) return false;
  let ask = false;
  try {
    await settingsReady();
    ask =
      host.hidingClearsUndo() && (await host.missingToolSheets()).length > 0;
  } catch {
    ask = false; // the action itself will say what is wrong
  }
  if (!ask) return act(fn);
  pending = fn;
  const t = strings();
  state.confirm = {
    kind: "tools",
    title: t.toolsTitle,
    text: t.toolsText,
    ok: t.toolsOk,
    cancel: t.cancel,
  };
  state.message = { kind: "info", text: t.toolsWaiting };
  changed();
  return false;
}

function savePetaAndCheck(peta: Peta): Promise<boolean> {
  return withTools(async () => {
    await host.savePeta(peta);
    state.peta = peta;
    const a = await host.periksa(state.settings);
    state.analysis = a;
    return saved(strings().petaSaved(count(a, "error"), count(a, "warning")));
  });
}

async function urungkanText(): Promise<string> {
  const t = strings();
  const o = await host.urungkanLangkah();
  await refreshUndo();
  if (!o) return t.undoEmpty;
  // The workbook changed back: the findings shown are recomputed from it.
  state.analysis = await host.periksa(state.settings);
  if (o.unreadable) return t.undoUnreadable;
  const skipped = o.skippedSheets
    .map((s) => t.undoSkipped(s.sheet, s.cells))
    .join(" ");
  return `${t.undoDone(o.label)}${skipped ? ` ${skipped}` : ""}`;
}

/** Where the workbook is a file the page holds, a saved choice lives in its copy until the user downloads it. */
const saved = (text: string): string =>
  host.capabilities.file ? `${text} ${strings().savedInCopy}` : text;

function hitungText(r: HitungOutcome): string {
  const t = strings();
  const errors = count(r.analysis, "error");
  if (r.download) return t.hitungFile(r.written, errors, r.download);
  const done = t.hitungDone(r.written, r.marked, errors);
  return r.notesFailed ? `${done} ${t.notesFailed(r.notesFailed)}` : done;
}

function narasiText(r: NarasiOutcome): string {
  const t = strings();
  const n = r.paragraphs.length;
  if (r.download) return t.narasiFile(n, r.download);
  return host.capabilities.file ? t.narasiShown(n) : t.narasiDone(n);
}

export type Download = (
  input: LaporanRead & { settings: Settings },
) => Promise<{ fileName: string; errors: number; analysis: Analysis }>;

export const actions = {
  periksa: () =>
    act(async () => {
      const a = await host.periksa(state.settings);
      state.analysis = a;
      return strings().periksaDone(count(a, "error"), count(a, "warning"));
    }),
  hitung: () =>
    withTools(async () => {
      const r = await host.hitungCapaian(state.settings);
      state.analysis = r.analysis;
      await refreshUndo();
      return hitungText(r);
    }),
  narasi: () =>
    withTools(async () => {
      const r = await host.buatNarasi(state.settings, undefined, state.texts);
      state.analysis = r.analysis;
      state.narasiDoc = r.document;
      state.narasi = renderText(r.document, { notes: false });
      await refreshUndo();
      return narasiText(r);
    }),
  urungkan: () => act(urungkanText),
  terapkan: (f: Finding) =>
    withTools(async () => {
      await host.terapkan(f);
      await refreshUndo();
      state.analysis = await host.periksa(state.settings);
      const cell = `${f.sheet}!${f.cell}`;
      const t = strings();
      return host.capabilities.file ? t.appliedFile(cell) : t.applied(cell);
    }),
  /** The five empty tables of the default layout in new sheets (never over a sheet that holds something). */
  siapkanTabel: () =>
    withTools(async () => {
      const r = await host.siapkanTabel();
      await refreshUndo();
      state.analysis = await host.periksa(state.settings);
      return strings().siapkanDone(r.written, r.kept);
    }),
  select: async (f: Finding) => {
    if (!f.sheet || !f.cell) return;
    try {
      await host.selectCell(f.sheet, f.cell);
    } catch (e) {
      state.message = { kind: "error", text: errorMessage(e) };
      changed();
    }
  },
  /**
   * Unduh Laporan: the workbook read here, the report built and offered by `download` (the pane's lazy chunk). On
   * Excel for Mac no download can happen (WKWebView), so none is attempted and the user is told what works.
   */
  laporan: (download: Download) => {
    if (!host.canOfferDownload()) {
      session.interacted = true;
      actions.notify("info", strings().laporanMac);
      return Promise.resolve(false);
    }
    return act(async () => {
      const input = await host.readForLaporan();
      const r = await download({ ...input, settings: state.settings });
      state.analysis = r.analysis;
      const t = strings();
      return host.capabilities.file
        ? t.laporanFile(r.fileName, r.errors)
        : t.laporanDone(r.fileName, r.errors);
    });
  },
  saveLaporanTeks: (values: Record<string, string | undefined>) =>
    withTools(async () => {
      await host.saveStoreValues(values);
      return saved(strings().laporanTeksSaved);
    }),
  saveSettings: (s: Settings) =>
    withTools(async () => {
      state.settings = withDefaults(s);
      await host.saveSettings(state.settings);
      return saved(strings().saved);
    }),
  saveTexts: (texts: NarrativeTexts) =>
    withTools(async () => {
      state.texts = texts;
      await host.saveSettings(state.settings, texts);
      return saved(strings().teksSaved);
    }),
  /** Stores the user's parts for a table's columns (the peta) and checks again at once. */
  chooseColumns: (id: TableId, changes: ColumnChange[]) =>
    savePetaAndCheck(assignColumns(state.peta, id, changes)),
  /** Stores the user's kinds for rows (null: the reader decides again) and checks again at once. */
  chooseRowKinds: (kinds: { key: string; kind: RowKind | null }[]) =>
    savePetaAndCheck(
      kinds.reduce((p, k) => assignRowKind(p, k.key, k.kind), state.peta),
    ),
  /** Diagnostik: asks first (it adds, hides and removes a scratch sheet); runs on confirm. */
  diagnostik: () => {
    session.interacted = true;
    if (state.busy) return;
    const t = strings();
    state.confirm = {
      kind: "diagnostik",
      title: t.diagTitle,
      text: t.diagText(host.hidingClearsUndo()),
      ok: t.diagOk,
      cancel: t.cancel,
    };
    changed();
  },
  /** The user's answer to the pane's question. */
  answer: (yes: boolean): Promise<boolean> => {
    const c = state.confirm;
    state.confirm = null;
    const fn = pending;
    pending = null;
    if (!c || !yes) {
      actions.notify("info", strings().cancelled);
      return Promise.resolve(false);
    }
    if (c.kind === "diagnostik") return runDiagnostik();
    return act(async () => {
      await host.ensureToolSheets();
      return fn ? fn() : strings().toolsReady;
    });
  },
  /**
   * Another workbook was given to the host (the web page opened a file; `open` loads it and returns its name): the
   * pane forgets the last one, reads the new one's settings and checks it.
   */
  workbookOpened: (open: () => Promise<string>) =>
    act(async () => {
      const name = await open();
      state.noWorkbook = false;
      await workbookChanged();
      const a = await host.periksa(state.settings);
      state.analysis = a;
      return strings().opened(name, count(a, "error"), count(a, "warning"));
    }, false),
  notify: (kind: MessageKind, text: string) => {
    state.message = { kind, text };
    changed();
  },
  refreshUndo: async () => {
    await refreshUndo();
    changed();
  },
};

async function runDiagnostik(): Promise<boolean> {
  const d = state.diagnostik;
  Object.assign(d, { running: true, lines: [], summary: null, report: null });
  return act(async () => {
    try {
      const r = await host.runDiagnostik((l) => {
        d.lines = [...d.lines, l];
        changed();
      });
      d.summary = host.diagnostikSummary(r.lines);
      d.report = host.diagnostikReport(r, d.summary);
      return d.summary;
    } finally {
      d.running = false;
    }
  }, false); // runs even when the settings could not be read: that is when it is most wanted
}
