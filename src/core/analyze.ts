// The engine: checks every sum and cross-table figure, computes the derived cells (Hitung Capaian),
// and gathers the figures the narrative is written from. Pure: grid in, findings and cells out.
import Decimal from "decimal.js";
import { Efisiensi, Polaritas, Settings, capaianAnggaran, capaianKinerja, efisiensi, predikat, withDefaults } from "./capaian";
import { formatAngka, formatPersen } from "./format";
import { Finding, FindingCode, finding, shortName, sortFindings } from "./findings";
import { CellValue, GridWorkbook, a1 } from "./grid";
import { Field, Report, Row, Sasaran, buildReport, subLabel } from "./model";
import { NumberParsed, displayText, sameAtPrecision } from "./number";
import { readTables } from "./reader";
import { TABLE_IDS, TABLE_SPECS, TableId } from "./tables";
import { nameSimilarity, normalizeLabel, sameName } from "./text";

export const FORMAT_UANG = "#,##0";
export const FORMAT_PERSEN = "0.00%";

/** A cell Hitung Capaian writes. */
export interface DerivedCell {
  table: TableId;
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** Column title, for the undo list and messages. */
  what: string;
  /** The value to write (null clears a stale value); percentages as fractions. */
  value: number | null;
  numFmt: string;
  /** What the cell held before, kept for undo. */
  previous: { value: CellValue; text: string; numFmt?: string };
  /** False when the cell already shows this value: nothing to write. */
  changed: boolean;
}

export interface SubFigures {
  index: number;
  label: string;
  name: string;
  indikator: string;
  pagu: Decimal | null;
  realisasi: Decimal | null;
  capaianAnggaran: Decimal | null;
  kinerja: Decimal | null;
  jadwal: string;
  /** Error findings on this sub kegiatan's cells. */
  doubtful: Finding[];
}

export interface SasaranFigures {
  index: number;
  name: string;
  indikator: string;
  kegiatan: string;
  target: string;
  realisasi: string;
  capaianKinerja: Decimal | null;
  predikat: string | null;
  pagu: Decimal | null;
  realisasiAnggaran: Decimal | null;
  capaianAnggaran: Decimal | null;
  efisiensi: Efisiensi | null;
  polaritas: Polaritas;
  subs: SubFigures[];
  doubtful: Finding[];
}

export interface Period {
  triwulan: number | null;
  tahun: number | null;
}

export interface Analysis {
  findings: Finding[];
  derived: DerivedCell[];
  sasaran: SasaranFigures[];
  period: Period;
  settings: Settings;
  /** Where each table was found, for the pane and the command line. */
  tables: { id: TableId; found: boolean; sheet: string | null; header: string | null; rows: number }[];
}

interface Qty {
  v: Decimal;
  unit: string;
  decimals: number;
  high?: Decimal;
}

const keyOf = (f: { sheet: string; address: string }) => `${f.sheet}!${f.address}`;
const sum = (xs: (Decimal | null)[]) => xs.reduce<Decimal>((acc, x) => (x ? acc.plus(x) : acc), new Decimal(0));
const name = (f: Field | undefined) => (f ? f.text : "");
const rp = (d: Decimal) => formatAngka(d);

/** Plain numbers in a percent column: 67 means 67%, 0,67 means 67%. */
function asPercent(n: NumberParsed): NumberParsed {
  if (n.unit === "%") return n;
  if (n.unit !== "") return n;
  return n.value.abs().gt(1.5)
    ? { ...n, value: n.value.div(100), high: n.high?.div(100), unit: "%" }
    : { ...n, unit: "%", decimals: Math.max(0, n.decimals - 2) };
}

class Ctx {
  readonly findings: Finding[] = [];
  readonly derived: DerivedCell[] = [];
  private readonly reported = new Set<string>();
  private readonly malformedSeen = new Map<string, Field>();

  add(code: FindingCode, at: Field | null, message: string, expected: Decimal | number | string | null = null, kind?: "angka" | "persen"): void {
    if (at) {
      // One cell, one finding: the first (most specific) cause wins.
      const k = keyOf(at);
      if (this.reported.has(k)) return;
      this.reported.add(k);
    }
    this.findings.push(finding(code, at, message, expected, kind));
  }

  /** A number from an input cell; reports error values and text where a number is needed. */
  num(f: Field | undefined, what: string): Qty | null {
    if (!f) return null;
    const p = f.parsed;
    switch (p.kind) {
      case "number":
        return { v: p.value, unit: p.unit, decimals: p.decimals, high: p.high };
      case "malformed":
        this.malformedSeen.set(keyOf(f), f);
        return null;
      case "error":
        this.add("NILAI_TIDAK_VALID", f, `${what} di Tabel ${f.table} sel ${f.address} berisi galat Excel ${p.code}; isi dengan angka yang benar.`);
        return null;
      case "text":
        this.add("NILAI_TIDAK_VALID", f, `${what} di Tabel ${f.table} sel ${f.address} berisi teks "${shortName(p.text, 40)}", padahal yang dibutuhkan angka.`);
        return null;
      default:
        return null;
    }
  }

  money(f: Field | undefined, what: string): Decimal | null {
    const q = this.num(f, what);
    if (!q || !f) return null;
    if (q.unit !== "" && q.unit !== "rp") {
      this.add("NILAI_TIDAK_VALID", f, `${what} di Tabel ${f.table} sel ${f.address} tertulis "${f.text}", padahal yang dibutuhkan nilai rupiah.`);
      return null;
    }
    if (q.v.isNegative()) {
      this.add("NILAI_TIDAK_VALID", f, `${what} di Tabel ${f.table} sel ${f.address} bernilai negatif (${f.text}); nilai anggaran tidak boleh negatif.`);
      return null;
    }
    return q.v;
  }

  isMalformed(f: Field | undefined): f is Field {
    return !!f && f.parsed.kind === "malformed";
  }

  malformed(f: Field, expected: Decimal | null, source?: string): void {
    this.malformedSeen.delete(keyOf(f));
    const readings = f.parsed.kind === "malformed" ? f.parsed.readings : [];
    const rule = /\d\.\d{1,2}\./.test(f.text) || /\.\d{1,2}$/.test(f.text) || /\.\d{4,}/.test(f.text)
      ? "pemisah ribuan (titik) harus diikuti tepat tiga angka"
      : "penulisan angkanya tidak mengikuti format Indonesia (titik untuk ribuan, koma untuk desimal)";
    const hint = expected
      ? ` Menurut ${source ?? "tabel lain"}, seharusnya ${rp(expected)}.`
      : readings.length
        ? ` Kemungkinan maksudnya ${readings.map(rp).join(" atau ")}; periksa dan ketik ulang.`
        : "";
    this.add("FORMAT_ANGKA", f, `Angka "${f.text}" di Tabel ${f.table} sel ${f.address} tidak dapat dibaca dengan pasti: ${rule}.${hint}`, expected, "angka");
  }

  sweepMalformed(): void {
    for (const f of [...this.malformedSeen.values()]) this.malformed(f, null);
  }

  /** Records a derived cell: written when empty or different (then reported), left alone when equal. */
  derive(f: Field | undefined, value: Decimal, kind: "uang" | "persen", what: string): void {
    if (!f) return;
    const rounded = kind === "persen" ? value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP) : value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const p = f.parsed;
    const show = (d: Decimal) => (kind === "persen" ? formatPersen(d) : rp(d));
    let changed = true;
    if (p.kind === "number") {
      const written = kind === "persen" ? asPercent(p) : p;
      if ((kind === "uang" || written.unit === "%") && sameAtPrecision(written, value)) changed = false;
    }
    if (changed && p.kind !== "empty") {
      this.add(
        "CAPAIAN_TIDAK_SESUAI",
        f,
        `${what} di Tabel ${f.table} sel ${f.address} berisi ${f.text}, sedangkan hasil hitung ${show(rounded)}. Nilai diganti; nilai lama disimpan dan dapat dikembalikan (Urungkan).`,
        rounded,
        kind === "persen" ? "persen" : "angka",
      );
    }
    this.push(f, changed ? rounded.toNumber() : null, kind === "persen" ? FORMAT_PERSEN : FORMAT_UANG, what, changed);
  }

  /** A derived cell that cannot be computed: a stale value or error in it is cleared. */
  clear(f: Field | undefined, what: string): void {
    if (!f || f.parsed.kind === "empty") return;
    this.push(f, null, f.cell?.numFmt ?? "General", what, true);
  }

  private push(f: Field, value: number | null, numFmt: string, what: string, changed: boolean): void {
    this.derived.push({
      table: f.table,
      sheet: f.sheet,
      row: f.row,
      col: f.col,
      address: f.address,
      what,
      value: changed ? value : f.parsed.kind === "number" ? f.parsed.value.toNumber() : null,
      numFmt,
      previous: { value: f.cell?.value ?? null, text: f.text, numFmt: f.cell?.numFmt },
      changed,
    });
  }
}

function sameQty(a: Qty, b: Qty): boolean {
  const pa = a.unit === "%" || b.unit === "%" ? toPct(a) : a;
  const pb = a.unit === "%" || b.unit === "%" ? toPct(b) : b;
  if (pa.unit !== pb.unit && pa.unit !== "" && pb.unit !== "") return false;
  const dec = Math.min(pa.decimals, pb.decimals) + (pa.unit === "%" ? 2 : 0);
  const eq = (x: Decimal, y: Decimal) => x.toDecimalPlaces(dec, Decimal.ROUND_HALF_UP).eq(y.toDecimalPlaces(dec, Decimal.ROUND_HALF_UP));
  return eq(pa.v, pb.v) && (!pa.high || !pb.high ? !pa.high && !pb.high : eq(pa.high, pb.high));
}

function toPct(q: Qty): Qty {
  const n = asPercent({ kind: "number", value: q.v, unit: q.unit, decimals: q.decimals, high: q.high });
  return { v: n.value, unit: n.unit, decimals: n.decimals, high: n.high };
}

const showQty = (q: Qty) =>
  q.unit === "%" ? formatPersen(q.v) + (q.high ? `–${formatPersen(q.high)}` : "") : `${formatAngka(q.v)}${q.high ? "–" + formatAngka(q.high) : ""}${q.unit ? " " + q.unit : ""}`;

/** Capaian of R against T, with their units reconciled; reports a unit clash. */
function capaianOf(ctx: Ctx, t: Qty | null, r: Qty | null, rField: Field | undefined, pol: Polaritas): Decimal | null {
  if (!t || !r) return null;
  let tt = t;
  let rr = r;
  if (t.unit === "%" || r.unit === "%") {
    tt = toPct(t);
    rr = toPct(r);
  }
  if (tt.unit !== rr.unit && tt.unit !== "" && rr.unit !== "") {
    ctx.add("NILAI_TIDAK_VALID", rField ?? null, `Satuan realisasi (${rField?.text}) berbeda dengan satuan target (${showQty(t)}); capaian tidak dapat dihitung.`);
    return null;
  }
  return capaianKinerja({ value: tt.v, high: tt.high }, rr.v, pol);
}

const isEmpty = (f: Field | undefined) => !!f && f.parsed.kind === "empty";

function checkSasaran(ctx: Ctx, s: Sasaran, settings: Settings): SasaranFigures {
  const no = s.index + 1;
  const pol: Polaritas = settings.polaritas[String(no)] ?? "positif";
  const sasaranName = name(s.pk?.sasaran) || name(s.capaian?.sasaran) || name(s.cost?.sasaran) || name(s.anggaran?.sasaran);

  // ---- Anggaran: 2.3 rincian ↔ 3.2 pagu ↔ 2.3 Jumlah ↔ 2.2 anggaran (root cause first).
  const subs = s.subs.map((x) => ({
    sub: x,
    aF: x.rincian?.anggaran,
    pF: x.cost?.pagu,
    a: ctx.money(x.rincian?.anggaran, "Anggaran sub kegiatan"),
    p: ctx.money(x.cost?.pagu, "Pagu sub kegiatan"),
  }));
  const JF = s.jumlah?.anggaran;
  const AF = s.anggaran?.anggaran;
  const J = ctx.money(JF, "Jumlah anggaran");
  const A = ctx.money(AF, "Anggaran kegiatan");
  const stated = J ?? A;
  const statedSource = J ? `Jumlah pada Tabel 2.3 (${rp(J)})` : A ? `Tabel 2.2 (${rp(A)})` : "";
  const all23 = subs.every((x) => !x.aF || x.a !== null);
  const sum23 = sum(subs.map((x) => x.a));
  const resolved23 = subs.map((x) => x.a);
  const expected32 = subs.map((x) => x.p);

  subs.forEach((x, j) => {
    const label = subLabel(s.index, j);
    const subName = shortName(name(x.sub.rincian?.subKegiatan) || name(x.sub.cost?.sasaran));
    if (x.a && x.p && !x.a.eq(x.p)) {
      if (stated && all23 && sum23.eq(stated)) {
        ctx.add(
          "PAGU_TIDAK_SESUAI",
          x.pF!,
          `Pagu sub kegiatan ${label} "${subName}" di Tabel 3.2 sel ${x.pF!.address} tertulis ${rp(x.p)}, sedangkan Tabel 2.3 mencatat ${rp(x.a)} dan rincian Tabel 2.3 cocok dengan ${statedSource}. Seharusnya ${rp(x.a)}.`,
          x.a,
          "angka",
        );
        expected32[j] = x.a;
      } else if (stated && all23 && sum23.minus(x.a).plus(x.p).eq(stated)) {
        ctx.add(
          "PAGU_TIDAK_SESUAI",
          x.aF!,
          `Anggaran sub kegiatan "${subName}" di Tabel 2.3 sel ${x.aF!.address} tertulis ${rp(x.a)}, sedangkan Tabel 3.2 mencatat ${rp(x.p)} dan hanya dengan ${rp(x.p)} rincian cocok dengan ${statedSource}. Seharusnya ${rp(x.p)}.`,
          x.p,
          "angka",
        );
        resolved23[j] = x.p;
      } else {
        ctx.add(
          "PAGU_TIDAK_SESUAI",
          x.pF!,
          `Pagu sub kegiatan ${label} "${subName}" di Tabel 3.2 sel ${x.pF!.address} (${rp(x.p)}) berbeda dengan Tabel 2.3 sel ${x.aF!.address} (${rp(x.a)}). Tabel lain tidak menunjukkan mana yang benar; Tabel 2.3 dipakai sebagai acuan.`,
          x.a,
          "angka",
        );
        expected32[j] = x.a;
      }
    } else if (!x.a && x.p && ctx.isMalformed(x.aF)) {
      ctx.malformed(x.aF, x.p, `Tabel 3.2 (pagu sub kegiatan ${label})`);
      resolved23[j] = x.p;
    } else if (x.a && !x.p && ctx.isMalformed(x.pF)) {
      ctx.malformed(x.pF, x.a, `Tabel 2.3 (anggaran sub kegiatan)`);
      expected32[j] = x.a;
    } else if (!x.a && ctx.isMalformed(x.aF) && stated) {
      const others = subs.every((y, k) => k === j || !y.aF || y.a);
      const guess = stated.minus(sum(subs.map((y, k) => (k === j ? null : y.a))));
      if (others && guess.gt(0)) {
        ctx.malformed(x.aF, guess, statedSource);
        resolved23[j] = guess;
      }
    }
  });

  const has23 = subs.some((x) => x.aF);
  const complete23 = subs.every((x, j) => !x.aF || resolved23[j] !== null);
  const total23 = sum(resolved23);
  let groupTotal: Decimal | null = J;
  if (has23 && complete23) {
    groupTotal = total23;
    if (J && !J.eq(total23)) {
      const also = A && A.eq(total23) ? ` Tabel 2.2 juga mencatat ${rp(A)}.` : "";
      ctx.add(
        "JUMLAH_TIDAK_SESUAI",
        JF!,
        `Jumlah anggaran kegiatan "${shortName(name(s.kegiatan))}" di Tabel 2.3 sel ${JF!.address} tertulis ${rp(J)}, padahal jumlah rincian sub kegiatannya ${rp(total23)}.${also} Seharusnya ${rp(total23)}.`,
        total23,
        "angka",
      );
    } else if (!J && ctx.isMalformed(JF)) {
      ctx.malformed(JF, total23, "jumlah rincian sub kegiatan Tabel 2.3");
    }
  }
  if (A && groupTotal && !A.eq(groupTotal)) {
    ctx.add(
      "ANGGARAN_TIDAK_SESUAI",
      AF!,
      `Anggaran sasaran ${no} di Tabel 2.2 sel ${AF!.address} tertulis ${rp(A)}, sedangkan Tabel 2.3 merinci ${rp(groupTotal)} untuk kegiatan ini. Seharusnya ${rp(groupTotal)}.`,
      groupTotal,
      "angka",
    );
  } else if (!A && ctx.isMalformed(AF)) {
    ctx.malformed(AF, groupTotal, groupTotal ? `Tabel 2.3 (Jumlah ${rp(groupTotal)})` : undefined);
  }

  // ---- Tabel 3.2: sasaran totals, serapan, kinerja, efisiensi.
  const c = s.cost;
  const costSubs = subs.filter((x) => x.sub.cost);
  const subReal = costSubs.map((x) => ctx.money(x.sub.cost!.realisasi, "Realisasi sub kegiatan"));
  let pagu: Decimal | null = null;
  let realisasiRp: Decimal | null = null;
  if (c) {
    const PF = c.pagu;
    const P = ctx.money(PF, "Pagu sasaran");
    const shown32 = sum(costSubs.map((x) => x.p));
    const want32 = sum(costSubs.map((x) => expected32[x.sub.index]));
    const subsReadable = costSubs.length > 0 && costSubs.every((x) => x.p !== null);
    if (isEmpty(PF) && subsReadable) {
      ctx.derive(PF, shown32, "uang", "Pagu");
      pagu = shown32;
    } else if (P) {
      pagu = P;
      const want = costSubs.length ? want32 : groupTotal;
      if (want && !P.eq(want) && !(costSubs.length && P.eq(shown32))) {
        ctx.add("PAGU_TIDAK_SESUAI", PF!, `Pagu sasaran ${no} di Tabel 3.2 sel ${PF!.address} tertulis ${rp(P)}, sedangkan ${costSubs.length ? "jumlah pagu sub kegiatannya" : "Tabel 2.3"} ${rp(want)}. Seharusnya ${rp(want)}.`, want, "angka");
      }
    } else if (ctx.isMalformed(PF)) {
      ctx.malformed(PF, costSubs.length ? want32 : groupTotal, "jumlah pagu sub kegiatan");
    }
    const RF = c.realisasi;
    const R = ctx.money(RF, "Realisasi sasaran");
    const anyReal = subReal.some((x) => x !== null);
    const sumReal = sum(subReal);
    if (isEmpty(RF) && anyReal) {
      ctx.derive(RF, sumReal, "uang", "Realisasi (Rp)");
      realisasiRp = sumReal;
    } else if (R) {
      realisasiRp = R;
      if (anyReal && !R.eq(sumReal)) {
        ctx.add("REALISASI_TIDAK_SESUAI", RF!, `Realisasi anggaran sasaran ${no} di Tabel 3.2 sel ${RF!.address} tertulis ${rp(R)}, sedangkan jumlah realisasi sub kegiatannya ${rp(sumReal)}. Seharusnya ${rp(sumReal)}.`, sumReal, "angka");
      }
    } else if (ctx.isMalformed(RF) && anyReal) {
      ctx.malformed(RF, sumReal, "jumlah realisasi sub kegiatan");
    }
  }
  if (pagu === null && groupTotal) pagu = groupTotal;

  // Serapan per row of 3.2.
  const serapan = (row: Row, pg: Decimal | null, real: Decimal | null, label: string): Decimal | null => {
    if (real === null) return null;
    if (pg && real.gt(pg)) {
      ctx.add("REALISASI_MELEBIHI_PAGU", row.realisasi!, `Realisasi ${label} di Tabel 3.2 sel ${row.realisasi!.address} (${rp(real)}) lebih besar dari pagunya (${rp(pg)}).`);
    }
    if (!pg || pg.isZero()) {
      ctx.add("TARGET_NOL", row.pagu ?? null, `Pagu ${label} ${row.pagu ? `di Tabel 3.2 sel ${row.pagu.address} ` : ""}kosong atau nol, sehingga capaian anggarannya tidak dapat dihitung.`);
      ctx.clear(row.capaian, "Capaian (%)");
      return null;
    }
    const v = capaianAnggaran(pg, real)!;
    ctx.derive(row.capaian, v, "persen", "Capaian (%)");
    return v;
  };

  const subFigures: SubFigures[] = [];
  const subKinerja: (Decimal | null)[] = [];
  s.subs.forEach((x, j) => {
    const label = `sub kegiatan ${subLabel(s.index, j)}`;
    const row = x.cost;
    let cap: Decimal | null = null;
    let kin: Decimal | null = null;
    const real = row ? subReal[costSubs.findIndex((y) => y.sub === x)] ?? null : null;
    const pg = subs[j].p;
    if (row) {
      cap = serapan(row, pg, real, label);
      const t = ctx.num(row.t, "Target kinerja");
      const r = ctx.num(row.r, "Realisasi kinerja");
      kin = kinerjaCell(ctx, row, t, r, pol, label);
      if (kin !== null && cap !== null) efisiensiCell(ctx, row, kin, cap, pg!, real!, settings);
    }
    subKinerja.push(kin);
    subFigures.push({
      index: j,
      label: subLabel(s.index, j),
      name: name(x.rincian?.subKegiatan) || name(row?.sasaran),
      indikator: name(row?.indikator),
      // The pagu its capaian was computed from (3.2), else the rincian's (2.3).
      pagu: pg ?? resolved23[j],
      realisasi: real,
      capaianAnggaran: cap,
      kinerja: kin,
      jadwal: name(row?.jadwal) || name(x.rincian?.jadwal),
      doubtful: [],
    });
  });

  let capAnggaran: Decimal | null = null;
  let kinerja32: Decimal | null = null;
  let efis: Efisiensi | null = null;
  if (c) {
    capAnggaran = serapan(c, pagu, realisasiRp, `sasaran ${no}`);
    const t = ctx.num(c.t, "Target kinerja");
    let r = ctx.num(c.r, "Realisasi kinerja");
    if (isEmpty(c.r) && subKinerja.length > 0 && subKinerja.every((k) => k !== null)) {
      const mean = sum(subKinerja).div(subKinerja.length);
      ctx.derive(c.r, mean, "persen", "R");
      r = { v: mean, unit: "%", decimals: 2 };
    }
    kinerja32 = kinerjaCell(ctx, c, t, r, pol, `sasaran ${no}`);
    if (kinerja32 !== null && capAnggaran !== null) efis = efisiensiCell(ctx, c, kinerja32, capAnggaran, pagu!, realisasiRp!, settings);
  } else if (pagu && realisasiRp) capAnggaran = capaianAnggaran(pagu, realisasiRp);

  // ---- Tabel 3.1 against 2.1 and 3.2.
  const T21 = ctx.num(s.pk?.target, "Target");
  const cap31 = s.capaian;
  const T31 = ctx.num(cap31?.target, "Target");
  const R31 = ctx.num(cap31?.realisasi, "Realisasi");
  const T32 = c ? ctx.num(c.t, "Target kinerja") : null;
  const R32 = c ? (c.r && !isEmpty(c.r) ? ctx.num(c.r, "Realisasi kinerja") : deriveMeanOf(subKinerja)) : null;
  if (T31 && T21 && !sameQty(T31, T21)) {
    ctx.add("TARGET_TIDAK_SESUAI", cap31!.target!, `Target sasaran ${no} di Tabel 3.1 sel ${cap31!.target!.address} tertulis ${cap31!.target!.text}, sedangkan Perjanjian Kinerja (Tabel 2.1 sel ${s.pk!.target!.address}) menetapkan ${s.pk!.target!.text}.`, qtyExpected(T21), T21.unit === "%" ? "persen" : "angka");
  } else if (!T31 && T21 && ctx.isMalformed(cap31?.target)) {
    ctx.malformed(cap31!.target!, T21.unit === "%" ? null : T21.v, "Tabel 2.1");
  }
  const Tref = T31 ?? T21;
  // The Perjanjian Kinerja (2.1) is the authority for targets; without it, 3.1.
  const Tpk = T21 ?? T31;
  if (T32 && Tpk && !sameQty(T32, Tpk)) {
    const src = T21 ? "Perjanjian Kinerja (Tabel 2.1)" : "Tabel 3.1";
    ctx.add("TARGET_TIDAK_SESUAI", c!.t!, `Target sasaran ${no} di Tabel 3.2 sel ${c!.t!.address} tertulis ${c!.t!.text}, berbeda dengan ${src} (${showQty(Tpk)}).`, qtyExpected(Tpk), Tpk.unit === "%" ? "persen" : "angka");
  }
  if (R31 && R32 && !sameQty(R31, R32)) {
    ctx.add("REALISASI_TIDAK_SESUAI", cap31!.realisasi!, `Realisasi kinerja sasaran ${no} di Tabel 3.1 sel ${cap31!.realisasi!.address} tertulis ${cap31!.realisasi!.text}, sedangkan Tabel 3.2 mencatat ${showQty(R32)}.`, qtyExpected(R32), R32.unit === "%" || R31.unit === "%" ? "persen" : "angka");
  }
  let kinerja31: Decimal | null = null;
  if (cap31) {
    if (R31 && (!Tref || Tref.v.isZero())) {
      const tf = cap31.target ?? s.pk?.target ?? null;
      ctx.add("TARGET_NOL", tf, `Target sasaran ${no}${tf ? ` di Tabel ${tf.table} sel ${tf.address}` : ""} kosong atau nol, sehingga capaiannya tidak dapat dihitung.`);
      ctx.clear(cap31.capaian, "Capaian");
    } else {
      kinerja31 = capaianOf(ctx, Tref, R31, cap31.realisasi, pol);
      if (kinerja31 !== null) ctx.derive(cap31.capaian, kinerja31, "persen", "Capaian");
    }
  }
  const capaianK = kinerja31 ?? kinerja32;

  return {
    index: s.index,
    name: sasaranName,
    indikator: name(s.pk?.indikator) || name(cap31?.indikator) || name(c?.indikator),
    kegiatan: name(s.kegiatan),
    target: cap31?.target?.text || s.pk?.target?.text || "",
    realisasi: cap31?.realisasi?.text || c?.r?.text || "",
    capaianKinerja: capaianK,
    predikat: capaianK ? predikat(capaianK, settings) : null,
    pagu,
    realisasiAnggaran: realisasiRp,
    capaianAnggaran: capAnggaran,
    efisiensi: efis,
    polaritas: pol,
    subs: subFigures,
    doubtful: [],
  };
}

function deriveMeanOf(ks: (Decimal | null)[]): Qty | null {
  if (ks.length === 0 || ks.some((k) => k === null)) return null;
  return { v: sum(ks).div(ks.length), unit: "%", decimals: 2 };
}

function qtyExpected(q: Qty): number {
  return q.unit === "%" ? q.v.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber() : q.v.toNumber();
}

function kinerjaCell(ctx: Ctx, row: Row, t: Qty | null, r: Qty | null, pol: Polaritas, label: string): Decimal | null {
  if (!r) return null;
  if (!t || t.v.isZero()) {
    if (row.t && (row.t.parsed.kind === "empty" || t)) {
      ctx.add("TARGET_NOL", row.t, `Target kinerja ${label} di Tabel 3.2 sel ${row.t.address} kosong atau nol, sehingga capaian kinerjanya tidak dapat dihitung.`);
      ctx.clear(row.kinerja, "%");
    }
    return null;
  }
  const k = capaianOf(ctx, t, r, row.r, pol);
  if (k !== null) ctx.derive(row.kinerja, k, "persen", "% kinerja");
  return k;
}

function efisiensiCell(ctx: Ctx, row: Row, kinerja: Decimal, anggaran: Decimal, pagu: Decimal, real: Decimal, settings: Settings): Efisiensi {
  const e = efisiensi(settings.efisiensi, kinerja, anggaran, pagu, real);
  if (e.value !== null) ctx.derive(row.efisiensi, e.value, "persen", "Efisiensi");
  return e;
}

// ---- Structure: missing tables and columns, rows without a counterpart, names that differ.

function structure(ctx: Ctx, report: Report): void {
  const t = report.read.tables;
  for (const id of TABLE_IDS) {
    const found = t[id];
    if (!found) {
      ctx.add("TABEL_TIDAK_DITEMUKAN", null, `Tabel ${id} (${TABLE_SPECS[id].title}) tidak ditemukan. Beri nama lembar kerja "Tabel ${id}" atau tulis judul "Tabel ${id}" tepat di atas tabelnya. Tabel lain tetap diperiksa.`);
      continue;
    }
    const hr = found.headerRows[0];
    for (const col of found.missing) {
      ctx.findings.push(
        finding("KOLOM_TIDAK_DITEMUKAN", { sheet: found.view.name, row: hr, col: found.left, address: a1(hr, found.left), text: displayText(found.view.cell(hr, found.left)), table: id }, `Kolom "${col.title}" tidak ditemukan pada judul kolom Tabel ${id} (baris ${hr + 1} lembar "${found.view.name}"). Tambahkan kolom itu atau perbaiki judulnya.`),
      );
    }
  }
  report.sasaran.forEach((s) => {
    const present: [TableId, Field | undefined][] = [
      ["2.1", s.pk?.sasaran],
      ["2.2", s.anggaran?.sasaran ?? s.anggaran?.anggaran],
      ["3.1", s.capaian?.sasaran],
      ["3.2", s.cost?.sasaran ?? s.cost?.no],
    ];
    const ref = present.find(([, f]) => f)?.[1];
    for (const [id, f] of present) {
      if (!f && t[id] && ref && t[id]!.missing.length === 0) {
        ctx.add("BARIS_TIDAK_SESUAI", ref, `Sasaran ${s.index + 1} "${shortName(ref.text)}" (Tabel ${ref.table} sel ${ref.address}) tidak mempunyai baris pada Tabel ${id}.`);
      }
    }
    s.subs.forEach((x, j) => {
      const label = subLabel(s.index, j);
      if (x.rincian && !x.cost && t["3.2"]) {
        const f = x.rincian.subKegiatan ?? x.rincian.anggaran!;
        ctx.add("BARIS_TIDAK_SESUAI", f, `Sub kegiatan "${shortName(f.text)}" (Tabel 2.3 sel ${f.address}) tidak mempunyai baris ${label} pada Tabel 3.2.`);
      } else if (x.cost && !x.rincian && t["2.3"]) {
        const f = x.cost.sasaran ?? x.cost.no!;
        ctx.add("BARIS_TIDAK_SESUAI", f, `Sub kegiatan ${label} "${shortName(f.text)}" (Tabel 3.2 sel ${f.address}) tidak ada dalam rincian Tabel 2.3 untuk kegiatan ini.`);
      }
    });
  });
}

/** Names by their normalised form, built on first need, to spot a row whose name belongs to another row. */
function namePool(fields: () => (Field | undefined)[]): () => Map<string, Field> {
  let pool: Map<string, Field> | undefined;
  return () => {
    if (pool) return pool;
    pool = new Map<string, Field>();
    for (const f of fields()) if (f && f.text !== "" && !pool.has(normalizeLabel(f.text))) pool.set(normalizeLabel(f.text), f);
    return pool;
  };
}

function names(ctx: Ctx, report: Report): void {
  const pkNames = namePool(() => report.sasaran.map((s) => s.pk?.sasaran));
  const compare = (later: Field | undefined, ref: Field | undefined, what: string, pool: () => Map<string, Field>) => {
    if (!later || !ref || later.text === ref.text || later.text === "" || ref.text === "" || sameName(later.text, ref.text)) return;
    const match = pool().get(normalizeLabel(later.text));
    const other = match && match !== ref ? match : undefined;
    const order = other ? ` Nama ini sama dengan baris lain (Tabel ${other.table} sel ${other.address}): periksa urutan baris.` : "";
    const sim = nameSimilarity(later.text, ref.text);
    const note = sim < 0.5 && !other ? " Namanya jauh berbeda: pastikan baris ini memang pasangannya." : "";
    ctx.findings.push(
      finding("NAMA_TIDAK_SESUAI", later, `Nama ${what} di Tabel ${later.table} sel ${later.address} ("${shortName(later.text, 60)}") berbeda dengan Tabel ${ref.table} sel ${ref.address} ("${shortName(ref.text, 60)}").${order}${note}`),
    );
  };
  for (const s of report.sasaran) {
    const ref = s.pk?.sasaran;
    compare(s.anggaran?.sasaran, ref, `sasaran ${s.index + 1}`, pkNames);
    compare(s.capaian?.sasaran, ref, `sasaran ${s.index + 1}`, pkNames);
    compare(s.cost?.sasaran, ref, `sasaran ${s.index + 1}`, pkNames);
    const subPool = namePool(() => s.subs.map((x) => x.rincian?.subKegiatan));
    s.subs.forEach((x, j) => compare(x.cost?.sasaran, x.rincian?.subKegiatan, `sub kegiatan ${subLabel(s.index, j)}`, subPool));
  }
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Rows that can hold a period: the top of each sheet (cover, titles) and the lines around each caption. */
function titleRows(wb: GridWorkbook, captions: { view: { sheet: GridWorkbook["sheets"][number] }; row: number }[]) {
  const rows: (GridWorkbook["sheets"][number]["cells"][number])[] = [];
  for (const sheet of wb.sheets) rows.push(...sheet.cells.slice(0, 15));
  for (const c of captions) rows.push(...c.view.sheet.cells.slice(c.row - c.view.sheet.top, c.row - c.view.sheet.top + 3));
  return rows;
}

/** Triwulan and year from the captions and titles (`Tahun 2024 - Triwulanan I`). */
export function detectPeriod(wb: GridWorkbook, captions: Parameters<typeof titleRows>[1] = []): Period {
  let triwulan: number | null = null;
  let tahun: number | null = null;
  for (const row of titleRows(wb, captions)) {
    {
      for (const cell of row ?? []) {
        const v = cell?.value;
        if (typeof v !== "string" || v.length > 300) continue;
        if (triwulan === null) {
          const m = /triwulan(?:an)?\s+(iv|iii|ii|i|[1-4])\b/i.exec(v);
          if (m) triwulan = ROMAN[m[1].toLowerCase()] ?? Number(m[1]);
        }
        if (tahun === null && /(tahun|triwulan|tabel|laporan)/i.test(v)) {
          const y = /\b(20\d\d)\b/.exec(v);
          if (y) tahun = Number(y[1]);
        }
        if (triwulan !== null && tahun !== null) return { triwulan, tahun };
      }
    }
  }
  return { triwulan, tahun };
}

function attachDoubts(figs: SasaranFigures[], report: Report, findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity !== "error" || !f.sheet || f.row === undefined || f.col === undefined) continue;
    const k = `${f.sheet}!${f.row * 16384 + f.col}`;
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  if (byCell.size === 0) return;
  const rowsWithDoubt = new Set([...byCell.keys()].map((k) => k.replace(/\d+$/, (n) => String(Math.floor(Number(n) / 16384)))));
  const of = (row: Row | undefined): Finding[] => {
    if (!row || !rowsWithDoubt.has(`${row.sheet}!${row.row}`)) return [];
    return (Object.values(row).filter((v) => v instanceof Field) as Field[]).flatMap((f) => byCell.get(`${f.sheet}!${f.row * 16384 + f.col}`) ?? []);
  };
  figs.forEach((fig, i) => {
    const s = report.sasaran[i];
    fig.doubtful = [...of(s.pk), ...of(s.anggaran), ...of(s.jumlah), ...of(s.capaian), ...of(s.cost)];
    fig.subs.forEach((sub, j) => (sub.doubtful = [...of(s.subs[j].rincian), ...of(s.subs[j].cost)]));
  });
}

export function analyze(wb: GridWorkbook, settingsIn?: Partial<Settings>): Analysis {
  const settings = withDefaults(settingsIn);
  const read = readTables(wb);
  const report = buildReport(read);
  const ctx = new Ctx();
  structure(ctx, report);
  const figs = report.sasaran.map((s) => checkSasaran(ctx, s, settings));
  ctx.sweepMalformed();
  names(ctx, report);
  const findings = sortFindings(ctx.findings);
  attachDoubts(figs, report, findings);
  return {
    findings,
    derived: ctx.derived,
    sasaran: figs,
    period: detectPeriod(wb, read.captions),
    settings,
    tables: TABLE_IDS.map((id) => {
      const t = read.tables[id];
      return {
        id,
        found: !!t,
        sheet: t ? t.view.name : null,
        header: t ? a1(t.headerRows[0], t.left) : null,
        rows: t ? t.rows.length : 0,
      };
    }),
  };
}
