// Section 2.2 Capaian Kinerja (3.1 in an annual LKjIP): how many sasaran reached their target, what was carried
// out, Tabel 3.1 and its chart, one paragraph per sasaran (or indicator), and the time-schedule sentence.
import { jumlahKata } from "../format";
import { SasaranFigures } from "../types";
import { Block, Paragraph } from "./document";
import { persen } from "./figures";
import {
  NarrativeCtx,
  namedByIndikator,
  quantity,
  quartersOfSubs,
  rowName,
  satuanOf,
  scheduledLater,
  spanOfSubs,
  subName,
  subsOf,
  ucfirst,
  untilEnd,
} from "./context";
import { Parts, daftarText, emph, para } from "./parts";

const waktuOf = (c: NarrativeCtx) =>
  c.p.range
    ? `Dalam kurun waktu ${c.p.range} (${c.p.covers})`
    : `Pada ${c.p.name}`;

/** `dari 2 (dua) sasaran kegiatan …, belum ada yang tercapai seluruhnya.` */
function capaianSentence(c: NarrativeCtx): string | null {
  const { a } = c;
  const withCap = a.sasaran.filter((s) => s.capaianKinerjaResolved !== null);
  const n = withCap.length;
  if (n === 0) return null;
  const reached = withCap.filter((s) =>
    s.capaianKinerjaResolved!.gte(1),
  ).length;
  const unit =
    c.unit === "indikator" ? "indikator kinerja" : "sasaran kegiatan";
  const word = c.unit === "indikator" ? "indikator" : "sasaran";
  const pk =
    c.found("2.1") && c.unit === "sasaran" ? " dalam Perjanjian Kinerja" : "";
  const partial = n < a.sasaran.length ? " yang capaiannya dapat dihitung" : "";
  // One sasaran: no "dari 1 (satu) sasaran, sasaran tersebut".
  if (n === 1)
    return `${waktuOf(c)}, satu-satunya ${unit}${partial || pk} ${reached ? "telah" : "belum"} tercapai seluruhnya.`;
  const hasil =
    reached === 0
      ? "belum ada yang tercapai seluruhnya"
      : reached === n
        ? "seluruhnya telah tercapai"
        : `${jumlahKata(reached)} ${word} telah tercapai seluruhnya`;
  return `${waktuOf(c)}, dari ${jumlahKata(n)} ${unit}${pk}${partial}, ${hasil}.`;
}

/** `Dari 8 (delapan) sub kegiatan, 2 (dua) sub kegiatan telah terlaksana, …` */
function pelaksanaanSentence(c: NarrativeCtx): string | null {
  const known = c.subs.filter((x) => x.done !== null);
  if (known.length === 0) return null;
  const done = known.filter((x) => x.done);
  const N = known.length;
  if (done.length === 0)
    return N === 1
      ? `Satu-satunya sub kegiatan belum terlaksana ${untilEnd(c.p)}.`
      : `Dari ${jumlahKata(N)} sub kegiatan, belum ada yang terlaksana ${untilEnd(c.p)}.`;
  if (done.length === N)
    return N === 1
      ? "Satu-satunya sub kegiatan telah terlaksana."
      : `Seluruh ${jumlahKata(N)} sub kegiatan telah terlaksana.`;
  const kegiatan = [...new Set(done.map((x) => x.s.kegiatan).filter(Boolean))];
  return `Dari ${jumlahKata(N)} sub kegiatan, ${jumlahKata(done.length)} sub kegiatan telah terlaksana${kegiatan.length ? `, yaitu pada kegiatan ${daftarText(kegiatan)}` : ""}.`;
}

function opener(c: NarrativeCtx): Paragraph | null {
  const first = capaianSentence(c);
  const second = pelaksanaanSentence(c);
  if (!first && !second) return null;
  if (first && second) return para(first, " ", second);
  if (first) return para(first);
  // Without a capaian sentence, the period opens this one.
  return para(
    `${waktuOf(c)}, ${second!.charAt(0).toLowerCase()}${second!.slice(1)}`,
  );
}

/** One sasaran's (or indicator's) capaian, or why it has none yet. */
function rowParagraph(c: NarrativeCtx, s: SasaranFigures): Paragraph | null {
  const cap = s.capaianKinerjaResolved;
  const head: Parts = [
    ucfirst(rowName(c, s, true)),
    namedByIndikator(c, s)
      ? ""
      : s.indikator
        ? `, dengan indikator ${s.indikator},`
        : ",",
  ];
  const r = quantity(s.realisasiQty, satuanOf(s), s.sources.realisasi);
  const t = quantity(s.targetQty, satuanOf(s), s.sources.target);
  const rt: Parts = r && t ? ["realisasi ", r, " dari target ", t] : [];
  if (scheduledLater(c, s))
    return para(
      head,
      ` belum dilaksanakan pada ${c.p.name} karena seluruh sub kegiatannya dijadwalkan pada ${spanOfSubs(c, subsOf(c, s))}`,
      rt.length ? ["; realisasinya masih ", rt.slice(1)] : "",
      ".",
    );
  if (cap === null) return null;
  const capFig = persen(cap, s.sources.capaianKinerja);
  const neg =
    s.polaritas === "negatif"
      ? " Indikator ini berpolaritas negatif (makin kecil makin baik), sehingga capaian dihitung dengan rumus (2 × target − realisasi) / target."
      : "";
  if (cap.isZero())
    return rt.length
      ? para(
          head,
          " mencatat ",
          rt,
          `, sehingga ${c.unit} ini belum terlaksana ${untilEnd(c.p)}.`,
          neg,
        )
      : para(
          head,
          " mencatat capaian kinerja ",
          capFig,
          ` ${untilEnd(c.p)}.`,
          neg,
        );
  return para(
    head,
    " mencatat ",
    rt.length ? [rt, ", atau "] : "",
    "capaian kinerja ",
    capFig,
    s.predikatResolved ? ` (predikat ${s.predikatResolved})` : "",
    ".",
    neg,
  );
}

/** The seed's "sesuai dengan time schedule" sentence, said only when the Jadwal bear it out. */
function scheduleParagraph(c: NarrativeCtx): Paragraph | null {
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
  const quarters = quartersOfSubs(notDone);
  return para(
    `Hasil capaian kinerja pada ${p.name} ini sesuai dengan `,
    emph("time schedule"),
    ` kegiatan: ${notDone.length === 1 ? "sub kegiatan yang belum terlaksana dijadwalkan" : `${jumlahKata(notDone.length)} sub kegiatan yang belum terlaksana dijadwalkan`} pada ${spanOfSubs(c, notDone)}${quarters ? ` (${quarters})` : ""}.`,
  );
}

export function capaianBlocks(c: NarrativeCtx): Block[] {
  const blocks: Block[] = [];
  const open = opener(c);
  if (open) blocks.push(open);
  if (c.found("3.1")) {
    blocks.push(
      para(
        `Capaian kinerja masing-masing ${c.unit} diuraikan pada tabel berikut ini:`,
      ),
      { kind: "table", table: "3.1", caption: "Tabel 3.1 Capaian Kinerja" },
      {
        kind: "chart",
        chart: "kinerja",
        caption: `Grafik Capaian Kinerja per ${ucfirst(c.unit)}`,
      },
    );
  }
  for (const s of c.a.sasaran) {
    const row = rowParagraph(c, s);
    if (row) blocks.push(row);
  }
  const sched = scheduleParagraph(c);
  if (sched) blocks.push(sched);
  return blocks;
}
