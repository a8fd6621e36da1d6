// The engine: checks every sum and cross-table figure, computes the derived cells (Hitung Capaian),
// and gathers the figures the narrative is written from. Pure: grid in, findings and cells out.
import { Settings, withDefaults } from "./capaian";
import { checkAnggaran } from "./anggaran";
import { Ctx } from "./context";
import { Finding, sortFindings } from "./findings";
import { GridWorkbook, a1 } from "./grid";
import { checkKinerja } from "./kinerja";
import { Field, Report, Row, buildReport } from "./model";
import { FoundTable, readTables } from "./reader";
import {
  SETTINGS_SHEET,
  isToolSheet,
  readStore,
  settingsFromStore,
} from "./store";
import { names, structure } from "./structure";
import { TABLE_IDS } from "./tables";
import { Analysis, Period, SasaranFigures } from "./types";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

type Cells = GridWorkbook["sheets"][number]["cells"];
const TRIWULAN = /triwulan(?:an)?\s+(iv|iii|ii|i|[1-4])\b/i;
const YEAR_CONTEXT = /(tahun|triwulan|tabel|laporan)/i;
const YEAR = /\b(20\d\d)\b/;

/** Rows that can hold a period: the top of each sheet (cover, titles) and the lines around each caption. */
function titleRows(
  wb: GridWorkbook,
  captions: { view: { sheet: { top: number; cells: Cells } }; row: number }[],
): Cells {
  const rows: Cells = [];
  for (const sheet of wb.sheets)
    if (!isToolSheet(sheet.name)) rows.push(...sheet.cells.slice(0, 15));
  for (const c of captions)
    rows.push(
      ...c.view.sheet.cells.slice(
        c.row - c.view.sheet.top,
        c.row - c.view.sheet.top + 3,
      ),
    );
  return rows;
}

/** Triwulan and year from the captions and titles (`Tahun 2024 - Triwulanan I`). */
export function detectPeriod(
  wb: GridWorkbook,
  captions: Parameters<typeof titleRows>[1] = [],
): Period {
  let triwulan: number | null = null;
  let tahun: number | null = null;
  for (const row of titleRows(wb, captions)) {
    for (const cell of row ?? []) {
      const v = cell?.value;
      if (typeof v !== "string" || v.length > 300) continue;
      const m: RegExpExecArray | null =
        triwulan === null ? TRIWULAN.exec(v) : null;
      if (m) triwulan = ROMAN[m[1].toLowerCase()] ?? Number(m[1]);
      const y: RegExpExecArray | null =
        tahun === null && YEAR_CONTEXT.test(v) ? YEAR.exec(v) : null;
      if (y) tahun = Number(y[1]);
      if (triwulan !== null && tahun !== null) return { triwulan, tahun };
    }
  }
  return { triwulan, tahun };
}

function attachDoubts(
  figs: SasaranFigures[],
  report: Report,
  findings: Finding[],
): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (
      f.severity !== "error" ||
      !f.sheet ||
      f.row === undefined ||
      f.col === undefined
    )
      continue;
    const k = `${f.sheet}!${f.row * 16384 + f.col}`;
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  if (byCell.size === 0) return;
  const rowsWithDoubt = new Set(
    [...byCell.keys()].map((k) =>
      k.replace(/\d+$/, (n) => String(Math.floor(Number(n) / 16384))),
    ),
  );
  const of = (row: Row | undefined): Finding[] => {
    if (!row || !rowsWithDoubt.has(`${row.sheet}!${row.row}`)) return [];
    return (
      Object.values(row).filter((v) => v instanceof Field) as Field[]
    ).flatMap((f) => byCell.get(`${f.sheet}!${f.row * 16384 + f.col}`) ?? []);
  };
  figs.forEach((fig, i) => {
    const s = report.sasaran[i];
    fig.doubtful = [
      ...of(s.pk),
      ...of(s.anggaran),
      ...of(s.jumlah),
      ...of(s.capaian),
      ...of(s.cost),
    ];
    fig.subs.forEach(
      (sub, j) =>
        (sub.doubtful = [...of(s.subs[j].rincian), ...of(s.subs[j].cost)]),
    );
  });
}

/** Two sheets or captions claiming one table: say which one was read (spec §1). */
function duplicateTables(ctx: Ctx, read: ReturnType<typeof readTables>): void {
  for (const { chosen, others } of read.duplicates) {
    const row = chosen.headerRows[0];
    const at = new Field(
      chosen.id,
      chosen.view.name,
      row,
      chosen.left,
      chosen.view.cell(row, chosen.left),
    );
    const place = (t: FoundTable) =>
      `${t.view.sheet.hidden ? "lembar tersembunyi" : "lembar"} "${t.view.name}" (judul kolom di ${a1(t.headerRows[0], t.left)})`;
    const why = chosen.view.sheet.hidden
      ? "semuanya tersembunyi, jadi yang pertama menurut urutan lembar dibaca"
      : others.every((t) => t.view.sheet.hidden)
        ? "yang terlihat yang dibaca"
        : "yang pertama menurut urutan lembar dibaca";
    ctx.add(
      "TABEL_GANDA",
      at,
      `Tabel ${chosen.id} ditemukan di lebih dari satu tempat (${why}): dibaca dari ${place(chosen)}; tidak dibaca: ${others.map(place).join(", ")}. Hapus atau ganti nama salinan yang tidak dipakai.`,
    );
  }
}

/** Settings the engine uses: the workbook's own store (LKjIP_Pengaturan), then the caller's overrides. */
export function effectiveSettings(
  wb: GridWorkbook,
  overrides?: Partial<Settings>,
): { settings: Settings; unreadable: string[] } {
  const store = readStore(wb);
  const { settings, invalid } = settingsFromStore(store.values);
  const defined = Object.fromEntries(
    Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined),
  );
  return {
    settings: withDefaults({ ...settings, ...defined }),
    unreadable: [...store.unreadable, ...invalid],
  };
}

export function analyze(
  wb: GridWorkbook,
  settingsIn?: Partial<Settings>,
): Analysis {
  const { settings, unreadable } = effectiveSettings(wb, settingsIn);
  const read = readTables(wb);
  const report = buildReport(read);
  const ctx = new Ctx();
  structure(ctx, report);
  duplicateTables(ctx, read);
  for (const key of unreadable)
    ctx.add(
      "PENGATURAN_TIDAK_TERBACA",
      null,
      `Pengaturan "${key}" yang tersimpan di buku kerja (lembar ${SETTINGS_SHEET}) tidak dapat dibaca; nilai bawaannya dipakai.`,
    );
  const figs = report.sasaran.map((s) =>
    checkKinerja(ctx, s, settings, checkAnggaran(ctx, s)),
  );
  ctx.sweepMalformed();
  names(ctx, report);
  const findings = sortFindings(ctx.findings);
  attachDoubts(figs, report, findings);
  return {
    findings,
    derived: ctx.derived,
    sasaran: figs,
    period: detectPeriod(wb, read.captions),
    settings,
    tables: TABLE_IDS.map((id) => {
      const t = read.tables[id];
      return {
        id,
        found: !!t,
        sheet: t ? t.view.name : null,
        header: t ? a1(t.headerRows[0], t.left) : null,
        rows: t ? t.rows.length : 0,
      };
    }),
  };
}
