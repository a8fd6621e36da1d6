// What every section builder of the narrative shares: the analysis, the period's words, each sub kegiatan's
// state against its Jadwal, and how a row of the tables is named in a sentence (sasaran, indikator, program).
import Decimal from "decimal.js";
import { Analysis, Quantity, SasaranFigures, SubFigures } from "../types";
import { CellRef, Inline } from "./document";
import { angka, persen } from "./figures";
import {
  Jadwal,
  PeriodWords,
  quartersOf,
  readJadwal,
  scheduleOf,
  spanOf,
} from "./period";

export interface SubState {
  x: SubFigures;
  s: SasaranFigures;
  /** null when no realisasi column says whether it was carried out. */
  done: boolean | null;
  jadwal: Jadwal | null;
  schedule: "later" | "due" | "unknown";
}

export interface NarrativeCtx {
  a: Analysis;
  p: PeriodWords;
  found: (id: string) => boolean;
  subs: SubState[];
  bySasaran: Map<SasaranFigures, SubState[]>;
  /**
   * What a row of 3.1/3.2 is called: `indikator` where the rows carry only indicators (one sasaran written
   * above the table, several indicators in it), else `sasaran`.
   */
  unit: "sasaran" | "indikator";
}

const ZERO = new Decimal(0);

/** A realisasi the checks could not read (an error value, a formula saved without its result): not known as 0. */
export function unknownRealisasi(x: SubFigures): boolean {
  const at = x.sources.realisasi;
  return (
    !!x.unknown?.includes("realisasi") ||
    (x.realisasi === null &&
      !!at &&
      x.doubtful.some((f) => f.sheet === at.sheet && f.cell === at.cell))
  );
}

/** The sasaran's realisasi (Rp) is unknown: a cell could not be read, or a row it sums is missing (spec §4). */
export function unknownTotal(s: SasaranFigures): boolean {
  const at = s.sources.realisasiAnggaran;
  return (
    !!s.unknown?.includes("realisasiAnggaran") ||
    s.subs.some(unknownRealisasi) ||
    (!!at && s.doubtful.some((f) => f.sheet === at.sheet && f.cell === at.cell))
  );
}

function subStates(a: Analysis, p: PeriodWords): SubState[] {
  // Jadwal texts repeat (`Oktober 2024`): each is read once.
  const read = new Map<string, Jadwal | null>();
  return a.sasaran.flatMap((s) =>
    s.subs.map((x) => {
      let jadwal = read.get(x.jadwal);
      if (jadwal === undefined)
        read.set(x.jadwal, (jadwal = readJadwal(x.jadwal)));
      return {
        x,
        s,
        done:
          x.sources.realisasi && !unknownRealisasi(x)
            ? !!(x.realisasi?.gt(ZERO) || x.kinerja?.gt(ZERO))
            : null,
        jadwal,
        schedule: scheduleOf(jadwal, p),
      };
    }),
  );
}

export function narrativeCtx(a: Analysis, p: PeriodWords): NarrativeCtx {
  const found = new Set(
    a.tables.filter((t) => t.found).map((t) => t.id as string),
  );
  const subs = subStates(a, p);
  const bySasaran = new Map<SasaranFigures, SubState[]>();
  for (const x of subs) {
    const list = bySasaran.get(x.s);
    if (list) list.push(x);
    else bySasaran.set(x.s, [x]);
  }
  const indicatorsOnly =
    a.sasaran.length > 1 &&
    a.sasaran.every((s) => !cleanSasaranName(s) && s.indikator.trim());
  return {
    a,
    p,
    found: (id) => found.has(id),
    subs,
    bySasaran,
    unit: indicatorsOnly ? "indikator" : "sasaran",
  };
}

export const subsOf = (c: NarrativeCtx, s: SasaranFigures) =>
  c.bySasaran.get(s) ?? [];

/** Not carried out in this period because every sub kegiatan is scheduled later in the year. */
export function scheduledLater(c: NarrativeCtx, s: SasaranFigures): boolean {
  const subs = subsOf(c, s);
  const cap = s.capaianKinerjaResolved;
  return (
    c.p.early &&
    subs.length > 0 &&
    subs.every((x) => x.done === false && x.schedule === "later") &&
    (cap === null || cap.isZero())
  );
}

/** `Juli s.d. November 2024` for the months the sub kegiatan are scheduled in. */
export const spanOfSubs = (c: NarrativeCtx, list: SubState[]) =>
  spanOf(
    list.map((x) => x.jadwal),
    c.p,
  );

/** `triwulan III dan IV`: the quarters the sub kegiatan are scheduled in, "" when a Jadwal has no month. */
export const quartersOfSubs = (list: SubState[]) =>
  quartersOf(list.map((x) => x.jadwal));

/** A target or realisation as the text says it: a percentage, or a quantity with its unit. */
export function quantity(
  q: Quantity | null,
  satuan: string,
  src?: CellRef,
): Inline | null {
  if (!q) return null;
  if (q.unit === "%") return persen(q.value, src, q.decimals);
  return angka(q.value, satuan || q.unit, src, q.decimals);
}

export const satuanOf = (s: SasaranFigures) =>
  (s.satuan ?? "").trim().toLowerCase();

/** A name as the sentence needs it: numbering and a repeated `Sub Kegiatan`/`Sasaran` word taken off. */
const NUMBERING = /^\s*(?:\d+(?:\.\d+)*\s*[.)]?|[a-z][.)])\s*/i;
export function subName(x: SubFigures): string {
  return (
    x.name
      .replace(NUMBERING, "")
      .replace(/^sub\s+kegiatan\s*[:.-]?\s*/i, "")
      .trim() || x.name.trim()
  );
}

/** `Meningkatnya …`; "" for a row without a name. */
export const cleanSasaranName = (s: SasaranFigures) =>
  s.name
    .replace(/^\s*sasaran(?:\s+strategis)?\s*\d*\s*[.:)-]?\s*/i, "")
    .replace(NUMBERING, "")
    .trim();

const PROGRAM = /^program\s/i;

/**
 * How a row is named in a sentence, in lower case: `sasaran 1, Meningkatnya …` (with its number) or
 * `sasaran Meningkatnya …`; a program row by its own name (`Program Pemerintahan …`), never "sasaran 1";
 * an indicator row `indikator 1 (Hasil Indeks …)`.
 */
export function rowName(
  c: NarrativeCtx,
  s: SasaranFigures,
  withNumber: boolean,
): string {
  const name = cleanSasaranName(s);
  const ind = s.indikator.trim();
  const n = s.index + 1;
  if (c.unit === "indikator")
    return withNumber ? `indikator ${n} (${ind})` : `indikator ${ind}`;
  if (name && PROGRAM.test(name)) return name;
  if (name) return withNumber ? `sasaran ${n}, ${name}` : `sasaran ${name}`;
  return ind ? `sasaran ${n} (indikator ${ind})` : `sasaran ${n}`;
}

/** Whether the row's name already says what it is (no `, dengan indikator …` after it). */
export const namedByIndikator = (c: NarrativeCtx, s: SasaranFigures) =>
  c.unit === "indikator" || !cleanSasaranName(s);

export const ucfirst = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** `sampai dengan akhir triwulan I tahun 2024`, `pada Tahun 2022`. */
export const untilEnd = (p: PeriodWords) =>
  p.annual
    ? `pada ${p.name}`
    : p.endMonth
      ? `sampai dengan akhir ${p.name}`
      : `pada ${p.name}`;
