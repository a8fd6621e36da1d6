// Structure: missing tables and columns, rows without a counterpart, names that differ between tables.
import { Ctx } from "./context";
import { finding, shortName } from "./findings";
import { a1 } from "./grid";
import { Field, Report, subLabel } from "./model";
import { displayText } from "./number";
import { TABLE_IDS, TABLE_SPECS, TableId } from "./tables";
import { nameSimilarity, normalizeLabel, sameName } from "./text";

export function structure(ctx: Ctx, report: Report): void {
  const t = report.read.tables;
  for (const id of TABLE_IDS) {
    const found = t[id];
    if (!found) {
      ctx.add(
        "TABEL_TIDAK_DITEMUKAN",
        null,
        `Tabel ${id} (${TABLE_SPECS[id].title}) tidak ditemukan. Beri nama lembar kerja "Tabel ${id}" atau tulis judul "Tabel ${id}" tepat di atas tabelnya. Tabel lain tetap diperiksa.`,
      );
      continue;
    }
    const hr = found.headerRows[0];
    for (const col of found.missing) {
      ctx.findings.push(
        finding(
          "KOLOM_TIDAK_DITEMUKAN",
          {
            sheet: found.view.name,
            row: hr,
            col: found.left,
            address: a1(hr, found.left),
            text: displayText(found.view.cell(hr, found.left)),
            table: id,
          },
          `Kolom "${col.title}" tidak ditemukan pada judul kolom Tabel ${id} (baris ${hr + 1} lembar "${found.view.name}"). Tambahkan kolom itu atau perbaiki judulnya.`,
        ),
      );
    }
  }
  report.sasaran.forEach((s) => {
    const present: [TableId, Field | undefined][] = [
      ["2.1", s.pk?.sasaran],
      ["2.2", s.anggaran?.sasaran ?? s.anggaran?.anggaran],
      ["3.1", s.capaian?.sasaran],
      ["3.2", s.cost?.sasaran ?? s.cost?.no],
    ];
    const ref = present.find(([, f]) => f)?.[1];
    for (const [id, f] of present) {
      if (!f && t[id] && ref && t[id]!.missing.length === 0) {
        ctx.add(
          "BARIS_TIDAK_SESUAI",
          ref,
          `Sasaran ${s.index + 1} "${shortName(ref.text)}" (Tabel ${ref.table} sel ${ref.address}) tidak mempunyai baris pada Tabel ${id}.`,
        );
      }
    }
    s.subs.forEach((x, j) => {
      const label = subLabel(s.index, j);
      if (x.rincian && !x.cost && t["3.2"]) {
        const f = x.rincian.subKegiatan ?? x.rincian.anggaran!;
        ctx.add(
          "BARIS_TIDAK_SESUAI",
          f,
          `Sub kegiatan "${shortName(f.text)}" (Tabel 2.3 sel ${f.address}) tidak mempunyai baris ${label} pada Tabel 3.2.`,
        );
      } else if (x.cost && !x.rincian && t["2.3"]) {
        const f = x.cost.sasaran ?? x.cost.no!;
        ctx.add(
          "BARIS_TIDAK_SESUAI",
          f,
          `Sub kegiatan ${label} "${shortName(f.text)}" (Tabel 3.2 sel ${f.address}) tidak ada dalam rincian Tabel 2.3 untuk kegiatan ini.`,
        );
      }
    });
  });
}

/** Names by their normalised form, built on first need, to spot a row whose name belongs to another row. */
function namePool(
  fields: () => (Field | undefined)[],
): () => Map<string, Field> {
  let pool: Map<string, Field> | undefined;
  return () => {
    if (pool) return pool;
    pool = new Map<string, Field>();
    for (const f of fields())
      if (f && f.text !== "" && !pool.has(normalizeLabel(f.text)))
        pool.set(normalizeLabel(f.text), f);
    return pool;
  };
}

export function names(ctx: Ctx, report: Report): void {
  const pkNames = namePool(() => report.sasaran.map((s) => s.pk?.sasaran));
  const compare = (
    later: Field | undefined,
    ref: Field | undefined,
    what: string,
    pool: () => Map<string, Field>,
  ) => {
    if (
      !later ||
      !ref ||
      later.text === ref.text ||
      later.text === "" ||
      ref.text === "" ||
      sameName(later.text, ref.text)
    )
      return;
    const match = pool().get(normalizeLabel(later.text));
    const other = match && match !== ref ? match : undefined;
    const order = other
      ? ` Nama ini sama dengan baris lain (Tabel ${other.table} sel ${other.address}): periksa urutan baris.`
      : "";
    const sim = nameSimilarity(later.text, ref.text);
    const note =
      sim < 0.5 && !other
        ? " Namanya jauh berbeda: pastikan baris ini memang pasangannya."
        : "";
    ctx.findings.push(
      finding(
        "NAMA_TIDAK_SESUAI",
        later,
        `Nama ${what} di Tabel ${later.table} sel ${later.address} ("${shortName(later.text, 60)}") berbeda dengan Tabel ${ref.table} sel ${ref.address} ("${shortName(ref.text, 60)}").${order}${note}`,
      ),
    );
  };
  for (const s of report.sasaran) {
    const ref = s.pk?.sasaran;
    compare(s.anggaran?.sasaran, ref, `sasaran ${s.index + 1}`, pkNames);
    compare(s.capaian?.sasaran, ref, `sasaran ${s.index + 1}`, pkNames);
    compare(s.cost?.sasaran, ref, `sasaran ${s.index + 1}`, pkNames);
    const subPool = namePool(() => s.subs.map((x) => x.rincian?.subKegiatan));
    s.subs.forEach((x, j) =>
      compare(
        x.cost?.sasaran,
        x.rincian?.subKegiatan,
        `sub kegiatan ${subLabel(s.index, j)}`,
        subPool,
      ),
    );
  }
}
