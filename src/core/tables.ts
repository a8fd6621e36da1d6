// The five tables of the report: their numbers, captions and header labels (spec §1–2).

export type TableId = "2.1" | "2.2" | "2.3" | "3.1" | "3.2";
export const TABLE_IDS: TableId[] = ["2.1", "2.2", "2.3", "3.1", "3.2"];

export type ColumnKey =
  | "no"
  | "sasaran"
  | "indikator"
  | "target"
  | "anggaran"
  | "kegiatan"
  | "subKegiatan"
  | "jadwal"
  | "realisasi"
  | "capaian"
  | "ket"
  | "pagu"
  | "t"
  | "r"
  | "kinerja"
  | "efisiensi"
  | "satuan"
  | "pejabat"
  // Parts only forms have (forms.ts): a SIPD code, a second pagu, RFK's RAK, deviasi and fisik, a cash plan, a sisa.
  | "kode"
  | "paguLain"
  | "rak"
  | "deviasi"
  | "fisik"
  | "nilaiFisik"
  | "kas"
  | "sisa";

export interface ColumnSpec {
  key: ColumnKey;
  /** Normalised labels (see normalizeLabel). */
  aliases: string[];
  required: boolean;
  /** For two-row headers: the parent label the column sits under. */
  group?: "anggaran" | "kinerja";
  /** The label shown to users in messages. */
  title: string;
  /** A percentage column: a header written with `(%)` may only be this kind of column. */
  percent?: boolean;
  /** Labels that name this column only when written with `(%)`: `Realisasi(%)`, `Target Kinerja(%)`. */
  percentAliases?: string[];
}

export interface TableSpec {
  id: TableId;
  title: string;
  columns: ColumnSpec[];
  /** Found by content (§1): a header showing all of one of these column sets is this table… */
  signature: ColumnKey[][];
  /** …unless it also shows one of these (a Capaian Kinerja header is not a Perjanjian Kinerja). */
  excludes: ColumnKey[];
  /** What cannot be checked without this table, for the missing-table warning. */
  checks: string;
  /** At least one of these columns names the rows (3.1 may have indicators under sasaran heading rows). */
  names?: ColumnKey[];
  /**
   * Continuation after a blank row (a page break inside the table): the next row still belongs to the table
   * when one of these holds — every listed column matches its pattern.
   */
  continuation: Partial<Record<ColumnKey, RegExp>>[];
}

const NUMBERED = /^\d+\s*\.?$/;
const SUB_NUMBERED = /^\d+\s*[.)]?\s*[a-z]\s*[.)]?$/i;
const FILLED = /\S/;
/** 2.1, 2.2, 3.1: the next sasaran, numbered. */
const NEXT_SASARAN = [{ no: NUMBERED, sasaran: FILLED }];

const NO: ColumnSpec = {
  key: "no",
  aliases: ["no", "nomor", "no urut", "n0"],
  required: false,
  title: "No",
};
const SASARAN: ColumnSpec = {
  key: "sasaran",
  aliases: [
    "sasaran kegiatan",
    "sasaran",
    "sasaran strategis",
    "sasaran program",
    "sasaran sub kegiatan",
  ],
  required: true,
  title: "Sasaran Kegiatan",
};
const INDIKATOR: ColumnSpec = {
  key: "indikator",
  aliases: [
    "indikator kinerja",
    "indikator",
    "indikator kinerja kegiatan",
    "indikator sasaran",
    "indikator kinerja utama",
  ],
  required: false,
  title: "Indikator Kinerja",
};
const ANGGARAN: ColumnSpec = {
  key: "anggaran",
  aliases: [
    "anggaran",
    "pagu",
    "pagu anggaran",
    "jumlah anggaran",
    "anggaran rp",
    "alokasi anggaran",
  ],
  required: true,
  title: "Anggaran",
};
const SATUAN: ColumnSpec = {
  key: "satuan",
  aliases: ["satuan", "satuan indikator"],
  required: false,
  title: "Satuan",
};
// A web export's first column names the official; rows with only this column are headings.
const PEJABAT: ColumnSpec = {
  key: "pejabat",
  aliases: ["pejabat", "nama pejabat", "jabatan"],
  required: false,
  title: "Pejabat",
};
const JADWAL: ColumnSpec = {
  key: "jadwal",
  aliases: [
    "jadwal",
    "jadwal pelaksanaan",
    "time schedule",
    "waktu pelaksanaan",
    "rencana pelaksanaan",
    "jadwal kegiatan",
  ],
  required: false,
  title: "Jadwal",
};

export const TABLE_SPECS: Record<TableId, TableSpec> = {
  "2.1": {
    id: "2.1",
    title: "Perjanjian Kinerja",
    columns: [
      NO,
      SASARAN,
      { ...INDIKATOR, required: true },
      SATUAN,
      {
        key: "target",
        aliases: ["target", "target kinerja"],
        required: true,
        title: "Target",
      },
    ],
    signature: [["sasaran", "indikator", "target"]],
    excludes: ["realisasi", "capaian", "anggaran", "pagu"],
    checks:
      "target Tabel 3.1 dan 3.2 tidak dapat dibandingkan dengan Perjanjian Kinerja",
    continuation: NEXT_SASARAN,
  },
  "2.2": {
    id: "2.2",
    title: "Kegiatan dan Anggaran",
    columns: [NO, SASARAN, INDIKATOR, ANGGARAN],
    signature: [["sasaran", "anggaran"]],
    excludes: ["realisasi", "capaian", "subKegiatan", "target"],
    checks:
      "anggaran per sasaran tidak dapat dibandingkan dengan rincian sub kegiatan (Tabel 2.3)",
    continuation: NEXT_SASARAN,
  },
  "2.3": {
    id: "2.3",
    title: "Rincian Sub Kegiatan",
    columns: [
      {
        key: "kegiatan",
        aliases: ["kegiatan", "nama kegiatan"],
        required: true,
        title: "Kegiatan",
      },
      {
        key: "subKegiatan",
        aliases: ["sub kegiatan", "subkegiatan", "nama sub kegiatan"],
        required: true,
        title: "Sub Kegiatan",
      },
      ANGGARAN,
      JADWAL,
    ],
    signature: [["kegiatan", "subKegiatan", "anggaran"]],
    excludes: ["realisasi", "capaian"],
    checks:
      "anggaran sub kegiatan dan Jumlah per kegiatan tidak dapat dibandingkan dengan pagu Tabel 3.2 dan anggaran Tabel 2.2",
    continuation: [{ subKegiatan: FILLED, anggaran: FILLED }],
  },
  "3.1": {
    id: "3.1",
    title: "Capaian Kinerja",
    columns: [
      PEJABAT,
      NO,
      {
        ...SASARAN,
        required: false,
        aliases: [...SASARAN.aliases, "sasaran kegiatan sub kegiatan"],
      },
      INDIKATOR,
      SATUAN,
      {
        key: "target",
        aliases: ["target", "target kinerja"],
        required: true,
        title: "Target",
      },
      {
        key: "realisasi",
        aliases: ["realisasi", "realisasi kinerja"],
        required: true,
        title: "Realisasi",
      },
      {
        key: "capaian",
        aliases: ["capaian", "capaian kinerja", "persentase capaian", "%"],
        required: true,
        title: "Capaian",
        percent: true,
        percentAliases: ["target kinerja", "realisasi", "kinerja"],
      },
      {
        key: "ket",
        aliases: ["ket", "keterangan"],
        required: false,
        title: "Ket",
      },
    ],
    signature: [["target", "realisasi", "capaian"]],
    excludes: ["pagu", "anggaran"],
    names: ["sasaran", "indikator"],
    checks:
      "realisasi kinerja per sasaran tidak dapat dibandingkan dengan R Tabel 3.2",
    continuation: NEXT_SASARAN,
  },
  "3.2": {
    id: "3.2",
    title: "Cost per outcome",
    columns: [
      PEJABAT,
      { ...NO, required: true },
      {
        ...SASARAN,
        aliases: [
          "sasaran kegiatan",
          "sasaran",
          "kegiatan",
          "sasaran sub kegiatan",
          "program kegiatan",
          "program kinerja",
          "program",
          "kegiatan sub kegiatan",
          "program kegiatan sub kegiatan",
        ],
        title: "Sasaran/Kegiatan",
      },
      INDIKATOR,
      {
        key: "pagu",
        aliases: ["pagu", "pagu anggaran", "anggaran", "alokasi anggaran"],
        required: true,
        group: "anggaran",
        title: "Pagu (Rp)",
      },
      {
        key: "realisasi",
        aliases: ["realisasi", "realisasi anggaran"],
        required: true,
        group: "anggaran",
        title: "Realisasi (Rp)",
      },
      {
        key: "capaian",
        aliases: [
          "capaian",
          "capaian anggaran",
          "%",
          "capaian realisasi anggaran",
        ],
        required: true,
        group: "anggaran",
        title: "Capaian (%)",
        percent: true,
        percentAliases: ["realisasi", "realisasi anggaran"],
      },
      {
        key: "t",
        aliases: ["t", "target"],
        required: true,
        group: "kinerja",
        title: "T",
      },
      {
        key: "r",
        aliases: ["r", "realisasi"],
        required: true,
        group: "kinerja",
        title: "R",
      },
      {
        key: "kinerja",
        aliases: ["%", "capaian", "capaian kinerja"],
        required: true,
        group: "kinerja",
        title: "%",
        percent: true,
      },
      {
        key: "efisiensi",
        aliases: ["efisiensi", "tingkat efisiensi"],
        required: true,
        title: "Efisiensi",
        percent: true,
      },
      JADWAL,
    ],
    signature: [["pagu", "realisasi", "capaian"]],
    excludes: ["subKegiatan"],
    checks:
      "pagu dan realisasi anggaran per sub kegiatan, capaian anggaran dan efisiensi tidak dapat diperiksa",
    continuation: [{ no: SUB_NUMBERED }, { no: NUMBERED }],
  },
};

/** Parent labels of two-row headers. */
export const GROUP_LABELS: Record<string, "anggaran" | "kinerja"> = {
  anggaran: "anggaran",
  "anggaran rp": "anggaran",
  kinerja: "kinerja",
};

/** `Tabel 2.1`, `tabel 2.1.`, `TABEL 3.2 Cost per outcome` at the start of a cell. */
export const CAPTION_RE =
  /^\s*tabel\s+([23])\s*\.\s*([123])(?![\d])\s*\.?(?:\s|$)/i;

/** Sheet names that carry a table number: `Tabel 2.1`, `Tbl 3.2`, `2.3 Rincian`. */
export function sheetTableId(name: string): TableId | null {
  const m = /(?:^|[^\d.])([23])\s*[.,_]\s*([123])(?![\d.])/.exec(name);
  if (!m) return null;
  const id = `${m[1]}.${m[2]}`;
  return (TABLE_IDS as string[]).includes(id) ? (id as TableId) : null;
}
