// The add-in's state and the actions behind the pane's buttons and the ribbon's: thin glue between the adapter
// and the UI. Shared by src/taskpane/ and src/commands/, which never import each other.
import {
  Analysis,
  ColumnChange,
  EMPTY_PETA,
  Finding,
  NarrativeDocument,
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
import * as excel from "../excel";
import { Strings, stringsFor } from "./i18n";

export type MessageKind = "success" | "error" | "info";

export interface PaneState {
  busy: boolean;
  analysis: Analysis | null;
  /** What Salin copies: the report's text without the review notes. */
  narasi: string | null;
  /** The narrative as a document: the pane shows its text and, apart, its review notes. */
  narasiDoc: NarrativeDocument | null;
  /** Tugas pokok dan fungsi and strategi, kept in the workbook's store. */
  texts: NarrativeTexts;
  message: { kind: MessageKind; text: string } | null;
  settings: Settings;
  /** The user's column and row choices stored in the workbook (key `peta`). */
  peta: Peta;
  undoDepth: number;
}

export const state: PaneState = {
  busy: false,
  analysis: null,
  narasi: null,
  narasiDoc: null,
  texts: { tupoksi: "", strategi: "" },
  message: null,
  settings: withDefaults(),
  peta: EMPTY_PETA,
  undoDepth: 0,
};

let t: Strings = stringsFor("id-ID");
export const strings = (): Strings => t;

const listeners: (() => void)[] = [];
export function subscribe(fn: () => void): void {
  listeners.push(fn);
}
function changed(): void {
  for (const fn of listeners) fn();
}

/** Language, then the settings stored in the workbook (a read of its settings sheet). */
export async function init(): Promise<void> {
  t = stringsFor(excel.displayLanguage());
  changed();
  try {
    const loaded = await excel.loadSettings();
    state.peta = await excel.loadPeta();
    state.settings = withDefaults(loaded.settings);
    if (loaded.texts) state.texts = loaded.texts;
    if (loaded.unreadable.length)
      state.message = {
        kind: "info",
        text: t.settingsUnreadable(loaded.unreadable),
      };
  } catch (e) {
    state.message = { kind: "error", text: errorMessage(e) };
  }
  changed();
}

/** A readable sentence for any failure: Office errors by code, everything else by message. */
export function errorMessage(e: unknown): string {
  const err = e as {
    code?: string;
    message?: string;
    debugInfo?: { errorLocation?: string };
  };
  switch (err?.code) {
    case "InvalidOperationInCellEditMode":
      return "Excel sedang dalam mode edit sel. Tekan Enter atau Esc, lalu coba lagi.";
    case "ItemNotFound":
      return "Lembar atau sel yang dicari tidak ada lagi (mungkin diganti nama atau dihapus). Klik Periksa lalu coba lagi.";
    case "AccessDenied":
    case "InvalidOperation":
      return `Excel menolak perubahan (${err.code}): lembar mungkin terlindungi atau buku kerja hanya-baca.`;
    case "UndoNotSupported":
      return "Excel tidak dapat mencatat langkah ini sebagai satu langkah Undo. Coba lagi; tombol Urungkan di panel tetap dapat membatalkannya.";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "Buku kerja terlalu besar untuk dibaca sekaligus di Excel untuk web.";
  }
  const msg = err?.message || String(e);
  return `Terjadi kesalahan: ${msg}`;
}

/** Runs one action with the busy indicator; every failure becomes the pane's message (never only the console). */
async function act(fn: () => Promise<string>): Promise<boolean> {
  if (state.busy) return false;
  state.busy = true;
  state.message = null;
  changed();
  try {
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
    state.undoDepth = await excel.undoDepth();
  } catch {
    state.undoDepth = 0;
  }
}

function savePetaAndCheck(peta: Peta): Promise<boolean> {
  return act(async () => {
    await excel.savePeta(peta);
    state.peta = peta;
    const a = await excel.periksa(state.settings);
    state.analysis = a;
    return t.petaSaved(count(a, "error"), count(a, "warning"));
  });
}

export const actions = {
  periksa: () =>
    act(async () => {
      const a = await excel.periksa(state.settings);
      state.analysis = a;
      return t.periksaDone(count(a, "error"), count(a, "warning"));
    }),
  hitung: () =>
    act(async () => {
      const r = await excel.hitungCapaian(state.settings);
      state.analysis = r.analysis;
      await refreshUndo();
      return t.hitungDone(r.written, r.marked, count(r.analysis, "error"));
    }),
  narasi: () =>
    act(async () => {
      const r = await excel.buatNarasi(state.settings, undefined, state.texts);
      state.analysis = r.analysis;
      state.narasiDoc = r.document;
      state.narasi = renderText(r.document, { notes: false });
      await refreshUndo();
      return t.narasiDone(r.paragraphs.length);
    }),
  urungkan: () =>
    act(async () => {
      const label = await excel.urungkan();
      await refreshUndo();
      if (!label) return t.undoEmpty;
      // The workbook changed back: the findings shown are recomputed from it.
      state.analysis = await excel.periksa(state.settings);
      return t.undoDone(label);
    }),
  terapkan: (f: Finding) =>
    act(async () => {
      await excel.terapkan(f);
      await refreshUndo();
      state.analysis = await excel.periksa(state.settings);
      return t.applied(`${f.sheet}!${f.cell}`);
    }),
  /** The five empty tables of the default layout in new sheets (never over a sheet that holds something). */
  siapkanTabel: () =>
    act(async () => {
      const r = await excel.siapkanTabel();
      await refreshUndo();
      state.analysis = await excel.periksa(state.settings);
      return t.siapkanDone(r.written, r.kept);
    }),
  select: async (f: Finding) => {
    if (!f.sheet || !f.cell) return;
    try {
      await excel.selectCell(f.sheet, f.cell);
    } catch (e) {
      state.message = { kind: "error", text: errorMessage(e) };
      changed();
    }
  },
  /** Unduh Laporan: the workbook read here, the report built and offered by `download` (the pane's lazy chunk). */
  laporan: (
    download: (
      input: excel.LaporanRead & { settings: Settings },
    ) => Promise<{ fileName: string; errors: number; analysis: Analysis }>,
  ) =>
    act(async () => {
      const input = await excel.readForLaporan();
      const r = await download({ ...input, settings: state.settings });
      state.analysis = r.analysis;
      return t.laporanDone(r.fileName, r.errors);
    }),
  saveLaporanTeks: (values: Record<string, string | undefined>) =>
    act(async () => {
      await excel.saveStoreValues(values);
      return t.laporanTeksSaved;
    }),
  saveSettings: (s: Settings) =>
    act(async () => {
      state.settings = withDefaults(s);
      await excel.saveSettings(state.settings);
      return t.saved;
    }),
  saveTexts: (texts: NarrativeTexts) =>
    act(async () => {
      state.texts = texts;
      await excel.saveSettings(state.settings, texts);
      return t.teksSaved;
    }),
  /** Stores the user's parts for a table's columns (the peta) and checks again at once. */
  chooseColumns: (id: TableId, changes: ColumnChange[]) =>
    savePetaAndCheck(assignColumns(state.peta, id, changes)),
  /** Stores the user's kinds for rows (null: the reader decides again) and checks again at once. */
  chooseRowKinds: (kinds: { key: string; kind: RowKind | null }[]) =>
    savePetaAndCheck(
      kinds.reduce((p, k) => assignRowKind(p, k.key, k.kind), state.peta),
    ),
  notify: (kind: MessageKind, text: string) => {
    state.message = { kind, text };
    changed();
  },
  refreshUndo: async () => {
    await refreshUndo();
    changed();
  },
};
