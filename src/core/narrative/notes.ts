// The review notes: what to check before signing, each with its cell, kept apart from the report's text. Every
// error and warning finding (its registry entry's advice and narrative wording), and the totals the narrative
// states differently from the workbook because a figure in them is wrong.
import Decimal from "decimal.js";
import { FINDING_CODES, Finding } from "../findings";
import { Analysis, SasaranFigures, SubFigures } from "../types";
import { CellRef, ReviewNote } from "./document";

const NOTED = new Set<Finding["severity"]>(["error", "warning"]);

export function reviewNotes(a: Analysis): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const ref = (f: Finding): CellRef | null =>
    f.sheet && f.cell ? { sheet: f.sheet, cell: f.cell } : null;
  for (const f of a.findings) {
    if (!NOTED.has(f.severity) || f.code === "CAPAIAN_TIDAK_SESUAI") continue;
    const entry = FINDING_CODES[f.code];
    const text = [f.message.trim(), entry?.advice, entry?.narrative]
      .filter(Boolean)
      .join(" ");
    notes.push({ code: f.code, severity: f.severity, source: ref(f), text });
  }
  for (const s of a.sasaran) notes.push(...totalNotes(s));
  return notes;
}

/** Totals computed from a wrong figure: which cell to correct, and the figure the text uses instead. */
function totalNotes(s: SasaranFigures): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const wrongSubs = s.subs.filter((x) =>
    x.doubtful.some(
      (f) =>
        f.code === "PAGU_TIDAK_SESUAI" &&
        x.sources.pagu &&
        f.cell === x.sources.pagu.cell &&
        f.sheet === x.sources.pagu.sheet,
    ),
  );
  if (
    s.pagu &&
    s.paguResolved &&
    !s.pagu.eq(s.paguResolved) &&
    s.sources.pagu &&
    wrongSubs.length
  ) {
    const cells = wrongSubs.map((x) => x.sources.pagu!.cell).join(", ");
    notes.push({
      code: "PAGU_TIDAK_SESUAI",
      severity: "error",
      source: s.sources.pagu,
      text: `Pagu sasaran ${s.index + 1} (${s.sources.pagu.sheet} sel ${s.sources.pagu.cell}) menurut pagu sub kegiatannya Rp ${fmt(s.pagu)}, yang memuat pagu sub kegiatan yang salah di sel ${cells}; setelah sel itu diperbaiki dan Hitung Capaian dijalankan lagi, pagu sasaran ini menjadi Rp ${fmt(s.paguResolved)} (serapan dan efisiensinya ikut berubah). Narasi sudah memakai Rp ${fmt(s.paguResolved)}.`,
    });
  }
  for (const x of wrongSubs) {
    const n = realisasiNote(x);
    if (n) notes.push(n);
  }
  return notes;
}

/** A realisasi equal to the wrong pagu beside it: was the typo copied? */
function realisasiNote(x: SubFigures): ReviewNote | null {
  const f = x.doubtful.find((d) => d.code === "PAGU_TIDAK_SESUAI")!;
  const wrong = x.pagu;
  if (
    !x.realisasi ||
    !wrong ||
    !x.realisasi.eq(wrong) ||
    !x.paguResolved ||
    x.paguResolved.eq(wrong) ||
    !x.sources.realisasi
  )
    return null;
  return {
    code: "PAGU_TIDAK_SESUAI",
    severity: "warning",
    source: x.sources.realisasi,
    text: `Realisasi sub kegiatan ${x.label} di ${x.sources.realisasi.sheet} sel ${x.sources.realisasi.cell} (Rp ${fmt(x.realisasi)}) sama dengan pagu yang salah di sel ${f.cell}. Pastikan realisasinya memang Rp ${fmt(x.realisasi)}; narasi menyebutnya sebagai realisasi dari pagu Rp ${fmt(x.paguResolved)}.`,
  };
}

const fmt = (d: Decimal) => d.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
