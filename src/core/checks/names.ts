// Names that differ between tables: a sasaran or sub kegiatan named one way in the Perjanjian Kinerja or the
// rincian and another way further on (an info finding; a name found on another row points at the row order).
import { finding, shortName } from "../findings";
import { Field, Report } from "../model";
import { nameSimilarity, normalizeLabel, sameName } from "../text";
import { Ctx } from "./context";

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
    s.subs.forEach((x) =>
      compare(
        x.cost?.sasaran,
        x.rincian?.subKegiatan,
        `sub kegiatan ${x.label}`,
        subPool,
      ),
    );
  }
}
