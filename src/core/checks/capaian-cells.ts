// Capaian kinerja cells: R against T with their units reconciled (efisiensi.md), the % kinerja and the efisiensi
// of a Tabel 3.2 row. A unit clash or an empty target is reported at its cell; the capaian cell is left alone.
import Decimal from "decimal.js";
import {
  Efisiensi,
  Polaritas,
  Settings,
  capaianKinerja,
  efisiensi,
} from "../capaian";
import { Field, Row } from "../model";
import { Ctx, isBlankInput } from "./context";
import { Qty, showQty, toPct } from "./quantity";

/** T and R in one unit: both as percentages when either is one; null when their units clash. */
function reconciled(t: Qty, r: Qty): [Qty, Qty] | null {
  const pct = t.unit === "%" || r.unit === "%";
  const tt = pct ? toPct(t) : t;
  const rr = pct ? toPct(r) : r;
  return tt.unit !== rr.unit && tt.unit !== "" && rr.unit !== ""
    ? null
    : [tt, rr];
}

/** Capaian without findings (the checks have already reported any clash). */
export function plainCapaian(
  t: Qty | null,
  r: Qty | null,
  pol: Polaritas,
): Decimal | null {
  if (!t || !r) return null;
  const both = reconciled(t, r);
  if (!both) return null;
  const [tt, rr] = both;
  return capaianKinerja({ value: tt.v, high: tt.high }, rr.v, pol);
}

/** Capaian of R against T, with their units reconciled; reports a unit clash. */
export function capaianOf(
  ctx: Ctx,
  t: Qty | null,
  r: Qty | null,
  rField: Field | undefined,
  pol: Polaritas,
): Decimal | null {
  if (!t || !r) return null;
  const both = reconciled(t, r);
  if (!both) {
    ctx.add(
      "NILAI_TIDAK_VALID",
      rField ?? null,
      `Satuan realisasi (${rField?.text}) berbeda dengan satuan target (${showQty(t)}); capaian tidak dapat dihitung.`,
    );
    return null;
  }
  const [tt, rr] = both;
  return capaianKinerja({ value: tt.v, high: tt.high }, rr.v, pol);
}

/** Rule: a 3.2 row's % kinerja is R over T; an empty or zero T has none (TARGET_NOL), the % cell stays as it is. */
export function kinerjaCell(
  ctx: Ctx,
  row: Row,
  t: Qty | null,
  r: Qty | null,
  pol: Polaritas,
  label: string,
): Decimal | null {
  if (!r) return null;
  if (!t || t.v.isZero()) {
    // An unreadable target has its own finding; only an empty or zero one is TARGET_NOL.
    if (row.t && (isBlankInput(row.t) || t)) {
      ctx.add(
        "TARGET_NOL",
        row.t,
        `Target kinerja ${label} di Tabel 3.2 sel ${row.t.address} kosong atau nol, sehingga capaian kinerjanya tidak dapat dihitung.`,
      );
    }
    return null;
  }
  const k = capaianOf(ctx, t, r, row.r, pol);
  if (k !== null) ctx.derive(row.kinerja, k, "persen", "% kinerja");
  return k;
}

/** A 3.2 row's efisiensi by the chosen method, written to its Efisiensi cell. */
export function efisiensiCell(
  ctx: Ctx,
  row: Row,
  kinerja: Decimal,
  anggaran: Decimal,
  pagu: Decimal,
  real: Decimal,
  settings: Settings,
): Efisiensi {
  const e = efisiensi(settings.efisiensi, kinerja, anggaran, pagu, real);
  if (e.value !== null)
    ctx.derive(
      row.efisiensi,
      e.value,
      settings.efisiensi === "selisih" ? "poin" : "persen",
      "Efisiensi",
    );
  return e;
}
