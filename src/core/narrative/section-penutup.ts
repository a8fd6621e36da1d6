// BAB III Penutup (BAB IV in an annual LKjIP): the seed's numbered conclusions. Tugas pokok dan fungsi first and
// strategi last come from the officer's texts; between them what the numbers give: capaian per sasaran, the
// anggaran of what was carried out, and what is still to come, with the quarters its Jadwal name.
import Decimal from "decimal.js";
import { jumlahKata } from "../format";
import { SasaranFigures, SubFigures } from "../types";
import { Block, ListBlock } from "./document";
import { persen, rupiah } from "./figures";
import {
  NarrativeCtx,
  SubState,
  quartersOfSubs,
  rowName,
  scheduledLater,
  spanOfSubs,
  subName,
  subsOf,
  untilEnd,
  unknownTotal,
} from "./context";
import {
  Parts,
  SUB_LIST_FROM,
  emph,
  para,
  punctuate,
  rincian,
  subList,
} from "./parts";
import { NarrativeTexts, splitUserText } from "./texts";

/** One row's capaian, or why it has none; `said` when the sentence already says "capaian kinerja". */
function kinerjaPhrase(
  c: NarrativeCtx,
  s: SasaranFigures,
  said: boolean,
): Parts | null {
  const cap = s.capaianKinerjaResolved;
  if (scheduledLater(c, s))
    return [
      rowName(c, s, false),
      ` belum dilaksanakan, dijadwalkan pada ${spanOfSubs(c, subsOf(c, s))}`,
    ];
  if (cap === null) return null;
  if (cap.isZero())
    return [
      rowName(c, s, false),
      " belum terlaksana (capaian kinerja ",
      persen(cap, s.sources.capaianKinerja),
      ")",
    ];
  return [
    `${said ? "" : "capaian kinerja "}${rowName(c, s, false)}`,
    " sebesar ",
    persen(cap, s.sources.capaianKinerja),
    s.predikatResolved ? ` (predikat ${s.predikatResolved})` : "",
  ];
}

/** `capaian kinerja sasaran … sebesar 67%, sedangkan sasaran … belum dilaksanakan, dijadwalkan …` */
function kinerjaItem(c: NarrativeCtx): Block[] | null {
  const asList = c.a.sasaran.length >= SUB_LIST_FROM;
  const phrases = c.a.sasaran
    .map((s) => kinerjaPhrase(c, s, asList))
    .filter((x): x is Parts => x !== null);
  if (!phrases.length) return null;
  if (!asList)
    return [
      para(
        phrases.flatMap((x, i) => (i ? [", sedangkan ", x] : [x])),
        ".",
      ),
    ];
  return [
    para(`capaian kinerja per ${c.unit} sebagai berikut:`),
    subList(phrases),
  ];
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

/** The anggaran of what was carried out, and the total. */
function anggaranItem(c: NarrativeCtx, known: SubState[]): Block[] {
  const done = known.filter((x) => x.done);
  if (!done.length)
    return [
      para(
        "belum ada sub kegiatan yang terealisasi, baik kinerja maupun anggarannya.",
      ),
    ];
  const { a } = c;
  const totalPagu = a.sasaran.reduce(
    (t, s) => (s.paguResolved ? t.plus(s.paguResolved) : t),
    new Decimal(0),
  );
  const totalReal = a.sasaran.reduce(
    (t, s) =>
      s.realisasiAnggaranResolved ? t.plus(s.realisasiAnggaranResolved) : t,
    new Decimal(0),
  );
  // No total while a sasaran's realisasi could not be read.
  const total: Parts =
    totalPagu.isZero() ||
    // A sasaran's pagu or realisasi unknown: a total over the others would be a partial sum (spec §4).
    a.sasaran.some(
      (s) =>
        (s.realisasiAnggaranResolved === null && unknownTotal(s)) ||
        !!s.unknown?.includes("pagu"),
    )
      ? []
      : [
          `realisasi anggaran ${untilEnd(c.p)} sebesar `,
          rupiah(totalReal),
          " atau ",
          persen(totalReal.div(totalPagu)),
          " dari total pagu ",
          rupiah(totalPagu),
        ];
  const list = done.map((x) => subRealisasi(x.x));
  if (list.length < SUB_LIST_FROM)
    return [
      para(
        "capaian anggaran sub kegiatan yang telah terlaksana yaitu ",
        rincian(list),
        ".",
        total.length ? [" Secara keseluruhan, ", total, "."] : "",
      ),
    ];
  return [
    para(
      total.length
        ? ["secara keseluruhan, ", total, ", dengan capaian anggaran"]
        : "capaian anggaran",
      " sub kegiatan yang telah terlaksana sebagai berikut:",
    ),
    subList(list),
  ];
}

/** What is not carried out yet, with its Jadwal and the quarters it falls in. */
function belumItem(c: NarrativeCtx, notDone: SubState[]): Block[] {
  const { p } = c;
  const asList = notDone.length >= SUB_LIST_FROM;
  const entry = (x: SubState): Parts => {
    if (x.schedule === "later")
      return [subName(x.x), `, dijadwalkan pada ${x.jadwal!.text}`];
    if (x.schedule === "due")
      return [
        subName(x.x),
        `, yang dijadwalkan pada ${x.jadwal!.text}`,
        asList && !p.annual
          ? " (jadwalnya telah tiba dan perlu segera ditindaklanjuti)"
          : "",
      ];
    return [
      subName(x.x),
      x.jadwal
        ? ` (jadwal: ${x.jadwal.text})`
        : " (jadwal pelaksanaannya tidak tercantum)",
    ];
  };
  const allLater = p.early && notDone.every((x) => x.schedule === "later");
  const due = notDone.filter((x) => x.schedule === "due");
  const quarters = allLater ? quartersOfSubs(notDone) : "";
  const when: Parts = allLater
    ? [
        `, dijadwalkan pada ${quarters || "triwulan berikutnya"} sesuai dengan `,
        emph("time schedule"),
        " kegiatan,",
      ]
    : [];
  const subject = p.annual
    ? `sub kegiatan yang tidak terlaksana ${untilEnd(p)}`
    : "sub kegiatan yang belum terlaksana";
  const list = notDone.map(entry);
  if (asList) return [para(subject, when, " yaitu:"), subList(list)];
  const follow =
    due.length && !p.annual
      ? ` Jadwal ${due.length === 1 ? "sub kegiatan" : `${jumlahKata(due.length)} sub kegiatan`} yang telah tiba perlu segera ditindaklanjuti.`
      : "";
  return [para(subject, when, " yaitu ", rincian(list), ".", follow)];
}

/** The officer's own text as an item: an intro and its lines as a lettered list. */
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

export function penutupBlocks(c: NarrativeCtx, texts: NarrativeTexts): Block[] {
  const items: Block[][] = [];
  if (texts.tupoksi) items.push(userText(texts.tupoksi, ""));
  const kinerja = kinerjaItem(c);
  if (kinerja) items.push(kinerja);
  const known = c.subs.filter((x) => x.done !== null);
  if (known.length) items.push(anggaranItem(c, known));
  const notDone = known.filter((x) => x.done === false);
  if (notDone.length) items.push(belumItem(c, notDone));
  if (texts.strategi)
    items.push(
      userText(
        texts.strategi,
        "Adapun strategi yang dilakukan untuk mencapai target adalah melalui:",
      ),
    );
  if (!items.length) return [];
  punctuate(items);
  const title = c.p.title
    ? `Laporan Kinerja ${c.p.title}`
    : "Laporan Kinerja ini";
  return [
    para(`${title} dapat disimpulkan secara ringkas sebagai berikut:`),
    { kind: "list", style: "numbered", items },
  ];
}
