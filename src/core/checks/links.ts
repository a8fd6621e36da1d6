// How rows link across tables (spec §3), as findings: a sasaran or sub kegiatan without its row in a table, a
// row linked by position whose name is another row's (left unlinked, so that no check compares it with that
// row's figures), and sub kegiatan linked to Tabel 2.3 by their order because they carry no number (said once).
import { finding, shortName } from "../findings";
import {
  Field,
  KegiatanGroup,
  Misplaced,
  Report,
  Row,
  Sasaran,
} from "../model";
import { ReadResult } from "../reader";
import { TableId } from "../tables";
import { Ctx } from "./context";

type Tables = ReadResult["tables"];

/** Rule: a sasaran has its row in every table found with all its columns. */
function sasaranWithoutRow(ctx: Ctx, t: Tables, s: Sasaran): void {
  const present: [TableId, Field | undefined][] = [
    ["2.1", s.pk?.sasaran],
    ["2.2", s.anggaran?.sasaran ?? s.anggaran?.anggaran],
    ["3.1", s.capaian?.sasaran],
    ["3.2", s.cost?.sasaran ?? s.cost?.no],
  ];
  const ref = present.find(([, f]) => f)?.[1];
  for (const [id, f] of present)
    if (!f && t[id] && ref && t[id]!.missing.length === 0)
      ctx.add(
        "BARIS_TIDAK_SESUAI",
        ref,
        `Sasaran ${s.index + 1} "${shortName(ref.text)}" (Tabel ${ref.table} sel ${ref.address}) tidak mempunyai baris pada Tabel ${id}.`,
      );
}

/** Rule: a sub kegiatan has its row in both 2.3 and 3.2. */
function subWithoutRow(
  ctx: Ctx,
  t: Tables,
  s: Sasaran,
  namedLike: Set<Field>,
): void {
  s.subs.forEach((x) => {
    const label = x.label;
    if (x.rincian && !x.cost && t["3.2"]) {
      const f = x.rincian.subKegiatan ?? x.rincian.anggaran!;
      ctx.add(
        "BARIS_TIDAK_SESUAI",
        f,
        `Sub kegiatan "${shortName(f.text)}" (Tabel 2.3 sel ${f.address}) tidak mempunyai baris ${label} pada Tabel 3.2.`,
      );
    } else if (
      x.cost &&
      !x.rincian &&
      t["2.3"] &&
      !(x.cost.sasaran && namedLike.has(x.cost.sasaran))
    ) {
      const f = x.cost.sasaran ?? x.cost.no!;
      ctx.add(
        "BARIS_TIDAK_SESUAI",
        f,
        `Sub kegiatan ${label} "${shortName(f.text)}" (Tabel 3.2 sel ${f.address}) tidak ada dalam rincian Tabel 2.3 untuk kegiatan ini.`,
      );
    }
  });
}

/** Rule: a row linked by position is the row at its place; one named like another row is not linked, and said. */
function misplacedRow(ctx: Ctx, m: Misplaced): void {
  const what = m.level === "sasaran" ? "sasaran" : "sub kegiatan";
  ctx.add(
    "BARIS_TIDAK_SESUAI",
    m.name,
    `Baris ${m.row.row + 1} Tabel ${m.row.table} ("${shortName(m.name.text, 60)}", sel ${m.name.address}) berada pada urutan ${what} ke-${m.at + 1}, tetapi namanya sama dengan ${what} ke-${m.likeAt + 1} (Tabel ${m.like.table} sel ${m.like.address}). Baris ini tidak dipasangkan dan angkanya tidak dibandingkan dengan baris lain: periksa apakah ada baris yang terhapus atau urutannya tertukar.`,
  );
}

/** Rule: a kegiatan's sub kegiatan numbered in their names run without a gap; else its sums are not made. */
function kegiatanGap(ctx: Ctx, g: KegiatanGroup): void {
  const f = g.row.sasaran ?? g.row.no;
  if (!f) return;
  ctx.add(
    "BARIS_TIDAK_SESUAI",
    f,
    `Kegiatan "${shortName(f.text, 60)}" (Tabel ${f.table} sel ${f.address}): ${g.gap}. Mungkin ada baris sub kegiatan yang terhapus atau berpindah, jadi jumlah pagu dan realisasinya (juga programnya) tidak dihitung. Periksa baris sub kegiatannya.`,
  );
}

/** Rule: sub kegiatan without a number are linked to Tabel 2.3 by their order within the sasaran, said once. */
function linkedByOrder(ctx: Ctx, rows: Row[]): void {
  const first = rows[0]?.sasaran ?? rows[0]?.no;
  if (!first) return;
  ctx.findings.push(
    finding(
      "BARIS_MENURUT_URUTAN",
      first,
      `${rows.length} baris sub kegiatan Tabel ${first.table} (mulai sel ${first.address}) tidak bernomor, jadi dipasangkan dengan Tabel 2.3 menurut urutannya dalam setiap sasaran. Bila urutan kedua tabel berbeda, beri nomor (1.a, 1.b …) agar pasangannya pasti.`,
    ),
  );
}

export function rowLinks(ctx: Ctx, report: Report): void {
  const t = report.read.tables;
  // A 3.2 sub kegiatan whose 2.3 row was found out of place is said there, not again as "without a row".
  const namedLike = new Set(report.misplaced.map((m) => m.like));
  for (const s of report.sasaran) {
    sasaranWithoutRow(ctx, t, s);
    subWithoutRow(ctx, t, s, namedLike);
  }
  for (const m of report.misplaced) misplacedRow(ctx, m);
  for (const g of report.groups) if (g.gap) kegiatanGap(ctx, g);
  if (report.byOrder.length) linkedByOrder(ctx, report.byOrder);
}
