// Structure: missing tables and columns, rows without a counterpart, names that differ between tables.
import { Ctx } from "./context";
import { finding, shortName } from "./findings";
import { a1, columnLetters } from "./grid";
import { Field, Report, subLabel } from "./model";
import { displayText } from "./number";
import { FoundTable } from "./reader";
import { TABLE_IDS, TABLE_SPECS, TableId } from "./tables";

const tableName = (t: FoundTable) =>
  t.foundBy === "content"
    ? `dikenali dari judul kolomnya`
    : TABLE_SPECS[t.id].title;
import { nameSimilarity, normalizeLabel, sameName } from "./text";

export function structure(ctx: Ctx, report: Report): void {
  const t = report.read.tables;
  const found = TABLE_IDS.filter((id) => t[id]);
  if (found.length === 0) {
    const f = finding(
      "TABEL_TIDAK_DITEMUKAN",
      null,
      `Tidak ada tabel yang dikenali di buku kerja ini. Beri nama lembar kerja "Tabel 2.1" … "Tabel 3.2", tulis judul "Tabel X.Y" di atas tabelnya, atau pastikan judul kolomnya memuat kata seperti Sasaran, Indikator, Target, Realisasi, Pagu/Anggaran dan Capaian.`,
    );
    ctx.findings.push({ ...f, severity: "error" });
  }
  for (const id of TABLE_IDS) {
    const table = t[id];
    if (!table) {
      if (found.length)
        ctx.add(
          "TABEL_TIDAK_DITEMUKAN",
          null,
          `Tabel ${id} (${TABLE_SPECS[id].title}) tidak ditemukan, jadi ${TABLE_SPECS[id].checks}. Tabel lain tetap diperiksa. Bila tabel itu ada, beri nama lembar kerja "Tabel ${id}" atau tulis judul "Tabel ${id}" tepat di atas tabelnya.`,
        );
      continue;
    }
    const hr = table.headerRows[0];
    const at = (col: number) => ({
      sheet: table.view.name,
      row: hr,
      col,
      address: a1(hr, col),
      text: displayText(table.view.cell(hr, col)),
      table: id,
    });
    const where = `Tabel ${id} (${tableName(table)}, baris ${hr + 1} lembar "${table.view.name}")`;
    if (table.foundBy === "content" && table.missing.length) {
      // A table found by what its header says is checked for what it has; what it lacks is one warning.
      const sig = new Set(TABLE_SPECS[id].signature.flat());
      const absent = table.missing.filter((c) => !sig.has(c.key));
      if (absent.length) {
        const f = finding(
          "KOLOM_TIDAK_DITEMUKAN",
          at(table.left),
          `${where} tidak memuat kolom ${absent.map((c) => `"${c.title}"`).join(", ")}; pemeriksaan yang membutuhkannya tidak dijalankan. Bila kolom itu ada dengan judul lain, perbaiki judulnya.`,
        );
        ctx.findings.push({ ...f, severity: "warning" });
      }
    } else
      for (const col of table.missing) {
        ctx.findings.push(
          finding(
            "KOLOM_TIDAK_DITEMUKAN",
            at(table.left),
            `Kolom "${col.title}" tidak ditemukan pada judul kolom Tabel ${id} (baris ${hr + 1} lembar "${table.view.name}"). Tambahkan kolom itu atau perbaiki judulnya.`,
          ),
        );
      }
    for (const ch of table.choices) {
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
          at(ch.col ?? ch.summed[0]?.col ?? table.left),
          `${ch.title} ${where} dibaca dari ${used} (${ch.why}).${others} Bila bukan kolom ini yang dimaksud, ubah judul kolomnya.`,
        ),
      );
    }
    if (table.unused.length)
      ctx.findings.push(
        finding(
          "KOLOM_TIDAK_DIPAKAI",
          at(table.unused[0].col),
          `Kolom yang tidak dipakai untuk pemeriksaan pada ${where}: ${table.unused.map((u) => `${columnLetters(u.col)} "${u.label}"`).join(", ")}.`,
        ),
      );
  }
  const tw = new Set(report.read.period.mentions.map((m) => m.triwulan));
  if (tw.size > 1) {
    const [first, ...rest] = report.read.period.mentions;
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
  for (const r of report.unplaced) {
    const cells = Object.values(r).filter(
      (v): v is Field => v instanceof Field && v.text !== "",
    );
    const f = cells[0];
    if (!f) continue;
    ctx.add(
      "BARIS_TIDAK_DIKENALI",
      f,
      `Baris ${r.row + 1} Tabel ${r.table} ("${shortName(f.text, 60)}", sel ${f.address}) tidak dapat ditempatkan sebagai sasaran, program, kegiatan, sub kegiatan atau jumlah, jadi tidak diperiksa. Beri nomor (1., 1.a) atau awalan nama (Program, Kegiatan, Sub Kegiatan), atau hapus baris itu.`,
    );
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
