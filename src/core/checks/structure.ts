// Structure: missing tables and columns, how columns were chosen, tables claimed twice, the period stated two
// ways, rows that could not be placed, rows without a counterpart in another table, and stored settings unread.
import { CellAt } from "../cell";
import { finding, shortName } from "../findings";
import { a1, columnLetters } from "../grid";
import { Field, Report } from "../model";
import { displayText } from "../number";
import { PeriodRead } from "../period";
import { FoundTable, ReadResult } from "../reader";
import { SETTINGS_SHEET } from "../store";
import { TABLE_IDS, TABLE_SPECS, TableId } from "../tables";
import { Ctx } from "./context";
import { rowLinks } from "./links";

const tableName = (t: FoundTable) =>
  t.foundBy === "content"
    ? `dikenali dari judul kolomnya`
    : TABLE_SPECS[t.id].title;

/** Rule: the workbook holds at least one of the five tables (an error: nothing else can be checked). */
function noTables(ctx: Ctx): void {
  const f = finding(
    "TABEL_TIDAK_DITEMUKAN",
    null,
    `Tidak ada tabel yang dikenali di buku kerja ini. Beri nama lembar kerja "Tabel 2.1" … "Tabel 3.2", tulis judul "Tabel X.Y" di atas tabelnya, atau pastikan judul kolomnya memuat kata seperti Sasaran, Indikator, Target, Realisasi, Pagu/Anggaran dan Capaian.`,
  );
  ctx.findings.push({ ...f, severity: "error" });
}

/** Rule: each of the five tables is found; one that is not is named with what cannot be checked without it. */
function missingTable(ctx: Ctx, id: TableId): void {
  ctx.add(
    "TABEL_TIDAK_DITEMUKAN",
    null,
    `Tabel ${id} (${TABLE_SPECS[id].title}) tidak ditemukan, jadi ${TABLE_SPECS[id].checks}. Tabel lain tetap diperiksa. Bila tabel itu ada, beri nama lembar kerja "Tabel ${id}" atau tulis judul "Tabel ${id}" tepat di atas tabelnya.`,
  );
}

/** A found table's header, for the findings about its columns. */
interface HeaderPlace {
  table: FoundTable;
  /** The header cell in a column. */
  at: (col: number) => CellAt;
  /** `Tabel 2.1 (Perjanjian Kinerja, baris 5 lembar "…")`. */
  where: string;
}

function headerPlace(table: FoundTable): HeaderPlace {
  const hr = table.headerRows[0];
  return {
    table,
    at: (col) => ({
      sheet: table.view.name,
      row: hr,
      col,
      address: a1(hr, col),
      text: displayText(table.view.cell(hr, col)),
      table: table.id,
    }),
    where: `Tabel ${table.id} (${tableName(table)}, baris ${hr + 1} lembar "${table.view.name}")`,
  };
}

/** Rule: a table's header has its required columns. A table found by its header is checked for what it has; what it lacks is one warning. */
function missingColumns(ctx: Ctx, h: HeaderPlace): void {
  const { table } = h;
  if (table.foundBy === "content" && table.missing.length) {
    const sig = new Set(TABLE_SPECS[table.id].signature.flat());
    const absent = table.missing.filter((c) => !sig.has(c.key));
    if (absent.length) {
      const f = finding(
        "KOLOM_TIDAK_DITEMUKAN",
        h.at(table.left),
        `${h.where} tidak memuat kolom ${absent.map((c) => `"${c.title}"`).join(", ")}; pemeriksaan yang membutuhkannya tidak dijalankan. Bila kolom itu ada dengan judul lain, perbaiki judulnya.`,
      );
      ctx.findings.push({ ...f, severity: "warning" });
    }
    return;
  }
  const hr = table.headerRows[0];
  for (const col of table.missing)
    ctx.findings.push(
      finding(
        "KOLOM_TIDAK_DITEMUKAN",
        h.at(table.left),
        `Kolom "${col.title}" tidak ditemukan pada judul kolom Tabel ${table.id} (baris ${hr + 1} lembar "${table.view.name}"). Tambahkan kolom itu atau perbaiki judulnya.`,
      ),
    );
}

/** Where a part was read from among several columns (months, years), said so the user can check it. */
function columnChoices(ctx: Ctx, h: HeaderPlace): void {
  for (const ch of h.table.choices) {
    const others = ch.others.length
      ? ` Tidak dipakai sebagai ${ch.title}: ${ch.others.map((o) => `${columnLetters(o.col)} "${o.label}"`).join(", ")}.`
      : "";
    const used =
      ch.col !== null
        ? `kolom ${columnLetters(ch.col)} "${ch.label}"`
        : `jumlah kolom ${ch.summed.map((p) => columnLetters(p.col)).join(", ")}`;
    ctx.findings.push(
      finding(
        "KOLOM_DIPILIH",
        h.at(ch.col ?? ch.summed[0]?.col ?? h.table.left),
        `${ch.title} ${h.where} dibaca dari ${used} (${ch.why}).${others} Bila bukan kolom ini yang dimaksud, ubah judul kolomnya.`,
      ),
    );
  }
}

function unusedColumns(ctx: Ctx, h: HeaderPlace): void {
  const { unused } = h.table;
  if (unused.length)
    ctx.findings.push(
      finding(
        "KOLOM_TIDAK_DIPAKAI",
        h.at(unused[0].col),
        `Kolom yang tidak dipakai untuk pemeriksaan pada ${h.where}: ${unused.map((u) => `${columnLetters(u.col)} "${u.label}"`).join(", ")}.`,
      ),
    );
}

/** Rule: the cover, titles and tables state one triwulan. */
function periodMismatch(ctx: Ctx, period: PeriodRead): void {
  const tw = new Set(period.mentions.map((m) => m.triwulan));
  if (tw.size <= 1) return;
  const [first, ...rest] = period.mentions;
  const other = rest.find((m) => m.triwulan !== first.triwulan)!;
  ctx.findings.push(
    finding(
      "PERIODE_BERBEDA",
      {
        sheet: other.sheet,
        row: other.row,
        col: other.col,
        address: a1(other.row, other.col),
        text: other.text,
      },
      `Periode laporan tertulis berbeda: "${shortName(first.text, 60)}" (lembar "${first.sheet}" sel ${a1(first.row, first.col)}) menyebut triwulan ${first.triwulan}, sedangkan sel ini menyebut triwulan ${other.triwulan}. Triwulan ${first.triwulan} dipakai; samakan periodenya.`,
    ),
  );
}

/** Rule: every row is placed (sasaran, program, kegiatan, sub kegiatan or total); one that is not is not checked. */
function unplacedRows(ctx: Ctx, report: Report): void {
  for (const r of report.unplaced) {
    const f = Object.values(r).find(
      (v): v is Field => v instanceof Field && v.text !== "",
    );
    if (!f) continue;
    ctx.add(
      "BARIS_TIDAK_DIKENALI",
      f,
      r.why
        ? `Baris ${r.row + 1} Tabel ${r.table} ("${shortName(f.text, 60)}", sel ${f.address}) tidak ditempatkan: ${r.why}. Baris ini tidak diperiksa; perbaiki nomornya, atau tentukan jenis barisnya lewat peta.`
        : `Baris ${r.row + 1} Tabel ${r.table} ("${shortName(f.text, 60)}", sel ${f.address}) tidak dapat ditempatkan sebagai sasaran, program, kegiatan, sub kegiatan atau jumlah, jadi tidak diperiksa. Beri nomor (1., 1.a) atau awalan nama (Program, Kegiatan, Sub Kegiatan), atau hapus baris itu.`,
    );
  }
}

export function structure(ctx: Ctx, report: Report): void {
  const t = report.read.tables;
  const found = TABLE_IDS.filter((id) => t[id]);
  if (found.length === 0) noTables(ctx);
  for (const id of TABLE_IDS) {
    const table = t[id];
    if (!table) {
      if (found.length) missingTable(ctx, id);
      continue;
    }
    const h = headerPlace(table);
    missingColumns(ctx, h);
    columnChoices(ctx, h);
    unusedColumns(ctx, h);
  }
  periodMismatch(ctx, report.read.period);
  unplacedRows(ctx, report);
  rowLinks(ctx, report);
}

/** Rule: one table, one place. Two sheets or captions claiming one table: say which one was read (spec §1). */
export function duplicateTables(ctx: Ctx, read: ReadResult): void {
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

/** Rule: every choice the peta makes applies; one that cannot (a sheet, row or column not there, …) is said (§9). */
export function petaChoices(ctx: Ctx, read: ReadResult): void {
  for (const p of read.petaProblems)
    ctx.findings.push(
      finding(
        "PETA_TIDAK_BERLAKU",
        p.at,
        `Pilihan peta tidak dapat dipakai: ${p.message}. Tabel dibaca seperti tanpa pilihan itu.`,
      ),
    );
  const bodies = Object.values(read.tables).map((t) => ({
    sheet: t!.view.name,
    rows: new Set(t!.rows),
  }));
  for (const key of Object.keys(read.peta.rows)) {
    const m = /^(.*)!(\d+)$/.exec(key)!;
    const row = Number(m[2]) - 1;
    if (!bodies.some((b) => b.sheet === m[1] && b.rows.has(row)))
      ctx.findings.push(
        finding(
          "PETA_TIDAK_BERLAKU",
          null,
          `Pilihan peta tidak dapat dipakai: baris ${m[2]} lembar "${m[1]}" bukan baris isi tabel mana pun, jadi jenis barisnya ("${read.peta.rows[key]}") tidak dipakai.`,
        ),
      );
  }
}

/** Rule: what the workbook stores (settings, the peta) is readable; what is not is said, and defaults are used. */
export function storedSettings(
  ctx: Ctx,
  unreadable: string[],
  petaProblems: string[],
): void {
  for (const key of unreadable)
    ctx.add(
      "PENGATURAN_TIDAK_TERBACA",
      null,
      `Pengaturan "${key}" yang tersimpan di buku kerja (lembar ${SETTINGS_SHEET}) tidak dapat dibaca; nilai bawaannya dipakai.`,
    );
  for (const p of petaProblems)
    ctx.findings.push({
      ...finding(
        "PENGATURAN_TIDAK_TERBACA",
        null,
        `Pilihan kolom/baris yang tersimpan (peta) tidak dapat dipakai seluruhnya: ${p}. Bagian lain tetap dipakai.`,
      ),
      severity: "warning",
    });
}
