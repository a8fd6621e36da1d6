// Buat Narasi as a document: sections 2.2, 2.3 and BAB III in the seed's structure, written from the figures the
// tables establish (a figure a finding marks wrong is never stated), with the review notes kept apart.
import Decimal from "decimal.js";
import { METODE_TITLE } from "../capaian";
import { FINDING_CODES, Finding } from "../findings";
import { jumlahKata } from "../format";
import { Analysis, Quantity, SasaranFigures, SubFigures } from "../types";
import {
  Block,
  CellRef,
  Inline,
  ListBlock,
  NarrativeDocument,
  Paragraph,
  ReviewNote,
  Section,
} from "./document";
import { angka, finalizeFigures, persen, poin, rupiah } from "./figures";
import {
  Jadwal,
  PeriodWords,
  periodWords,
  readJadwal,
  scheduleOf,
  spanOf,
} from "./period";
import { NarrativeTexts, splitUserText } from "./texts";

export interface NarrativeOptions {
  /** ringkas: BAB III only; lengkap: 2.2, 2.3 and BAB III. Default: the workbook's setting. */
  panjang?: "ringkas" | "lengkap";
  /** Texts the user entered once (settings store keys `teks.tupoksi`, `teks.strategi`); empty → nothing said. */
  texts?: Partial<NarrativeTexts>;
}

type Part = string | Inline;
type Parts = (Part | Parts)[];

function flat(parts: Parts): Inline[] {
  const out: Inline[] = [];
  flatInto(out, parts);
  return out;
}

/** Appends parts to out, adjacent strings joined into one text inline (no closure per call). */
function flatInto(out: Inline[], parts: Parts): void {
  for (const p of parts) {
    if (Array.isArray(p)) flatInto(out, p);
    else if (typeof p === "string") {
      if (!p) continue;
      const last = out[out.length - 1];
      if (last?.kind === "text") last.text += p;
      else out.push({ kind: "text", text: p });
    } else out.push(p.kind === "figure" ? p : { ...p });
  }
}

const para = (...parts: Parts): Paragraph => ({
  kind: "paragraph",
  content: flat(parts),
});
const emph = (text: string): Inline => ({ kind: "emphasis", text });

/** `A`, `A dan B`, `A, B, dan C`. */
const daftarText = (items: string[]) =>
  items.length <= 1
    ? items.join("")
    : items.length === 2
      ? `${items[0]} dan ${items[1]}`
      : `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;

/** `(1) A; (2) B; dan (3) C`, or just `A` for one. */
function rincian(items: Parts[]): Parts {
  if (items.length === 1) return items;
  // Flat already: the same inlines as nesting each item, without the intermediate arrays.
  const out: Parts = [];
  const last = items.length - 1;
  for (let i = 0; i < last; i++) out.push(`(${i + 1}) `, items[i], "; ");
  out.push("dan ", `(${last + 1}) `, items[last]);
  return out;
}

const ONE = new Decimal(1);
const ZERO = new Decimal(0);

interface Ctx {
  a: Analysis;
  p: PeriodWords;
  found: (id: string) => boolean;
  subs: SubState[];
  bySasaran: Map<SasaranFigures, SubState[]>;
}

interface SubState {
  x: SubFigures;
  s: SasaranFigures;
  /** null when no realisasi column says whether it was carried out. */
  done: boolean | null;
  jadwal: Jadwal | null;
  schedule: "later" | "due" | "unknown";
}

/** A realisasi the checks could not read (an error value, a formula saved without its result): not known as 0. */
function unknownRealisasi(x: SubFigures): boolean {
  const at = x.sources.realisasi;
  return (
    x.realisasi === null &&
    !!at &&
    x.doubtful.some((f) => f.sheet === at.sheet && f.cell === at.cell)
  );
}

/** The sasaran's realisasi (Rp) is unknown because one of its cells could not be read. */
function unknownTotal(s: SasaranFigures): boolean {
  const at = s.sources.realisasiAnggaran;
  return (
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

const subsOf = (c: Ctx, s: SasaranFigures) => c.bySasaran.get(s) ?? [];

/** Not carried out in this period because every sub kegiatan is scheduled later in the year. */
function scheduledLater(c: Ctx, s: SasaranFigures): boolean {
  const subs = subsOf(c, s);
  const cap = s.capaianKinerjaResolved;
  return (
    c.p.early &&
    subs.length > 0 &&
    subs.every((x) => x.done === false && x.schedule === "later") &&
    (cap === null || cap.isZero())
  );
}

const spanOfSubs = (c: Ctx, list: SubState[]) =>
  spanOf(
    list.map((x) => x.jadwal),
    c.p,
  );

function quantity(
  q: Quantity | null,
  satuan: string,
  src?: CellRef,
): Inline | null {
  if (!q) return null;
  if (q.unit === "%") return persen(q.value, src);
  return angka(q.value, satuan || q.unit, src);
}

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
/** `Meningkatnya …`; a sasaran without a name is named by its number and indikator. */
const cleanSasaranName = (s: SasaranFigures) =>
  s.name
    .replace(/^\s*sasaran(?:\s+strategis)?\s*\d*\s*[.:)-]?\s*/i, "")
    .replace(NUMBERING, "")
    .trim();
function sasaranText(s: SasaranFigures, withNumber: boolean): string {
  const name = cleanSasaranName(s);
  if (name) return withNumber ? `${s.index + 1}, ${name}` : name;
  const ind = s.indikator.trim();
  return ind ? `${s.index + 1} (indikator ${ind})` : `${s.index + 1}`;
}

const satuanOf = (s: SasaranFigures) => (s.satuan ?? "").trim().toLowerCase();

const untilEnd = (p: PeriodWords) =>
  p.annual
    ? `pada ${p.name}`
    : p.endMonth
      ? `sampai dengan akhir ${p.name}`
      : `pada ${p.name}`;

// ---------------------------------------------------------------- 2.2 Capaian Kinerja

function capaianKinerja(c: Ctx): Section {
  const { a, p } = c;
  const blocks: Block[] = [];
  const withCap = a.sasaran.filter((s) => s.capaianKinerjaResolved !== null);
  const waktu = p.range
    ? `Dalam kurun waktu ${p.range} (${p.name})`
    : `Pada ${p.name}`;
  const opener: Parts = [];
  if (withCap.length > 0) {
    const n = withCap.length;
    const reached = withCap.filter((s) =>
      s.capaianKinerjaResolved!.gte(ONE),
    ).length;
    const dari = `dari ${jumlahKata(n)} sasaran kegiatan${c.found("2.1") ? " dalam Perjanjian Kinerja" : ""}${n < a.sasaran.length ? " yang capaiannya dapat dihitung" : ""}`;
    const hasil =
      reached === 0
        ? n === 1
          ? "sasaran tersebut belum tercapai seluruhnya"
          : "belum ada yang tercapai seluruhnya"
        : reached === n
          ? n === 1
            ? "sasaran tersebut telah tercapai seluruhnya"
            : "seluruhnya telah tercapai"
          : `${jumlahKata(reached)} sasaran telah tercapai seluruhnya`;
    // One sasaran: no "dari 1 (satu) sasaran, sasaran tersebut".
    opener.push(
      n === 1
        ? `${waktu}, ${n < a.sasaran.length ? "satu-satunya sasaran kegiatan yang capaiannya dapat dihitung" : `satu-satunya sasaran kegiatan${c.found("2.1") ? " dalam Perjanjian Kinerja" : ""}`} ${reached ? "telah" : "belum"} tercapai seluruhnya.`
        : `${waktu}, ${dari}, ${hasil}.`,
    );
  }
  const known = c.subs.filter((x) => x.done !== null);
  if (known.length > 0) {
    const done = known.filter((x) => x.done);
    const N = known.length;
    let s: string;
    if (done.length === 0)
      s =
        N === 1
          ? `Satu-satunya sub kegiatan belum terlaksana ${untilEnd(p)}.`
          : `Dari ${jumlahKata(N)} sub kegiatan, belum ada yang terlaksana ${untilEnd(p)}.`;
    else if (done.length === N)
      s =
        N === 1
          ? "Satu-satunya sub kegiatan telah terlaksana."
          : `Seluruh ${jumlahKata(N)} sub kegiatan telah terlaksana.`;
    else {
      const kegiatan = [
        ...new Set(done.map((x) => x.s.kegiatan).filter(Boolean)),
      ];
      s = `Dari ${jumlahKata(N)} sub kegiatan, ${jumlahKata(done.length)} sub kegiatan telah terlaksana${kegiatan.length ? `, yaitu pada kegiatan ${daftarText(kegiatan)}` : ""}.`;
    }
    // Without a capaian sentence, the period opens this one.
    opener.push(
      opener.length ? " " : "",
      opener.length ? s : `${waktu}, ${s.charAt(0).toLowerCase()}${s.slice(1)}`,
    );
  }
  if (opener.length) blocks.push(para(opener));

  if (c.found("3.1")) {
    blocks.push(
      para(
        "Capaian kinerja masing-masing sasaran diuraikan pada tabel berikut ini:",
      ),
    );
    blocks.push({
      kind: "table",
      table: "3.1",
      caption: "Tabel 3.1 Capaian Kinerja",
    });
    blocks.push({
      kind: "chart",
      chart: "kinerja",
      caption: "Grafik Capaian Kinerja per Sasaran",
    });
  }

  for (const s of a.sasaran) {
    const cap = s.capaianKinerjaResolved;
    // Without a name the indikator already names it.
    const head = [
      `Sasaran ${sasaranText(s, true)}`,
      !cleanSasaranName(s)
        ? ""
        : s.indikator
          ? `, dengan indikator ${s.indikator},`
          : ",",
    ];
    const r = quantity(s.realisasiQty, satuanOf(s), s.sources.realisasi);
    const t = quantity(s.targetQty, satuanOf(s), s.sources.target);
    const rt: Parts = r && t ? ["realisasi ", r, " dari target ", t] : [];
    if (scheduledLater(c, s)) {
      const span = spanOfSubs(c, subsOf(c, s));
      blocks.push(
        para(
          head,
          ` belum dilaksanakan pada ${p.name} karena seluruh sub kegiatannya dijadwalkan pada ${span}`,
          rt.length ? ["; realisasinya masih ", rt.slice(1)] : "",
          ".",
        ),
      );
      continue;
    }
    if (cap === null) continue;
    const capFig = persen(cap, s.sources.capaianKinerja);
    const neg =
      s.polaritas === "negatif"
        ? " Indikator ini berpolaritas negatif (makin kecil makin baik), sehingga capaian dihitung dengan rumus (2 × target − realisasi) / target."
        : "";
    if (cap.isZero())
      blocks.push(
        para(
          head,
          " mencatat ",
          rt.length ? [rt, ", sehingga"] : "capaian kinerja ",
          rt.length ? "" : capFig,
          rt.length
            ? ` sasaran ini belum terlaksana ${untilEnd(p)}.`
            : ` ${untilEnd(p)}.`,
          neg,
        ),
      );
    else
      blocks.push(
        para(
          head,
          " mencatat ",
          rt.length ? [rt, ", atau "] : "",
          "capaian kinerja ",
          capFig,
          s.predikatResolved ? ` (predikat ${s.predikatResolved})` : "",
          ".",
          neg,
        ),
      );
  }

  const sched = scheduleParagraph(c);
  if (sched) blocks.push(sched);
  return { id: "2.2", number: "2.2.", title: "Capaian Kinerja", blocks };
}

/** The seed's "sesuai dengan time schedule" sentence, said only when the Jadwal bear it out. */
function scheduleParagraph(c: Ctx): Paragraph | null {
  const { p } = c;
  const notDone = c.subs.filter((x) => x.done === false);
  if (!notDone.length || !p.endMonth) return null;
  const due = notDone.filter((x) => x.schedule === "due");
  const unknown = notDone.filter((x) => x.schedule === "unknown");
  if (due.length)
    return para(
      `Sub kegiatan ${daftarText(due.map((x) => `${subName(x.x)} (dijadwalkan ${x.jadwal!.text})`))} belum terlaksana ${untilEnd(p)}, padahal jadwalnya sudah tiba; pelaksanaannya tidak sesuai dengan `,
      emph("time schedule"),
      " kegiatan.",
    );
  if (!p.early) return null;
  if (unknown.length)
    return para(
      `Jadwal pelaksanaan ${jumlahKata(unknown.length)} sub kegiatan yang belum terlaksana tidak tercantum, sehingga kesesuaiannya dengan `,
      emph("time schedule"),
      " kegiatan belum dapat dinilai.",
    );
  return para(
    `Hasil capaian kinerja pada ${p.name} ini sesuai dengan `,
    emph("time schedule"),
    ` kegiatan: ${notDone.length === 1 ? "sub kegiatan yang belum terlaksana dijadwalkan" : `${jumlahKata(notDone.length)} sub kegiatan yang belum terlaksana dijadwalkan`} pada ${spanOfSubs(c, notDone)}.`,
  );
}

// ---------------------------------------------------------------- 2.3 Evaluasi dan Analisis Kinerja

const POSITIVE = /^(sangat efisien|efisien|cukup efisien)$/;

function evaluasi(c: Ctx): Section {
  const { a, p } = c;
  const blocks: Block[] = [];
  const has32 = c.found("3.2");
  if (has32) {
    blocks.push(
      para(
        `Untuk mewujudkan pencapaian atas target kinerja${c.found("3.1") ? " sebagaimana tertuang pada Tabel 3.1 di atas" : ""} tentunya dibutuhkan anggaran. Oleh karena itu, pada Tabel 3.2 di bawah ini diuraikan kegiatan-kegiatan yang mendukung ketercapaian target kinerja, termasuk pagu anggaran dan realisasi anggarannya.`,
      ),
    );
    blocks.push({
      kind: "table",
      table: "3.2",
      caption: "Tabel 3.2 Cost per Outcome",
    });
    blocks.push({
      kind: "chart",
      chart: "anggaran",
      caption: "Grafik Capaian Kinerja dan Capaian Anggaran per Sasaran",
    });
  }
  const efisiensiShown =
    has32 && a.sasaran.some((s) => efisiensiParts(c, s).length > 0);
  if (efisiensiShown)
    blocks.push(
      para(
        `Efisiensi pada Tabel 3.2 dihitung dengan metode ${METODE_TITLE[a.settings.efisiensi]}.`,
      ),
    );

  for (const s of a.sasaran) {
    const pagu = s.paguResolved;
    if (!pagu) continue;
    const realKnown =
      has32 &&
      (!!s.sources.realisasiAnggaran ||
        s.subs.some((x) => x.sources.realisasi));
    const real = s.realisasiAnggaranResolved;
    const head: Parts = [`Untuk sasaran ${sasaranText(s, true)}, `];
    const paguFig = rupiah(pagu, s.sources.pagu);
    const later = scheduledLater(c, s);
    const cap = s.capaianKinerjaResolved;
    const kinerjaClause: Part | Parts =
      cap !== null
        ? [
            ", sedangkan capaian kinerjanya ",
            persen(cap, s.sources.capaianKinerja),
          ]
        : "";
    let body: Parts;
    if (!realKnown) body = ["pagu anggarannya ", paguFig, "."];
    // A realisasi the checks could not read is not known to be 0: no figure is stated for it.
    else if (real === null && unknownTotal(s))
      body = ["pagu anggarannya ", paguFig, kinerjaClause, "."];
    else if (!real || real.isZero())
      body = later
        ? [
            "pagu anggaran ",
            paguFig,
            ` belum direalisasikan karena seluruh sub kegiatannya dijadwalkan pada ${spanOfSubs(c, subsOf(c, s))}.`,
          ]
        : [
            "pagu anggaran ",
            paguFig,
            ` belum direalisasikan ${untilEnd(p)}`,
            kinerjaClause,
            ".",
          ];
    else
      body = [
        "dari pagu anggaran ",
        paguFig,
        " telah direalisasikan ",
        rupiah(real, s.sources.realisasiAnggaran),
        s.capaianAnggaranResolved
          ? [
              " atau ",
              persen(s.capaianAnggaranResolved, s.sources.capaianAnggaran),
            ]
          : "",
        kinerjaClause,
        ".",
      ];
    blocks.push(para(head, body, efisiensiParts(c, s)));
  }
  return {
    id: "2.3",
    number: "2.3.",
    title: "Evaluasi dan Analisis Kinerja",
    blocks,
  };
}

/** What the efisiensi figure says, and what it means for the period (low serapan early in the year is not praised). */
function efisiensiParts(c: Ctx, s: SasaranFigures): Parts {
  const { a, p } = c;
  const e = s.efisiensiResolved;
  const real = s.realisasiAnggaranResolved;
  // Only where Tabel 3.2 has its Efisiensi column: the text names that table's figure.
  if (!e || !real || real.isZero() || !c.found("3.2") || !s.sources.efisiensi)
    return [];
  if (e.value === null)
    return e.reading === "belum ada realisasi"
      ? []
      : [` Efisiensinya ${e.reading}.`];
  const src = s.sources.efisiensi;
  const out: Parts = [" "];
  const metode = a.settings.efisiensi;
  if (metode === "selisih") {
    const v = e.value;
    out.push(
      v.isZero()
        ? "Capaian kinerja tersebut sama dengan capaian anggarannya."
        : [
            "Capaian kinerja tersebut ",
            v.gt(0) ? "lebih tinggi " : "lebih rendah ",
            poin(v, src),
            " poin persen daripada capaian anggarannya.",
          ],
    );
  } else if (metode === "rasio")
    out.push(
      "Rasio capaian anggaran terhadap capaian kinerjanya ",
      persen(e.value, src),
      ".",
    );
  else
    out.push(
      "Sisa anggaran atas target yang tercapai ",
      persen(e.value, src),
      ".",
    );

  if (p.early && POSITIVE.test(e.reading)) {
    const later = subsOf(c, s).filter(
      (x) => x.done === false && x.schedule === "later",
    );
    const serapan = s.capaianAnggaranResolved
      ? persen(s.capaianAnggaranResolved, s.sources.capaianAnggaran)
      : null;
    const laterPagu = later.reduce(
      (t, x) => (x.x.paguResolved ? t.plus(x.x.paguResolved) : t),
      new Decimal(0),
    );
    out.push(
      ` Angka ini belum menunjukkan efisiensi penggunaan anggaran: serapan anggaran ${untilEnd(p)} `,
      serapan ? ["baru ", serapan] : "masih rendah",
      later.length
        ? [
            " karena ",
            later.length === 1
              ? `sub kegiatan ${subName(later[0].x)}`
              : `${jumlahKata(later.length)} sub kegiatan`,
            " dengan pagu ",
            rupiah(laterPagu),
            ` dijadwalkan pada ${spanOfSubs(c, later)}. Efisiensi baru dapat dinilai setelah ${later.length === 1 ? "sub kegiatan tersebut" : "sub kegiatan tersebut"} dilaksanakan.`,
          ]
        : `, sehingga efisiensi baru dapat dinilai pada akhir tahun anggaran.`,
    );
  } else
    out.push(
      ` Menurut metode ${METODE_TITLE[metode]}, penggunaan anggarannya tergolong ${e.reading}.`,
    );
  return out;
}

// ---------------------------------------------------------------- BAB III Penutup

function penutup(c: Ctx, texts: NarrativeTexts): Section {
  const { a, p } = c;
  const items: Block[][] = [];

  if (texts.tupoksi) items.push(userText(texts.tupoksi, ""));

  // Kinerja per sasaran.
  const phrases: Parts[] = [];
  for (const s of a.sasaran) {
    const cap = s.capaianKinerjaResolved;
    if (scheduledLater(c, s))
      phrases.push([
        `sasaran ${sasaranText(s, false)}`,
        ` belum dilaksanakan, dijadwalkan pada ${spanOfSubs(c, subsOf(c, s))}`,
      ]);
    else if (cap === null) continue;
    else if (cap.isZero())
      phrases.push([
        `sasaran ${sasaranText(s, false)}`,
        " belum terlaksana (capaian kinerja ",
        persen(cap, s.sources.capaianKinerja),
        ")",
      ]);
    else
      phrases.push([
        `capaian kinerja sasaran ${sasaranText(s, false)}`,
        " sebesar ",
        persen(cap, s.sources.capaianKinerja),
        s.predikatResolved ? ` (predikat ${s.predikatResolved})` : "",
      ]);
  }
  if (phrases.length)
    items.push([
      para(
        ucfirst(
          phrases.length <= 2
            ? phrases.flatMap((x, i) => (i ? [", sedangkan ", x] : [x]))
            : [
                ...phrases.slice(0, -1).flatMap((x) => [x, "; "]),
                "dan ",
                phrases[phrases.length - 1],
              ],
        ),
        ".",
      ),
    ]);

  // Anggaran of what was carried out, and the total.
  const known = c.subs.filter((x) => x.done !== null);
  const done = known.filter((x) => x.done);
  if (known.length) {
    if (!done.length)
      items.push([
        para(
          "Belum ada sub kegiatan yang terealisasi, baik kinerja maupun anggarannya.",
        ),
      ]);
    else {
      const list = done.map((x) => subRealisasi(x.x));
      const totalPagu = a.sasaran.reduce(
        (t, s) => (s.paguResolved ? t.plus(s.paguResolved) : t),
        new Decimal(0),
      );
      const totalReal = a.sasaran.reduce(
        (t, s) =>
          s.realisasiAnggaranResolved ? t.plus(s.realisasiAnggaranResolved) : t,
        new Decimal(0),
      );
      items.push([
        para(
          `Capaian anggaran sub kegiatan yang telah terlaksana yaitu `,
          rincian(list),
          ".",
          // No total while a sasaran's realisasi could not be read.
          totalPagu.isZero() ||
            a.sasaran.some(
              (s) => s.realisasiAnggaranResolved === null && unknownTotal(s),
            )
            ? ""
            : [
                ` Secara keseluruhan, realisasi anggaran ${untilEnd(p)} sebesar `,
                rupiah(totalReal),
                " atau ",
                persen(totalReal.div(totalPagu)),
                " dari total pagu ",
                rupiah(totalPagu),
                ".",
              ],
        ),
      ]);
    }
  }

  // What is not carried out yet, with its Jadwal.
  const notDone = known.filter((x) => x.done === false);
  if (notDone.length) {
    const list = notDone.map((x): Parts => {
      if (x.schedule === "later")
        return [subName(x.x), `, dijadwalkan pada ${x.jadwal!.text}`];
      if (x.schedule === "due")
        return [subName(x.x), `, yang dijadwalkan pada ${x.jadwal!.text}`];
      return [
        subName(x.x),
        x.jadwal
          ? ` (jadwal: ${x.jadwal.text})`
          : " (jadwal pelaksanaannya tidak tercantum)",
      ];
    });
    const allLater = p.early && notDone.every((x) => x.schedule === "later");
    const due = notDone.filter((x) => x.schedule === "due");
    items.push([
      para(
        p.annual
          ? `Sub kegiatan yang tidak terlaksana ${untilEnd(p)} yaitu `
          : "Sub kegiatan yang belum terlaksana yaitu ",
        rincian(list),
        ".",
        allLater
          ? [
              ` Sub kegiatan tersebut akan dilaksanakan pada ${p.endMonth === 9 ? "triwulan IV" : "triwulan berikutnya"} sesuai dengan `,
              emph("time schedule"),
              " kegiatan.",
            ]
          : "",
        due.length && !p.annual
          ? ` Jadwal ${due.length === 1 ? "sub kegiatan" : `${jumlahKata(due.length)} sub kegiatan`} yang telah tiba perlu segera ditindaklanjuti.`
          : "",
      ),
    ]);
  }

  if (texts.strategi)
    items.push(
      userText(
        texts.strategi,
        "Adapun strategi yang dilakukan untuk mencapai target adalah melalui:",
      ),
    );

  punctuate(items);
  const intro = `Laporan Kinerja ${p.title ? p.title.replace(/^Triwulan/, "triwulan") + " " : "ini "}dapat disimpulkan secara ringkas sebagai berikut:`;
  return {
    id: "bab3",
    number: "BAB III",
    title: "PENUTUP",
    blocks: items.length
      ? [para(intro), { kind: "list", style: "numbered", items }]
      : [],
  };
}

function subRealisasi(x: SubFigures): Parts {
  const real = x.realisasi ?? new Decimal(0);
  const out: Parts = [
    subName(x),
    " sebesar ",
    rupiah(real, x.sources.realisasi),
  ];
  if (x.paguResolved && !x.paguResolved.isZero() && x.capaianAnggaranResolved)
    out.push(
      " atau ",
      persen(x.capaianAnggaranResolved, x.sources.capaianAnggaran),
      " dari pagu ",
      rupiah(x.paguResolved, x.sources.pagu),
    );
  if (x.kinerja !== null)
    out.push(", dengan capaian kinerja ", persen(x.kinerja, x.sources.kinerja));
  return out;
}

function userText(text: string, defaultIntro: string): Block[] {
  const { intro, items } = splitUserText(text);
  if (!items.length) return [para(intro)];
  const list: ListBlock = {
    kind: "list",
    style: "lettered",
    items: items.map((t) => [para(t)]),
  };
  return [para(intro || defaultIntro), list];
}

function ucfirst(parts: Parts): Parts {
  const inl = flat(parts);
  const first = inl[0];
  if (first && first.kind !== "figure")
    first.text = first.text.charAt(0).toUpperCase() + first.text.slice(1);
  return inl;
}

/** The seed's list style: each item ends with `;`, the last with `.` (nested lettered items alike). */
function punctuate(items: Block[][]): void {
  items.forEach((item, i) => {
    const end = i === items.length - 1 ? "." : ";";
    const last = item[item.length - 1];
    if (last?.kind === "list") {
      punctuate(last.items);
      if (end === ";")
        setEnd(lastParagraph(last.items[last.items.length - 1]), ";");
    } else if (last?.kind === "paragraph") setEnd(last, end);
  });
}

function lastParagraph(blocks: Block[]): Paragraph | null {
  const b = blocks[blocks.length - 1];
  if (!b) return null;
  if (b.kind === "paragraph") return b;
  if (b.kind === "list")
    return lastParagraph(b.items[b.items.length - 1] ?? []);
  return null;
}

function setEnd(p: Paragraph | null, end: string): void {
  const last = p?.content[p.content.length - 1];
  if (!p || !last) return;
  if (last.kind === "text")
    last.text = last.text.replace(/[\s.;:,]*$/, "") + end;
  else p.content.push({ kind: "text", text: end });
}

// ---------------------------------------------------------------- review notes

const NOTED = new Set<Finding["severity"]>(["error", "warning"]);

function reviewNotes(c: Ctx): ReviewNote[] {
  const { a } = c;
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
  // Totals computed from a wrong figure: which cell to correct, and the figure the text uses instead.
  for (const s of a.sasaran) {
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
      const f = x.doubtful.find((d) => d.code === "PAGU_TIDAK_SESUAI")!;
      const wrong = x.pagu;
      if (
        x.realisasi &&
        wrong &&
        x.realisasi.eq(wrong) &&
        x.paguResolved &&
        !x.paguResolved.eq(wrong) &&
        x.sources.realisasi
      )
        notes.push({
          code: "PAGU_TIDAK_SESUAI",
          severity: "warning",
          source: x.sources.realisasi,
          text: `Realisasi sub kegiatan ${x.label} di ${x.sources.realisasi.sheet} sel ${x.sources.realisasi.cell} (Rp ${fmt(x.realisasi)}) sama dengan pagu yang salah di sel ${f.cell}. Pastikan realisasinya memang Rp ${fmt(x.realisasi)}; narasi menyebutnya sebagai realisasi dari pagu Rp ${fmt(x.paguResolved)}.`,
        });
    }
  }
  return notes;
}

const fmt = (d: Decimal) => d.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

// ---------------------------------------------------------------- the document

export function buildNarrativeDocument(
  a: Analysis,
  options: NarrativeOptions = {},
): NarrativeDocument {
  const p = periodWords(a.period);
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
  const c: Ctx = { a, p, found: (id) => found.has(id), subs, bySasaran };
  const texts: NarrativeTexts = {
    tupoksi: options.texts?.tupoksi?.trim() ?? "",
    strategi: options.texts?.strategi?.trim() ?? "",
  };
  const title = `Laporan Kinerja${p.title ? " " + p.title : ""}`;
  const reviewNotesList = reviewNotes(c);
  if (a.sasaran.length === 0) {
    return {
      title,
      period: p.name,
      sections: [],
      reviewNotes: [
        {
          code: "TABEL_TIDAK_DITEMUKAN",
          severity: "error",
          source: null,
          text: "Narasi belum dapat dibuat: tabel laporan (Tabel 2.1, 2.2, 2.3, 3.1 dan 3.2) tidak ditemukan atau kosong.",
        },
        ...reviewNotesList,
      ],
    };
  }
  const bab3 = penutup(c, texts);
  const panjang = options.panjang ?? a.settings.narasi;
  // A section with nothing the tables can say is left out, not printed as a bare heading.
  const sections = (
    panjang === "ringkas" ? [bab3] : [capaianKinerja(c), evaluasi(c), bab3]
  ).filter((x) => x.blocks.length > 0);
  const doc: NarrativeDocument = {
    title,
    period: p.name,
    sections,
    reviewNotes: reviewNotesList,
  };
  finalizeFigures(doc);
  return doc;
}
