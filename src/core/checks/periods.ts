// A cumulative column against the period columns it adds up (§9, issue 19): Monev Renja's `12 = 8+9+10+11`, the
// RFK's Anggaran Kas Total over months 1–12, a `Jumlah` beside months 1–12. Money must add up exactly. A kinerja
// figure adds up its periods, except a percentage indicator's, which is the level reached (wp-sipd takes the highest
// month): then it is at least every quarter's figure. Which rule each row followed is said; a figure that follows
// neither is reported and nothing is built on it.
import Decimal from "decimal.js";
import { columnLetters } from "../grid";
import { Field, Row, fieldAt, rowOf } from "../model";
import { FoundTable, ReadResult } from "../reader";
import { ColumnChoice } from "../reader";
import { ColumnKey } from "../tables";
import { normalizeLabel } from "../text";
import { Ctx, isBlankInput, rp } from "./context";
import { Qty, showQty, sum } from "./quantity";

/** Parts that are money in each table (the others are kinerja quantities). */
const MONEY: ColumnKey[] = ["realisasi", "pagu", "anggaran", "kas", "paguLain"];
const isMoney = (t: FoundTable, key: ColumnKey) =>
  MONEY.includes(key) && (t.id !== "3.1" || key !== "realisasi");

const PERCENT_UNITS = new Set(["%", "persen", "persentase"]);

interface Rules {
  sum: number;
  level: Field[];
}

/** The period figures of a row: each read (null: unreadable, said by its own finding), blank as nothing. */
function partsOf<T>(
  fields: Field[],
  read: (f: Field) => T | null,
): { values: (T | null)[]; unreadable: boolean } {
  const values = fields.map((f) => (isBlankInput(f) ? null : read(f)));
  const unreadable = fields.some(
    (f, i) => !isBlankInput(f) && values[i] === null,
  );
  return { values, unreadable };
}

function checkMoney(
  ctx: Ctx,
  total: Field,
  parts: Field[],
  what: string,
): void {
  const { values, unreadable } = partsOf(parts, (f) => ctx.money(f, what));
  const shown = ctx.money(total, what);
  if (shown === null) return;
  if (unreadable) {
    // One period written unreadably (`9.10.000`): the cumulative column says what it must be.
    const bad = parts.filter((f, i) => !isBlankInput(f) && values[i] === null);
    if (bad.length === 1 && ctx.isMalformed(bad[0]))
      ctx.malformed(
        bad[0],
        shown.minus(sum(values)),
        `kolom kumulatifnya (${total.address}: ${rp(shown)})`,
      );
    return;
  }
  const want = sum(values);
  if (shown.eq(want)) return;
  ctx.add(
    "KUMULATIF_TIDAK_SESUAI",
    total,
    `${what} di sel ${total.address} tertulis ${rp(shown)}, sedangkan jumlah kolom periodenya (${parts.map((p) => p.address).join(" + ")}) ${rp(want)}. Periksa angka periodenya dan sel ini; capaian dan jumlah yang memakai sel ini tidak dihitung sampai keduanya sama.`,
    want,
    "angka",
  );
  ctx.dispute(total);
}

/** A percentage indicator: its Satuan, or the figure itself, says `%`. */
function isPercent(row: Row, q: Qty): boolean {
  return (
    q.unit === "%" ||
    PERCENT_UNITS.has(
      normalizeLabel(row.satuan?.text ?? "") || (row.satuan?.text ?? "").trim(),
    )
  );
}

function checkKinerja(
  ctx: Ctx,
  row: Row,
  total: Field,
  parts: Field[],
  what: string,
  rules: Rules,
): void {
  const { values, unreadable } = partsOf(parts, (f) => ctx.qty(f, what));
  const shown = ctx.qty(total, what);
  if (unreadable || shown === null) return;
  const filled = values.filter((v): v is Qty => v !== null);
  const want = sum(filled.map((v) => v.v));
  if (shown.v.eq(want)) {
    rules.sum++;
    return;
  }
  const max = filled.reduce((m, v) => Decimal.max(m, v.v), new Decimal(0));
  const last = [...filled].reverse().find((v) => !v.v.isZero())?.v ?? max;
  const percent = isPercent(row, shown);
  // The level reached: never below a quarter's figure (the highest month is at least each quarter's last month).
  if (
    (percent && shown.v.gte(max)) ||
    (!percent && (shown.v.eq(max) || shown.v.eq(last)))
  ) {
    rules.level.push(total);
    return;
  }
  ctx.add(
    "KUMULATIF_TIDAK_SESUAI",
    total,
    percent
      ? `${what} di sel ${total.address} tertulis ${showQty(shown)}: bukan jumlah periodenya (${rp(want)}) dan lebih kecil dari angka periode tertinggi (${rp(max)}), padahal untuk indikator persentase kolom ini adalah tingkat tertinggi yang dicapai. Periksa angka periodenya dan sel ini.`
      : `${what} di sel ${total.address} tertulis ${showQty(shown)}, sedangkan jumlah kolom periodenya (${parts.map((p) => p.address).join(" + ")}) ${rp(want)}. Seharusnya ${rp(want)}.`,
    percent ? null : want,
    "angka",
  );
  ctx.dispute(total);
}

/** Said once per column: the rows read as the level reached rather than a sum (the form's own rule). */
function saidRules(
  ctx: Ctx,
  t: FoundTable,
  ch: ColumnChoice,
  rules: Rules,
): void {
  if (rules.level.length === 0) return;
  const first = rules.level[0];
  ctx.add(
    "CATATAN_FORMULIR",
    first,
    `${ch.title} kolom ${columnLetters(ch.col!)}: ${rules.level.length} baris (${rules.level.map((f) => f.address).join(", ")}) dibaca sebagai tingkat yang dicapai (indikator persentase atau nilai akhir: nilai periode tertinggi atau terakhir), bukan jumlah periodenya, seperti aplikasi asalnya menghitung${rules.sum ? `; ${rules.sum} baris lain sama dengan jumlah periodenya` : ""}. Capaian baris itu dihitung dari angka ini.`,
  );
}

function checkChoice(ctx: Ctx, t: FoundTable, ch: ColumnChoice): void {
  const rules: Rules = { sum: 0, level: [] };
  const money = isMoney(t, ch.key);
  const what = `${ch.title} Tabel ${t.id}`;
  for (const r of t.rows) {
    const total = fieldAt(t, r, ch.col!);
    const parts = ch.parts!.map((p) => fieldAt(t, r, p.col));
    if (isBlankInput(total) && parts.every(isBlankInput)) continue;
    if (money) checkMoney(ctx, total, parts, what);
    else checkKinerja(ctx, rowOf(t, r), total, parts, what, rules);
  }
  saidRules(ctx, t, ch, rules);
}

/** Every cumulative column with the period columns it adds up, in every table found. */
export function checkPeriods(ctx: Ctx, read: ReadResult): void {
  for (const t of Object.values(read.tables))
    for (const ch of t!.choices)
      if (ch.col !== null && ch.parts?.length) checkChoice(ctx, t!, ch);
}
