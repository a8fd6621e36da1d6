// The add-in's state, shared by the pane's views and the ribbon handlers, and who is told when it changes.
import {
  Analysis,
  EMPTY_PETA,
  NarrativeDocument,
  NarrativeTexts,
  Peta,
  Settings,
  withDefaults,
} from "../core";
import type { DiagLine } from "../excel";
import { Strings, stringsFor } from "./i18n";

export type MessageKind = "success" | "error" | "info";

/** A question the pane asks before a step the user must agree to (what it does, and what it costs). */
export interface Confirm {
  kind: "tools" | "diagnostik";
  title: string;
  /** Paragraphs. */
  text: string[];
  ok: string;
  cancel: string;
}

export interface DiagnostikState {
  running: boolean;
  lines: DiagLine[];
  summary: string | null;
  /** The short text report Salin copies. */
  report: string | null;
}

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
  /** The workbook's stored settings have been read (until then no click computes: it waits for them). */
  settingsLoaded: boolean;
  /** The user's column and row choices stored in the workbook (key `peta`). */
  peta: Peta;
  undoDepth: number;
  confirm: Confirm | null;
  diagnostik: DiagnostikState;
  /** No workbook yet (the web page before a file is opened): the actions wait for one. */
  noWorkbook: boolean;
}

export const state: PaneState = {
  busy: false,
  analysis: null,
  narasi: null,
  narasiDoc: null,
  texts: { tupoksi: "", strategi: "" },
  message: null,
  settings: withDefaults(),
  settingsLoaded: false,
  peta: EMPTY_PETA,
  undoDepth: 0,
  confirm: null,
  diagnostik: { running: false, lines: [], summary: null, report: null },
  noWorkbook: false,
};

let t: Strings = stringsFor("id-ID");
export const strings = (): Strings => t;
export function setLanguage(language: string): void {
  t = stringsFor(language);
}

const listeners: (() => void)[] = [];
export function subscribe(fn: () => void): void {
  listeners.push(fn);
}
export function changed(): void {
  for (const fn of listeners) fn();
}
