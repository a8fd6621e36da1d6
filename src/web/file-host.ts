// The second host of the pane: a workbook file held by the web page, read and patched in the browser by src/xlsx (the
// package reader and patching writer the command line uses). The page keeps a copy of the file's bytes: every change
// (Hitung, the Narasi sheet, Terapkan, settings and texts in LKjIP_Pengaturan) is made to that copy, and Hitung and
// Buat Narasi offer it as a download; the user's file is never touched and nothing leaves the machine.
import {
  Analysis,
  Finding,
  GridWorkbook,
  NarrativeTexts,
  Settings,
  analyze,
  buildNarrativeDocument,
  narasiParagraf,
  parseA1,
  sortFindings,
} from "../core";
import type {
  HitungOutcome,
  Host,
  HostCapabilities,
  NarasiOutcome,
} from "../addin";
import {
  OpenedWorkbook,
  SheetCellPatch,
  notAWorkbook,
  openWorkbook,
  patchXlsx,
  readFindings,
  readXlsx,
  writeNarasiSheet,
} from "../xlsx";
import { FileStore } from "./file-store";

/** Offers bytes as a file the browser downloads (its name and MIME type). */
export type Offer = (bytes: Uint8Array, fileName: string, type: string) => void;

const XLSX_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** An error whose message is the sentence for the user (the pane shows it as it is). */
function userError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code: `LKjIP.${code}` });
}

const notHere = (what: string) => () =>
  Promise.reject(
    userError(
      "NotInPage",
      `${what} hanya ada di add-in Excel, tidak di halaman ini.`,
    ),
  );

interface Held {
  name: string;
  opened: OpenedWorkbook;
  /** The copy has changes not yet offered as a download. */
  changed: boolean;
}

export class FileHost extends FileStore implements Host {
  readonly capabilities: HostCapabilities = {
    selectCell: false,
    undo: false,
    siapkan: false,
    diagnostik: false,
    ribbon: false,
    file: true,
  };
  /** Buat Narasi also writes the Narasi sheet into the copy and offers it (the page's checkbox). */
  narasiSheet = false;
  protected held: Held | null = null;

  constructor(private readonly offer: Offer) {
    super();
  }

  /** Makes the file's bytes the workbook the pane works on; a file that is no workbook is refused (one sentence). */
  open(name: string, bytes: Uint8Array): string {
    let opened: OpenedWorkbook;
    try {
      // An .xlsx package, or the HTML table a SIPD tool saves as .xls (a new .xlsx is offered).
      opened = openWorkbook(bytes);
    } catch (e) {
      throw userError("Unreadable", notAWorkbook(name, e));
    }
    this.held = { name, opened, changed: false };
    return name;
  }

  get fileName(): string | null {
    return this.held?.name ?? null;
  }

  get changed(): boolean {
    return this.held?.changed ?? false;
  }

  /** The name the copy is offered under: `Laporan-hasil.xlsx` (an .xlsm stays an .xlsm). */
  downloadName(): string {
    const name = this.held?.name ?? "buku-kerja.xlsx";
    const macro = /\.xlsm$/i.test(name);
    return `${name.replace(/\.(xlsx|xlsm|xls)$/i, "")}-hasil${macro ? ".xlsm" : ".xlsx"}`;
  }

  /** Offers the copy as it stands; its name. Its changes count as downloaded from then on. */
  download(): string {
    const held = this.workbook();
    const name = this.downloadName();
    this.offer(held.opened.pkg.zip.bytes, name, this.downloadType());
    held.changed = false;
    return name;
  }

  /** The MIME type of the copy: macro-enabled when the file was an .xlsm. */
  downloadType(): string {
    return /\.xlsm$/i.test(this.held?.name ?? "") ? XLSM_TYPE : XLSX_TYPE;
  }

  protected get empty(): boolean {
    return this.held === null;
  }

  protected workbook(): Held {
    if (!this.held)
      throw userError("NoWorkbook", "Buka buku kerja (.xlsx) dulu.");
    return this.held;
  }

  protected grid(): GridWorkbook {
    return this.workbook().opened.grid;
  }

  /** The copy replaced by a patched package (read again: what the pane shows is what the download holds). */
  protected replace(bytes: Uint8Array): void {
    const held = this.workbook();
    if (bytes === held.opened.pkg.zip.bytes) return;
    held.opened = readXlsx(bytes);
    held.changed = true;
  }

  /** The engine on the copy, with what the package reader could not read said first (as the command line does). */
  private analysis(settings: Partial<Settings>): Analysis {
    const { opened } = this.workbook();
    const a = analyze(opened.grid, settings);
    if (opened.problems.length)
      a.findings = sortFindings([
        ...readFindings(opened.problems),
        ...a.findings,
      ]);
    return a;
  }

  // ------------------------------------------------------------------ the pane's actions

  async periksa(settings: Partial<Settings>): Promise<Analysis> {
    return this.analysis(settings);
  }

  async hitungCapaian(settings: Partial<Settings>): Promise<HitungOutcome> {
    const analysis = this.analysis(settings);
    const patched = patchXlsx(this.workbook().opened, analysis.derived);
    this.replace(patched.bytes);
    const download = this.download();
    return { analysis, written: patched.written, marked: 0, download };
  }

  async buatNarasi(
    settings: Partial<Settings>,
    panjang?: "ringkas" | "lengkap",
    texts?: Partial<NarrativeTexts>,
  ): Promise<NarasiOutcome> {
    const analysis = this.analysis(settings);
    const opts = { panjang: panjang ?? analysis.settings.narasi, texts };
    const paragraphs = narasiParagraf(analysis, opts);
    const document = buildNarrativeDocument(analysis, opts);
    if (!this.narasiSheet) return { analysis, paragraphs, document };
    this.replace(writeNarasiSheet(this.workbook().opened, paragraphs).bytes);
    return { analysis, paragraphs, document, download: this.download() };
  }

  /** Terapkan: the finding's value into its cell of the copy (a change the user chose; the file is untouched). */
  async terapkan(f: Finding): Promise<void> {
    const at = f.cell ? parseA1(f.cell) : null;
    if (!f.sheet || !at || f.expected === null)
      throw userError(
        "NoValue",
        "Temuan ini tidak memiliki nilai yang dapat diterapkan.",
      );
    const patch: SheetCellPatch = {
      sheet: f.sheet,
      row: at.row,
      col: at.col,
      content:
        typeof f.expected === "number"
          ? {
              kind: "number",
              value: f.expected,
              numFmt: f.expectedKind === "persen" ? "0.00%" : "#,##0",
            }
          : { kind: "text", text: f.expected },
    };
    this.replace(patchXlsx(this.workbook().opened, [], null, [patch]).bytes);
  }

  async readForLaporan(): Promise<{
    grid: GridWorkbook;
    store: Record<string, unknown>;
  }> {
    return { grid: this.grid(), store: await this.loadStoreValues() };
  }

  // ------------------------------------------------------------------ what a file has not

  onReady = () => Promise.resolve();
  displayLanguage = () => "id-ID";
  associate = () => undefined;
  showPane = () => Promise.resolve();
  canOfferDownload = () => true;
  hidingClearsUndo = () => false;
  missingToolSheets = () => Promise.resolve([]);
  ensureToolSheets = () => Promise.resolve();
  primeSheetList = () => Promise.resolve();
  selectCell = () => Promise.resolve();
  undoDepth = () => Promise.resolve(0);
  urungkanLangkah = notHere("Urungkan");
  siapkanTabel = notHere("Siapkan Tabel");
  runDiagnostik = notHere("Diagnostik");
  diagnostikSummary = () => "";
  diagnostikReport = () => "";
}
