// Program → kegiatan → sub kegiatan (spec §9): kegiatan headings are groups whose totals are computed where
// empty and checked where typed; a group's capaian is its total realisasi over its total pagu, never the mean
// of its rows' percentages. Also the sub kegiatan indicator rows of a Capaian Kinerja table.
import Decimal from "decimal.js";
import { shortName } from "../findings";
import { formatPersen } from "../format";
import { Field, KegiatanGroup, Report, Row } from "../model";
import { sameAtPrecision } from "../number";
import { capaianOf, kinerjaCell } from "./capaian-cells";
import { Ctx, isBlankInput, rp } from "./context";
import { capaianPagu } from "./plan";
import { asPercent, sum } from "./quantity";

/** When a written group capaian is the mean of its rows' written percentages, the message says so. */
export function meanNote(
  written: Field | undefined,
  rows: (Field | undefined)[],
): string {
  if (!written || written.parsed.kind !== "number") return "";
  const ps = rows.map((f) =>
    f && f.parsed.kind === "number" ? asPercent(f.parsed).value : null,
  );
  if (ps.length < 2 || ps.some((p) => p === null)) return "";
  const mean = sum(ps).div(ps.length);
  return sameAtPrecision(asPercent(written.parsed), mean)
    ? ` Angka ${written.text} adalah rata-rata persentase ${ps.length} baris di bawahnya (${formatPersen(mean)}); capaian kelompok dihitung dari total realisasi dibagi total pagu.`
    : "";
}

type MoneyPart = "pagu" | "realisasi";
const WHAT: Record<MoneyPart, string> = {
  pagu: "Pagu",
  realisasi: "Realisasi (Rp)",
};

/**
 * The program above a kegiatan confirms the kegiatan totals as typed: its own typed figure is their sum. A kegiatan
 * total that then differs from its sub kegiatan means a sub kegiatan row is missing or wrong, not the total.
 */
function programConfirms(
  ctx: Ctx,
  report: Report,
  g: KegiatanGroup,
  part: MoneyPart,
): boolean {
  const own = report.sasaran[g.owner]?.cost?.[part];
  if (!own || isBlankInput(own)) return false;
  const v = ctx.money(own, WHAT[part]);
  const typed = report.groups
    .filter((x) => x.owner === g.owner)
    .map((x) => {
      const f = x.row[part];
      return f && !isBlankInput(f) ? ctx.money(f, WHAT[part]) : null;
    });
  return !!v && typed.every((t) => t !== null) && sum(typed).eq(v);
}

/** Rule: a kegiatan's typed total is the sum of its sub kegiatan (written where empty); false when it is disputed. */
function groupTotal(
  ctx: Ctx,
  report: Report,
  g: KegiatanGroup,
  part: MoneyPart,
  want: Decimal | null,
  n: number,
): boolean {
  const f = g.row[part];
  if (!f || want === null) return true;
  const what = WHAT[part];
  if (f.parsed.kind === "empty") {
    ctx.derive(f, want, "uang", what);
    return true;
  }
  const v = ctx.money(f, what);
  if (!v || v.eq(want)) return true;
  const name = shortName(g.row.sasaran?.text ?? "", 60);
  const at = `${what} kegiatan "${name}" di Tabel ${f.table} sel ${f.address} tertulis ${rp(v)}, sedangkan jumlah ${n} sub kegiatannya ${rp(want)}.`;
  if (programConfirms(ctx, report, g, part)) {
    ctx.add(
      "JUMLAH_TIDAK_PASTI",
      f,
      `${at} Program di atasnya mencatat jumlah yang sama dengan kegiatannya, jadi kemungkinan ada baris sub kegiatan yang hilang atau angka sub kegiatan yang salah; periksa baris sub kegiatannya.`,
    );
    ctx.dispute(f);
    return false;
  }
  ctx.add(
    part === "pagu" ? "PAGU_TIDAK_SESUAI" : "REALISASI_TIDAK_SESUAI",
    f,
    `${at} Seharusnya ${rp(want)}.`,
    want,
    "angka",
  );
  // Its capaian is made from the sum; nothing else (fisik, RAK) is built on the typed figure.
  ctx.dispute(f);
  return true;
}

const SUB_WHAT: Record<MoneyPart, string> = {
  pagu: "Pagu sub kegiatan",
  realisasi: "Realisasi sub kegiatan",
};

/** A typed part of a row, read; null when it is empty or cannot be read (its own finding says why). */
function typedMoney(ctx: Ctx, f: Field | undefined, what: string) {
  return f && !isBlankInput(f) ? ctx.money(f, what) : null;
}

/**
 * A form's kegiatan rows confirm that the sub kegiatan of program `owner` are all there: each sub kegiatan sits under
 * a kegiatan whose typed pagu and realisasi are the sums of its rows. A program total that differs from them is then
 * the wrong figure (a kegiatan missing with every sub kegiatan under it is the one case no row can show). Null when the
 * program has no kegiatan rows.
 */
export function kegiatanConfirm(
  ctx: Ctx,
  report: Report,
  owner: number,
): boolean | null {
  const s = report.sasaran[owner];
  const groups = report.groups.filter((g) => g.owner === owner);
  // Null: no kegiatan rows under it, so nothing a message could name as confirming or not.
  if (!s || groups.length === 0) return null;
  if (groups.some((g) => g.gap)) return false;
  const covered = new Set(groups.flatMap((g) => g.subs));
  if (s.subs.some((x, j) => x.cost && !covered.has(j))) return false;
  const adds = (g: KegiatanGroup, part: MoneyPart) => {
    const typed = typedMoney(ctx, g.row[part], WHAT[part]);
    const rows = g.subs.map((j) =>
      typedMoney(ctx, s.subs[j]?.cost?.[part], SUB_WHAT[part]),
    );
    return (
      !!typed &&
      rows.length > 0 &&
      rows.every((x) => x !== null) &&
      sum(rows).eq(typed)
    );
  };
  return groups.every((g) => adds(g, "pagu") && adds(g, "realisasi"));
}

export function checkGroups(ctx: Ctx, report: Report): void {
  for (const g of report.groups) {
    // A kegiatan whose sub kegiatan look incomplete has no total to make or check (said in links.ts).
    if (g.gap) continue;
    const s = report.sasaran[g.owner];
    const rows = g.subs
      .map((j) => s?.subs[j]?.cost)
      .filter((r): r is Row => !!r);
    if (rows.length === 0) continue;
    const name = shortName(g.row.sasaran?.text ?? "", 60);
    const total = (xs: (Decimal | null)[]) =>
      xs.every((x) => x !== null) ? sum(xs) : null;
    const pagu = total(rows.map((r) => ctx.money(r.pagu, "Pagu sub kegiatan")));
    const real = total(
      rows.map((r) => ctx.money(r.realisasi, "Realisasi sub kegiatan")),
    );
    const sure =
      groupTotal(ctx, report, g, "pagu", pagu, rows.length) &&
      groupTotal(ctx, report, g, "realisasi", real, rows.length);
    if (sure && pagu && real && !pagu.isZero())
      ctx.derive(
        g.row.capaian,
        real.div(capaianPagu(ctx, g.row, pagu, real)),
        "persen",
        "Capaian (%)",
        () =>
          meanNote(
            g.row.capaian,
            rows.map((r) => r.capaian),
          ),
      );
    // A kegiatan with its own indicator (a form's kegiatan row): its % kinerja is its R over its T.
    if (g.row.r && g.row.r.text !== "")
      kinerjaCell(
        ctx,
        g.row,
        ctx.qty(g.row.t, "Target kinerja"),
        ctx.qty(g.row.r, "Realisasi kinerja"),
        "positif",
        `kegiatan "${name}"`,
      );
  }
}

/** Indicator rows of sub kegiatan in a Capaian Kinerja table: capaian = realisasi / target. */
export function checkSubCapaian(ctx: Ctx, report: Report): void {
  for (const row of report.subCapaian) {
    const r = ctx.num(row.realisasi, "Realisasi");
    if (!r) continue;
    const t = ctx.num(row.target, "Target");
    if (!t || t.v.isZero()) {
      if (row.target)
        ctx.add(
          "TARGET_NOL",
          row.target,
          `Target sub kegiatan di Tabel ${row.target.table} sel ${row.target.address} kosong atau nol, sehingga capaiannya tidak dapat dihitung.`,
        );
      continue;
    }
    const k = capaianOf(ctx, t, r, row.realisasi, "positif");
    if (k !== null) ctx.derive(row.capaian, k, "persen", "Capaian");
  }
}
