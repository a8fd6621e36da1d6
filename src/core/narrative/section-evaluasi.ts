// Section 2.3 Evaluasi dan Analisis Kinerja (3.2 in an annual LKjIP): Tabel 3.2 introduced before it is analysed,
// then per sasaran its pagu, realisasi and serapan beside its capaian kinerja, and what the efisiensi figure
// means for the period: a verdict only where the period allows one (verdicts.ts), never praise for low serapan.
import Decimal from "decimal.js";
import { BELUM_DINILAI, METODE_TITLE } from "../capaian";
import { jumlahKata } from "../format";
import { SasaranFigures } from "../types";
import { Block } from "./document";
import { persen, poin, rupiah } from "./figures";
import {
  NarrativeCtx,
  rowName,
  scheduledLater,
  spanOfSubs,
  subName,
  subsOf,
  untilEnd,
  unknownTotal,
} from "./context";
import { Part, Parts, emph, para } from "./parts";

/** The figure itself: `Capaian kinerja tersebut lebih tinggi 60,63 poin persen daripada capaian anggarannya.` */
function efisiensiFigure(c: NarrativeCtx, s: SasaranFigures): Parts {
  const e = s.efisiensiResolved!;
  const src = s.sources.efisiensi;
  const v = e.value!;
  switch (c.a.settings.efisiensi) {
    case "selisih":
      return v.isZero()
        ? ["Capaian kinerja tersebut sama dengan capaian anggarannya."]
        : [
            "Capaian kinerja tersebut ",
            v.gt(0) ? "lebih tinggi " : "lebih rendah ",
            poin(v, src),
            " poin persen daripada capaian anggarannya.",
          ];
    case "rasio":
      return [
        "Rasio capaian anggaran terhadap capaian kinerjanya ",
        persen(v, src),
        ".",
      ];
    default:
      return ["Sisa anggaran atas target yang tercapai ", persen(v, src), "."];
  }
}

/** Why the figure cannot be judged yet: serapan so far against the schedule. */
function notYetJudged(c: NarrativeCtx, s: SasaranFigures): Parts {
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
  const head = ` Selisih ini belum menunjukkan efisiensi: serapan anggaran ${untilEnd(c.p)} `;
  const why: Parts = later.length
    ? [
        serapan ? ["baru ", serapan] : "masih rendah",
        " karena ",
        later.length === 1
          ? `sub kegiatan ${subName(later[0].x)}`
          : `${jumlahKata(later.length)} sub kegiatan`,
        " dengan pagu ",
        rupiah(laterPagu),
        ` dijadwalkan pada ${spanOfSubs(c, later)}.`,
      ]
    : [serapan ? ["sebesar ", serapan] : "belum lengkap", "."];
  return [
    head,
    why,
    ` Efisiensinya ${BELUM_DINILAI} sebelum akhir tahun anggaran.`,
  ];
}

/** What the efisiensi figure says, and what it means for the period. */
function efisiensiParts(c: NarrativeCtx, s: SasaranFigures): Parts {
  const e = s.efisiensiResolved;
  const real = s.realisasiAnggaranResolved;
  // Only where Tabel 3.2 has its Efisiensi column: the text names that table's figure.
  if (!e || !real || real.isZero() || !c.found("3.2") || !s.sources.efisiensi)
    return [];
  if (e.value === null)
    return e.reading === "belum ada realisasi"
      ? []
      : [` Efisiensinya ${e.reading}.`];
  const verdict: Parts =
    e.verdict === BELUM_DINILAI
      ? notYetJudged(c, s)
      : [
          ` Menurut metode ${METODE_TITLE[c.a.settings.efisiensi]}, penggunaan anggarannya tergolong ${e.verdict}.`,
        ];
  return [" ", efisiensiFigure(c, s), verdict];
}

/** `Untuk sasaran 1, …, dari pagu anggaran Rp … telah direalisasikan Rp … atau …%, sedangkan …` */
function sasaranParagraph(c: NarrativeCtx, s: SasaranFigures): Block | null {
  const pagu = s.paguResolved;
  if (!pagu) return null;
  const has32 = c.found("3.2");
  const realKnown =
    has32 &&
    (!!s.sources.realisasiAnggaran || s.subs.some((x) => x.sources.realisasi));
  const real = s.realisasiAnggaranResolved;
  const head = `Untuk ${rowName(c, s, true)}, `;
  const paguFig = rupiah(pagu, s.sources.pagu);
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
    body = scheduledLater(c, s)
      ? [
          "pagu anggaran ",
          paguFig,
          ` belum direalisasikan karena seluruh sub kegiatannya dijadwalkan pada ${spanOfSubs(c, subsOf(c, s))}.`,
        ]
      : [
          "pagu anggaran ",
          paguFig,
          ` belum direalisasikan ${untilEnd(c.p)}`,
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
  return para(head, body, efisiensiParts(c, s));
}

export function evaluasiBlocks(c: NarrativeCtx): Block[] {
  const { a } = c;
  const blocks: Block[] = [];
  const has32 = c.found("3.2");
  if (has32)
    blocks.push(
      para(
        `Untuk mewujudkan pencapaian atas target kinerja${c.found("3.1") ? " sebagaimana tertuang pada Tabel 3.1 di atas" : ""} tentunya dibutuhkan anggaran. Oleh karena itu, pada Tabel 3.2 di bawah ini diuraikan kegiatan-kegiatan yang mendukung ketercapaian target kinerja, termasuk pagu anggaran dan realisasi anggarannya (`,
        emph("cost per outcome"),
        ").",
      ),
      { kind: "table", table: "3.2", caption: "Tabel 3.2 Cost per Outcome" },
      {
        kind: "chart",
        chart: "anggaran",
        caption: "Grafik Capaian Anggaran per Sub Kegiatan",
      },
    );
  if (has32 && a.sasaran.some((s) => efisiensiParts(c, s).length > 0))
    blocks.push(
      para(
        `Efisiensi pada Tabel 3.2 dihitung dengan metode ${METODE_TITLE[a.settings.efisiensi]}.`,
      ),
    );
  for (const s of a.sasaran) {
    const p = sasaranParagraph(c, s);
    if (p) blocks.push(p);
  }
  return blocks;
}
