// Anggaran across tables: 2.3 rincian ↔ 3.2 pagu ↔ 2.3 Jumlah ↔ 2.2 anggaran, the root cause reported first.
import Decimal from "decimal.js";
import { Ctx, name, rp, sum } from "./context";
import { shortName } from "./findings";
import { Field, Sasaran, SubKegiatan, subLabel } from "./model";

export interface SubAnggaran {
  sub: SubKegiatan;
  /** 2.3 anggaran and 3.2 pagu cells, and their readings. */
  aF: Field | undefined;
  pF: Field | undefined;
  a: Decimal | null;
  p: Decimal | null;
}

export interface AnggaranCheck {
  subs: SubAnggaran[];
  /** 2.3 anggaran per sub kegiatan, with a figure the other tables show to be wrong put right. */
  resolved23: (Decimal | null)[];
  /** What each 3.2 pagu should be. */
  expected32: (Decimal | null)[];
  /** The group's total as the tables establish it. */
  groupTotal: Decimal | null;
}

export function checkAnggaran(ctx: Ctx, s: Sasaran): AnggaranCheck {
  const no = s.index + 1;
  const subs: SubAnggaran[] = s.subs.map((x) => ({
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
  const statedSource = J
    ? `Jumlah pada Tabel 2.3 (${rp(J)})`
    : A
      ? `Tabel 2.2 (${rp(A)})`
      : "";
  const all23 = subs.every((x) => !x.aF || x.a !== null);
  const sum23 = sum(subs.map((x) => x.a));
  const resolved23 = subs.map((x) => x.a);
  const expected32 = subs.map((x) => x.p);

  subs.forEach((x, j) => {
    const label = subLabel(s.index, j);
    const subName = shortName(
      name(x.sub.rincian?.subKegiatan) || name(x.sub.cost?.sasaran),
    );
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
      const guess = stated.minus(
        sum(subs.map((y, k) => (k === j ? null : y.a))),
      );
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
      const also =
        A && A.eq(total23) ? ` Tabel 2.2 juga mencatat ${rp(A)}.` : "";
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
    ctx.malformed(
      AF,
      groupTotal,
      groupTotal ? `Tabel 2.3 (Jumlah ${rp(groupTotal)})` : undefined,
    );
  }
  return { subs, resolved23, expected32, groupTotal };
}
