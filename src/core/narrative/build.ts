// Buat Narasi as a document: the seed's sections 2.2, 2.3 and BAB III (an annual LKjIP: 3.1, 3.2 and BAB IV,
// PermenPAN-RB 53/2014), written from the figures the tables establish (a figure a finding marks wrong is never
// stated), with the review notes kept apart. One builder per section: section-*.ts.
import Decimal from "decimal.js";
import { FORMAT_PERSEN, FORMAT_POIN } from "../format";
import { formatDecimals, isPercentFormat } from "../number";
import { Analysis } from "../types";
import { narrativeCtx } from "./context";
import { CellRef, NarrativeDocument, Section } from "./document";
import { ShownDecimals, finalizeFigures } from "./figures";
import { reviewNotes } from "./notes";
import { PeriodWords, periodWords } from "./period";
import { capaianBlocks } from "./section-capaian";
import { evaluasiBlocks } from "./section-evaluasi";
import { penutupBlocks } from "./section-penutup";
import { NarrativeTexts } from "./texts";

export interface NarrativeOptions {
  /** ringkas: BAB III only; lengkap: 2.2, 2.3 and BAB III. Default: the workbook's setting. */
  panjang?: "ringkas" | "lengkap";
  /** Texts the user entered once (settings store keys `teks.tupoksi`, `teks.strategi`); empty → nothing said. */
  texts?: Partial<Pick<NarrativeTexts, "tupoksi" | "strategi">>;
}

/** The numbers and titles of the three sections, by the kind of report. */
export function sectionTitles(
  p: PeriodWords,
): Record<"2.2" | "2.3" | "bab3", { number: string; title: string }> {
  return p.annual
    ? {
        "2.2": { number: "3.1.", title: "Capaian Kinerja Organisasi" },
        "2.3": { number: "3.2.", title: "Realisasi Anggaran" },
        bab3: { number: "BAB IV", title: "PENUTUP" },
      }
    : {
        "2.2": { number: "2.2.", title: "Capaian Kinerja" },
        "2.3": { number: "2.3.", title: "Evaluasi dan Analisis Kinerja" },
        bab3: { number: "BAB III", title: "PENUTUP" },
      };
}

/**
 * Decimals each cell Hitung Capaian writes shows: a percentage kept at the precision the user wrote (`0%` for
 * `67 %`, a format of their own) is stated so; the engine's own formats count as computed.
 */
function shownDecimals(a: Analysis): ShownDecimals {
  const byCell = new Map<string, { decimals: number; value: number }>();
  for (const d of a.derived) {
    if (d.numFmt === FORMAT_PERSEN || d.numFmt === FORMAT_POIN) continue;
    if (!isPercentFormat(d.numFmt) || d.value === null) continue;
    const n = formatDecimals(d.numFmt);
    if (n !== null)
      byCell.set(`${d.sheet}!${d.address}`, { decimals: n, value: d.value });
  }
  if (byCell.size === 0) return () => null;
  return (src: CellRef, value: Decimal) => {
    const hit = byCell.get(`${src.sheet}!${src.cell}`);
    // Only the cell's own figure; a figure put right from other tables counts as computed.
    return hit && value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).eq(hit.value)
      ? hit.decimals
      : null;
  };
}

const NO_TABLES =
  "Narasi belum dapat dibuat: tabel laporan (Tabel 2.1, 2.2, 2.3, 3.1 dan 3.2) tidak ditemukan atau kosong.";

export function buildNarrativeDocument(
  a: Analysis,
  options: NarrativeOptions = {},
): NarrativeDocument {
  const p = periodWords(a.period);
  const c = narrativeCtx(a, p);
  const texts = {
    tupoksi: options.texts?.tupoksi?.trim() ?? "",
    strategi: options.texts?.strategi?.trim() ?? "",
  };
  const title = `Laporan Kinerja${p.title ? " " + p.title : ""}`;
  const kind = p.annual ? "tahunan" : "triwulan";
  const notes = reviewNotes(a);
  if (a.sasaran.length === 0)
    return {
      title,
      kind,
      period: p.name,
      sections: [],
      reviewNotes: [
        {
          code: "TABEL_TIDAK_DITEMUKAN",
          severity: "error",
          source: null,
          text: NO_TABLES,
        },
        ...notes,
      ],
    };
  const titles = sectionTitles(p);
  const section = (
    id: keyof typeof titles,
    blocks: Section["blocks"],
  ): Section => ({
    id,
    ...titles[id],
    blocks,
  });
  const bab3 = section("bab3", penutupBlocks(c, texts));
  const panjang = options.panjang ?? a.settings.narasi;
  // A section with nothing the tables can say is left out, not printed as a bare heading.
  const sections = (
    panjang === "ringkas"
      ? [bab3]
      : [
          section("2.2", capaianBlocks(c)),
          section("2.3", evaluasiBlocks(c)),
          bab3,
        ]
  ).filter((x) => x.blocks.length > 0);
  const doc: NarrativeDocument = {
    title,
    kind,
    period: p.name,
    sections,
    reviewNotes: notes,
  };
  finalizeFigures(doc, shownDecimals(a));
  return doc;
}
