// The engine: checks every sum and cross-table figure, computes the derived cells (Hitung Capaian),
// and gathers the figures the narrative is written from. Pure: grid in, findings and cells out.
import { Settings, withDefaults } from "./capaian";
import { checkAnggaran } from "./anggaran";
import { Ctx } from "./context";
import Decimal from "decimal.js";
import { Finding, finding, shortName, sortFindings } from "./findings";
import { formatAngka } from "./format";
import { checkGroups, checkSubCapaian } from "./hierarchy";
import { PETA_KEY, Peta, parsePeta } from "./peta";
import { GridWorkbook, a1, columnLetters } from "./grid";
import { checkKinerja } from "./kinerja";
import { Field, Report, Row, buildReport } from "./model";
import { ANY_CAPTION, CAPTION_WINDOW, FoundTable, readTables } from "./reader";
import { displayText } from "./number";
import { SETTINGS_SHEET, readStore, settingsFromStore } from "./store";
import { names, structure } from "./structure";
import { TABLE_IDS, TABLE_SPECS } from "./tables";
import { Analysis, SasaranFigures } from "./types";
import { applyVerdicts } from "./verdicts";

export { detectPeriod } from "./period";

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

/** The caption line written above a table's header (any number or none), for the pane: `Tabel 19 …`. */
function captionAbove(t: FoundTable): string | null {
  const top = t.headerRows[0];
  for (let r = top - 1; r >= Math.max(0, top - CAPTION_WINDOW); r--)
    for (let c = t.view.firstCol; c <= t.view.lastCol; c++) {
      const text = displayText(t.view.cell(r, c)).trim();
      if (text && ANY_CAPTION.test(text)) return shortName(text, 80);
    }
  return null;
}

/** The columns' parts and the unused columns of a found table, for the pane and the command line. */
function tableColumns(
  t: FoundTable,
): Pick<
  Analysis["tables"][number],
  "foundBy" | "caption" | "columns" | "unused"
> {
  const head = t.headerRows[t.headerRows.length - 1];
  const label = (c: number) =>
    displayText(t.view.cell(head, c)) ||
    displayText(t.view.cell(t.headerRows[0], c));
  const title = (k: string) =>
    TABLE_SPECS[t.id].columns.find((s) => s.key === k)?.title ?? k;
  const columns = [
    ...Object.entries(t.columns).map(([key, c]) => ({
      key,
      title: title(key),
      col: columnLetters(c!),
      label: label(c!),
    })),
    ...Object.entries(t.sums).map(([key, cs]) => ({
      key,
      title: title(key),
      col: cs!.map(columnLetters).join("+"),
      label: cs!.map(label).join(" + "),
    })),
  ].sort((x, y) => x.col.length - y.col.length || x.col.localeCompare(y.col));
  const caption = captionAbove(t);
  return {
    foundBy: t.foundBy,
    ...(caption ? { caption } : {}),
    columns,
    unused: t.unused.map((u) => ({
      col: columnLetters(u.col),
      label: u.label,
    })),
  };
}

/** Every input cell the report placed, for a sweep over the whole workbook's figures. */
function* reportFields(report: Report): Iterable<Field> {
  const rows: (Row | undefined)[] = [
    ...report.subCapaian,
    ...report.groups.map((g) => g.row),
  ];
  for (const s of report.sasaran) {
    rows.push(s.pk, s.anggaran, s.jumlah, s.capaian, s.cost);
    for (const x of s.subs) rows.push(x.rincian, x.cost);
  }
  for (const r of rows)
    if (r) for (const v of Object.values(r)) if (v instanceof Field) yield v;
}

/** A report whose titles state no year but whose columns are headed by year: the year read. */
function yearOfColumns(read: ReturnType<typeof readTables>): number | null {
  for (const t of Object.values(read.tables))
    for (const c of t!.choices) {
      const y = /\b(20\d\d)\b/.exec(c.label);
      if (y && c.col !== null) return Number(y[1]);
    }
  return null;
}

export interface AnalyzeOptions {
  /** The user's column and row choices; absent: the workbook's own (settings store, key `peta`). */
  peta?: Peta;
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
  options: AnalyzeOptions = {},
): Analysis {
  const { settings, unreadable } = effectiveSettings(wb, settingsIn);
  const stored = options.peta
    ? null
    : parsePeta(readStore(wb).values[PETA_KEY]);
  const read = readTables(wb, options.peta ?? stored!.peta);
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
  for (const p of stored?.problems ?? [])
    ctx.findings.push({
      ...finding(
        "PENGATURAN_TIDAK_TERBACA",
        null,
        `Pilihan kolom/baris yang tersimpan (peta) tidak dapat dipakai seluruhnya: ${p}. Bagian lain tetap dipakai.`,
      ),
      severity: "warning",
    });
  // The checks below may fault the same cell; which finding it keeps is decided by ROOT_CAUSE_STAGE (findings.ts),
  // the earliest cause winning, so the order they run in here never changes the result.
  const figs = report.sasaran.map((s) =>
    checkKinerja(ctx, s, settings, checkAnggaran(ctx, s)),
  );
  checkGroups(ctx, report);
  checkSubCapaian(ctx, report);
  ctx.sweepMalformed();
  ctx.sweepAmbiguous(() => reportFields(report));
  if (ctx.english)
    ctx.findings.push(
      finding(
        "ANGKA_INGGRIS",
        ctx.english,
        `Buku kerja ini menulis angka dengan pemisah cara Inggris (koma untuk ribuan, titik untuk desimal), misalnya "${ctx.english.text}" di sel ${ctx.english.address}. Angka yang jelas maknanya dibaca begitu (${ctx.english.text} = ${formatAngka(ctx.english.parsed.kind === "number" ? ctx.english.parsed.value : new Decimal(0))}); angka yang dapat dibaca dua cara dilaporkan sendiri-sendiri.`,
      ),
    );
  names(ctx, report);
  const findings = sortFindings(ctx.findings);
  attachDoubts(figs, report, findings);
  const period = {
    triwulan: read.period.triwulan,
    tahun: read.period.tahun ?? yearOfColumns(read),
  };
  applyVerdicts(figs, period);
  return {
    findings,
    derived: ctx.derived,
    sasaran: figs,
    period,
    settings,
    tables: TABLE_IDS.map((id) => {
      const t = read.tables[id];
      return {
        id,
        found: !!t,
        sheet: t ? t.view.name : null,
        header: t ? a1(t.headerRows[0], t.left) : null,
        rows: t ? t.rows.length : 0,
        ...(t ? tableColumns(t) : {}),
      };
    }),
  };
}
