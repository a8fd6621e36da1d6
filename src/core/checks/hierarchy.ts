// Program → kegiatan → sub kegiatan (spec §9): kegiatan headings are groups whose totals are computed where
// empty and checked where typed; a group's capaian is its total realisasi over its total pagu, never the mean
// of its rows' percentages. Also the sub kegiatan indicator rows of a Capaian Kinerja table.
import Decimal from "decimal.js";
import { shortName } from "../findings";
import { formatPersen } from "../format";
import { Field, Report, Row } from "../model";
import { sameAtPrecision } from "../number";
import { capaianOf } from "./capaian-cells";
import { Ctx, rp } from "./context";
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
    const pagus = rows.map((r) => ctx.money(r.pagu, "Pagu sub kegiatan"));
    const reals = rows.map((r) =>
      ctx.money(r.realisasi, "Realisasi sub kegiatan"),
    );
    const total = (xs: (Decimal | null)[]) =>
      xs.every((x) => x !== null) ? sum(xs) : null;
    const pagu = total(pagus);
    const real = total(reals);
    const typed = (
      f: Field | undefined,
      want: Decimal | null,
      what: string,
      code: "PAGU_TIDAK_SESUAI" | "REALISASI_TIDAK_SESUAI",
    ) => {
      if (!f || want === null) return;
      if (f.parsed.kind === "empty") {
        ctx.derive(f, want, "uang", what);
        return;
      }
      const v = ctx.money(f, what);
      if (v && !v.eq(want))
        ctx.add(
          code,
          f,
          `${what} kegiatan "${name}" di Tabel ${f.table} sel ${f.address} tertulis ${rp(v)}, sedangkan jumlah ${rows.length} sub kegiatannya ${rp(want)}. Seharusnya ${rp(want)}.`,
          want,
          "angka",
        );
    };
    typed(g.row.pagu, pagu, "Pagu", "PAGU_TIDAK_SESUAI");
    typed(g.row.realisasi, real, "Realisasi (Rp)", "REALISASI_TIDAK_SESUAI");
    if (pagu && real && !pagu.isZero())
      ctx.derive(g.row.capaian, real.div(pagu), "persen", "Capaian (%)", () =>
        meanNote(
          g.row.capaian,
          rows.map((r) => r.capaian),
        ),
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
