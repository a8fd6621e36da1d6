// The five tables in the default layout (the seed's), empty and ready to fill: `templat` on the command line
// and Siapkan Tabel in the pane write this. Pure data: sheets of header cells, merges and number formats.
import { Area } from "./grid";
import { FORMAT_PERSEN, FORMAT_UANG } from "./format";
import { TABLE_IDS, TABLE_SPECS, TableId } from "./tables";

export interface TemplateSheet {
  name: string;
  /** Rows from A1: the caption, the header band, then empty body rows. */
  rows: (string | null)[][];
  merges: Area[];
  /** Number format per 0-based column of the body rows. */
  formats: Record<number, string>;
  /** 0-based index of the first body row. */
  bodyRow: number;
  widths: number[];
}

const TEXT = "@";
const HEADERS: Record<
  TableId,
  {
    upper: (string | null)[];
    lower?: (string | null)[];
    formats: string[];
    widths: number[];
  }
> = {
  "2.1": {
    upper: ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Target"],
    formats: [TEXT, TEXT, TEXT, "General"],
    widths: [6, 45, 45, 12],
  },
  "2.2": {
    upper: ["No", "Sasaran Kegiatan", "Indikator Kinerja", "Anggaran"],
    formats: [TEXT, TEXT, TEXT, FORMAT_UANG],
    widths: [6, 45, 45, 16],
  },
  "2.3": {
    upper: ["Kegiatan", "Sub Kegiatan", "Anggaran", "Jadwal"],
    formats: [TEXT, TEXT, FORMAT_UANG, TEXT],
    widths: [35, 50, 16, 22],
  },
  "3.1": {
    upper: [
      "No",
      "Sasaran Kegiatan",
      "Indikator",
      "Target",
      "Realisasi",
      "Capaian",
      "Ket",
    ],
    formats: [TEXT, TEXT, TEXT, "General", "General", FORMAT_PERSEN, TEXT],
    widths: [6, 40, 40, 10, 10, 10, 14],
  },
  "3.2": {
    upper: [
      "No",
      "Sasaran/Kegiatan",
      "Indikator Kinerja",
      "Anggaran",
      null,
      null,
      "Kinerja",
      null,
      null,
      "Efisiensi",
      "Jadwal",
    ],
    lower: [
      null,
      null,
      null,
      "Pagu (Rp)",
      "Realisasi (Rp)",
      "Capaian (%)",
      "T",
      "R",
      "%",
      null,
      null,
    ],
    formats: [
      TEXT,
      TEXT,
      TEXT,
      FORMAT_UANG,
      FORMAT_UANG,
      FORMAT_PERSEN,
      "General",
      "General",
      FORMAT_PERSEN,
      FORMAT_PERSEN,
      TEXT,
    ],
    widths: [6, 45, 40, 16, 16, 11, 8, 8, 9, 11, 22],
  },
};

/** The five sheets, each with `emptyRows` empty body rows carrying the column formats. */
export function templateSheets(emptyRows = 5): TemplateSheet[] {
  return TABLE_IDS.map((id) => {
    const h = HEADERS[id];
    const rows: (string | null)[][] = [
      [`Tabel ${id} ${TABLE_SPECS[id].title}`],
      h.upper,
    ];
    const merges: Area[] = [];
    if (h.lower) {
      rows.push(h.lower);
      h.upper.forEach((label, c) => {
        if (label === null) return;
        let right = c;
        while (right + 1 < h.upper.length && h.upper[right + 1] === null)
          right++;
        // A label over sub-columns spans them; a label with none below it spans both header rows.
        if (right > c) merges.push({ top: 1, left: c, bottom: 1, right });
        else if (h.lower![c] === null)
          merges.push({ top: 1, left: c, bottom: 2, right: c });
      });
    }
    const bodyRow = rows.length;
    for (let i = 0; i < emptyRows; i++) rows.push(h.upper.map(() => null));
    return {
      name: `Tabel ${id}`,
      rows,
      merges,
      formats: Object.fromEntries(h.formats.map((f, c) => [c, f])),
      bodyRow,
      widths: h.widths,
    };
  });
}
