// Buat Narasi: sections 2.2, 2.3 and BAB III of the report, written from the computed figures only,
// so the text cannot contradict the tables. Every figure comes from Analysis; every list is numbered by code.
import Decimal from "decimal.js";
import { Analysis, SasaranFigures, SubFigures } from "./types";
import { METODE_TITLE } from "./capaian";
import { Finding } from "./findings";
import { formatPersen, formatRupiah, jumlahKata } from "./format";

export interface NarasiOptions {
  /** ringkas: BAB III only; lengkap: 2.2, 2.3 and BAB III. Default: the workbook's setting. */
  panjang?: "ringkas" | "lengkap";
}

const ROMAN = ["", "I", "II", "III", "IV"];
const RANGE = [
  "",
  "1 Januari s.d. 31 Maret",
  "1 April s.d. 30 Juni",
  "1 Juli s.d. 30 September",
  "1 Oktober s.d. 31 Desember",
];

const rp = (d: Decimal) => formatRupiah(d);
const pct = (d: Decimal) => formatPersen(d);
const ONE = new Decimal(1);

function periode(a: Analysis): { nama: string; rentang: string } {
  const { triwulan, tahun } = a.period;
  const th = tahun ? ` tahun ${tahun}` : "";
  if (!triwulan) return { nama: `triwulan ini${th}`, rentang: "" };
  return {
    nama: `triwulan ${ROMAN[triwulan]}${th}`,
    rentang: `${RANGE[triwulan]}${tahun ? " " + tahun : ""}`,
  };
}

/** `A`, `A dan B`, `A, B, dan C`. */
function daftar(items: string[]): string {
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;
}

/** `(1) A; (2) B; dan (3) C`: numbered by construction. */
function rincian(items: string[]): string {
  const numbered = items.map((s, i) => `(${i + 1}) ${s}`);
  if (numbered.length <= 1) return numbered.join("");
  return `${numbered.slice(0, -1).join("; ")}; dan ${numbered[numbered.length - 1]}`;
}

const ucfirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const terlaksana = (x: SubFigures) =>
  !!(x.realisasi?.gt(0) || x.kinerja?.gt(0));

function capaianKata(s: SasaranFigures): string {
  const c = s.capaianKinerja;
  if (!c) return "capaiannya belum dapat dihitung";
  if (c.gte(ONE)) return `telah tercapai ${pct(c)}`;
  if (c.isZero()) return "belum terlaksana (capaian 0%)";
  return `telah tercapai ${pct(c)}`;
}

const money = (f: Finding) =>
  typeof f.expected === "number" ? rp(new Decimal(f.expected)) : "";

/** One sentence per doubtful figure: what the two tables say, without choosing silently. */
export function keraguan(f: Finding, subjek: string): string {
  const otherTable =
    f.table === "3.2" ? "2.3" : f.table === "2.3" ? "3.2" : "2.3";
  switch (f.code) {
    case "PAGU_TIDAK_SESUAI":
      if (f.table === "3.2" || f.table === "2.3") {
        const actual = moneyText(f.actual);
        return `angka pagu ${subjek} pada Tabel ${f.table} (${actual}) berbeda dengan Tabel ${otherTable} (${money(f)})`;
      }
      break;
    case "FORMAT_ANGKA":
      return `angka "${f.actual}" untuk ${subjek} pada Tabel ${f.table} tidak dapat dibaca dengan pasti${f.expected !== null ? `; menurut tabel lain seharusnya ${money(f)}` : ""}`;
    case "JUMLAH_TIDAK_SESUAI":
      return `jumlah anggaran ${subjek} pada Tabel 2.3 (${moneyText(f.actual)}) tidak sama dengan jumlah rinciannya (${money(f)})`;
    case "ANGGARAN_TIDAK_SESUAI":
      return `anggaran ${subjek} pada Tabel 2.2 (${moneyText(f.actual)}) berbeda dengan rincian Tabel 2.3 (${money(f)})`;
    case "TARGET_TIDAK_SESUAI":
      return `target ${subjek} pada Tabel ${f.table} (${f.actual}) berbeda dengan Perjanjian Kinerja (${typeof f.expected === "number" && f.expectedKind === "persen" ? pct(new Decimal(f.expected)) : String(f.expected)})`;
    case "REALISASI_TIDAK_SESUAI":
      return `realisasi ${subjek} pada Tabel ${f.table} (${f.actual}) berbeda dengan ${f.table === "3.1" ? "Tabel 3.2" : "jumlah rinciannya"} (${typeof f.expected === "number" && f.expectedKind === "persen" ? pct(new Decimal(f.expected)) : money(f)})`;
    case "NILAI_TIDAK_VALID":
      return `nilai ${subjek} pada Tabel ${f.table} sel ${f.cell} (${f.actual}) tidak dapat dibaca sebagai angka`;
  }
  return `${subjek}: ${f.message.replace(/\.$/, "")}`;
}

function moneyText(actual: string | null): string {
  if (!actual) return "kosong";
  const digits = actual.replace(/^rp\.?\s*/i, "").trim();
  return /^[\d.,]+$/.test(digits)
    ? `Rp ${digits.replace(/,-$/, "")}`
    : `"${actual}"`;
}

function subjekSub(x: SubFigures): string {
  return `sub kegiatan ${x.name}`;
}

function catatanSub(x: SubFigures): string {
  if (x.doubtful.length === 0) return "";
  const notes = x.doubtful.map((f) => {
    let s = keraguan(f, "sub kegiatan ini");
    // With the other table's pagu, the serapan reads differently: say both rather than choose.
    if (
      f.code === "PAGU_TIDAK_SESUAI" &&
      f.table === "3.2" &&
      typeof f.expected === "number" &&
      f.expected > 0 &&
      x.realisasi
    ) {
      s += `, sehingga menurut pagu Tabel 2.3 capaian anggarannya ${pct(x.realisasi.div(f.expected))}`;
    }
    return s;
  });
  return `; perlu diperiksa: ${notes.join("; ")}`;
}

function serapanSub(x: SubFigures): string {
  const base = `sebesar ${rp(x.realisasi ?? new Decimal(0))}`;
  if (!x.capaianAnggaran)
    return `${base} (capaian anggarannya belum dapat dihitung)`;
  return `${base} atau ${pct(x.capaianAnggaran)} dari pagu ${rp(x.pagu!)}`;
}

function kinerjaSub(x: SubFigures): string {
  return x.kinerja ? ` dengan capaian kinerja ${pct(x.kinerja)}` : "";
}

function belum(x: SubFigures): string {
  return x.jadwal
    ? `${x.name}, dijadwalkan ${x.jadwal}`
    : `${x.name} (jadwal pelaksanaan belum dicantumkan)`;
}

// ---- 2.2 Capaian Kinerja

function bagianCapaian(a: Analysis): string[] {
  const p = periode(a);
  const n = a.sasaran.length;
  const reached = a.sasaran.filter((s) => s.capaianKinerja?.gte(ONE)).length;
  const subs = a.sasaran.flatMap((s) => s.subs);
  const done = subs.filter(terlaksana);
  const out: string[] = ["2.2. Capaian Kinerja"];
  const waktu = p.rentang
    ? `Dalam kurun waktu ${p.rentang} (${p.nama})`
    : `Pada ${p.nama}`;
  const reachedText =
    n === 1 && reached === 0
      ? "sasaran tersebut belum tercapai seluruhnya"
      : reached === 0
        ? "belum ada yang tercapai seluruhnya"
        : reached === n
          ? n === 1
            ? "sasaran tersebut telah tercapai seluruhnya"
            : "seluruhnya telah tercapai"
          : `${jumlahKata(reached)} sasaran telah tercapai seluruhnya`;
  out.push(
    `${waktu}, dari ${jumlahKata(n)} sasaran kegiatan yang ditetapkan dalam Perjanjian Kinerja, ${reachedText}.`,
  );
  for (const s of a.sasaran) {
    const c = s.capaianKinerja;
    const ukur =
      s.realisasi && s.target
        ? `realisasi ${s.realisasi} dari target ${s.target}`
        : "realisasi yang belum lengkap";
    const cap = c
      ? `capaian kinerja ${pct(c)} (predikat ${s.predikat})`
      : "capaian kinerja yang belum dapat dihitung";
    const neg =
      s.polaritas === "negatif"
        ? " Indikator ini berpolaritas negatif (makin kecil makin baik), sehingga capaian dihitung dengan rumus (2 × target − realisasi) / target."
        : "";
    out.push(
      `Sasaran ${s.index + 1}, ${s.name}${s.indikator ? `, dengan indikator ${s.indikator}` : ""}, mencatat ${ukur}, atau ${cap}.${neg}`,
    );
  }
  if (subs.length > 0) {
    let kalimat: string;
    if (done.length === 0)
      kalimat =
        subs.length === 1
          ? `Satu-satunya sub kegiatan belum terlaksana pada ${p.nama}.`
          : `Dari ${jumlahKata(subs.length)} sub kegiatan, belum ada yang terlaksana pada ${p.nama}.`;
    else if (done.length === subs.length)
      kalimat =
        subs.length === 1
          ? `Satu-satunya sub kegiatan telah terlaksana.`
          : `Seluruh ${jumlahKata(subs.length)} sub kegiatan telah terlaksana.`;
    else {
      const kegiatan = [
        ...new Set(
          a.sasaran
            .filter((s) => s.subs.some(terlaksana))
            .map((s) => s.kegiatan || s.name),
        ),
      ];
      kalimat = `Dari ${jumlahKata(subs.length)} sub kegiatan, ${done.length === 1 ? "baru " : ""}${jumlahKata(done.length)} sub kegiatan yang sudah terlaksana${kegiatan.length ? `, yaitu pada kegiatan ${daftar(kegiatan)}` : ""}.`;
    }
    out.push(kalimat);
  }
  return out;
}

// ---- 2.3 Evaluasi dan Analisis Kinerja

function bagianEvaluasi(a: Analysis): string[] {
  const out: string[] = ["2.3. Evaluasi dan Analisis Kinerja"];
  out.push(
    `Efisiensi pada Tabel 3.2 dihitung dengan metode ${METODE_TITLE[a.settings.efisiensi]}.`,
  );
  for (const s of a.sasaran) {
    const no = `sasaran ${s.index + 1}, ${s.name}`;
    const parts: string[] = [];
    if (s.pagu) {
      const real = s.realisasiAnggaran ?? new Decimal(0);
      const serapan = s.capaianAnggaran
        ? ` atau ${pct(s.capaianAnggaran)}`
        : "";
      parts.push(
        real.isZero()
          ? `pagu anggaran ${rp(s.pagu)} belum direalisasikan`
          : `dari pagu anggaran ${rp(s.pagu)} telah direalisasikan ${rp(real)}${serapan}`,
      );
    } else parts.push("pagu anggarannya tidak tercantum");
    parts.push(
      s.capaianKinerja
        ? `capaian kinerjanya ${pct(s.capaianKinerja)}`
        : "capaian kinerjanya belum dapat dihitung",
    );
    let kalimat = `Untuk ${no}, ${parts.join(", sedangkan ")}.`;
    const e = s.efisiensi;
    if (e) {
      if (e.value === null)
        kalimat += ` Efisiensinya ${e.reading === "belum ada realisasi" ? "belum dapat dinilai karena belum ada realisasi kinerja maupun anggaran" : e.reading}.`;
      else if (a.settings.efisiensi === "selisih")
        kalimat += ` Selisih capaian kinerja dan capaian anggaran adalah ${pct(e.value)}, sehingga penggunaan anggarannya tergolong ${e.reading}.`;
      else if (a.settings.efisiensi === "rasio")
        kalimat += ` Rasio capaian anggaran terhadap capaian kinerja ${pct(e.value)}, tergolong ${e.reading}.`;
      else
        kalimat += ` Sisa anggaran atas target yang tercapai ${pct(e.value)} (${e.reading}).`;
    }
    // Only doubts on the figures this paragraph uses (Tabel 3.1 and 3.2).
    const doubts = [...s.doubtful, ...s.subs.flatMap((x) => x.doubtful)].filter(
      (f) => f.table === "3.1" || f.table === "3.2",
    );
    if (doubts.length)
      kalimat += ` Angka ini perlu diperiksa karena ${doubts.length === 1 ? "ada angka" : "ada beberapa angka"} yang tidak sesuai antar-tabel (lihat catatan pada Bab III).`;
    out.push(kalimat);
  }
  return out;
}

// ---- BAB III Penutup

function bagianPenutup(a: Analysis): string[] {
  const p = periode(a);
  const out: string[] = [
    "BAB III PENUTUP",
    `Laporan Kinerja ${p.nama} dapat disimpulkan secara ringkas sebagai berikut:`,
  ];
  const butir: string[] = [];

  if (a.sasaran.length > 0) {
    const per = a.sasaran.map(
      (s) =>
        `sasaran ${s.name} ${capaianKata(s)}${s.predikat && s.capaianKinerja && !s.capaianKinerja.isZero() ? ` (predikat ${s.predikat})` : ""}`,
    );
    const gabung =
      per.length <= 2
        ? per.join(", sedangkan ")
        : `${per.slice(0, -1).join("; ")}; dan ${per[per.length - 1]}`;
    butir.push(`capaian kinerja ${gabung}.`);
  }

  const subs = a.sasaran.flatMap((s) => s.subs);
  const done = subs.filter(terlaksana);
  const notDone = subs.filter((x) => !terlaksana(x));
  if (subs.length > 0) {
    if (done.length === 0)
      butir.push(
        `belum ada sub kegiatan yang terealisasi, baik kinerja maupun anggarannya.`,
      );
    else {
      const items = done.map(
        (x) => `${x.name} ${serapanSub(x)}${kinerjaSub(x)}${catatanSub(x)}`,
      );
      butir.push(
        `sub kegiatan yang sudah terealisasi${done.length === subs.length ? " (seluruhnya)" : ""}: ${rincian(items)}.`,
      );
    }
    if (notDone.length > 0) {
      const sebab = notDone.some((x) => x.jadwal)
        ? " Sub kegiatan tersebut akan dilaksanakan sesuai jadwalnya."
        : "";
      butir.push(
        `sub kegiatan yang belum terlaksana: ${rincian(notDone.map(belum))}.${sebab}`,
      );
    }
  }

  const totalPagu = a.sasaran.reduce(
    (t, s) => (s.pagu ? t.plus(s.pagu) : t),
    new Decimal(0),
  );
  const totalReal = a.sasaran.reduce(
    (t, s) => (s.realisasiAnggaran ? t.plus(s.realisasiAnggaran) : t),
    new Decimal(0),
  );
  if (!totalPagu.isZero()) {
    const share = totalReal.div(totalPagu);
    butir.push(
      `secara keseluruhan, anggaran yang telah direalisasikan sebesar ${rp(totalReal)} dari total pagu ${rp(totalPagu)} (${pct(share)}).`,
    );
  }

  // A missing table is a warning now (§9), but what it leaves unchecked still belongs among the notes.
  const errors = a.findings.filter(
    (f) => f.severity === "error" || f.code === "TABEL_TIDAK_DITEMUKAN",
  );
  if (errors.length > 0) {
    const subjek = new Map<Finding, string>();
    for (const s of a.sasaran) {
      for (const f of s.doubtful) subjek.set(f, `sasaran ${s.index + 1}`);
      for (const x of s.subs)
        for (const f of x.doubtful) subjek.set(f, subjekSub(x));
    }
    const items = errors.map((f) =>
      f.code === "TABEL_TIDAK_DITEMUKAN" || f.code === "KOLOM_TIDAK_DITEMUKAN"
        ? f.message.split(". ")[0]
        : keraguan(f, subjek.get(f) ?? `sel ${f.cell}`),
    );
    butir.push(
      `catatan: ${errors.length === 1 ? "ada satu angka yang perlu diperiksa" : `ada ${jumlahKata(errors.length)} angka yang perlu diperiksa`} sebelum laporan ditandatangani, yaitu ${rincian(items)}.`,
    );
  }

  butir.forEach((b, i) => out.push(`${i + 1}. ${ucfirst(b)}`));
  return out;
}

/** The narrative as paragraphs (one per row in the "Narasi" sheet). */
export function narasiParagraf(
  a: Analysis,
  opts: NarasiOptions = {},
): string[] {
  if (a.sasaran.length === 0) {
    return [
      "Narasi belum dapat dibuat: tabel laporan (Tabel 2.1, 2.2, 2.3, 3.1 dan 3.2) tidak ditemukan atau kosong.",
    ];
  }
  const penutup = bagianPenutup(a);
  if ((opts.panjang ?? a.settings.narasi) === "ringkas") return penutup;
  return [...bagianCapaian(a), ...bagianEvaluasi(a), ...penutup];
}

export function narasi(a: Analysis, opts: NarasiOptions = {}): string {
  return narasiParagraf(a, opts).join("\n\n");
}
