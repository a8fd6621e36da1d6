// Tabel 2.3 (Rincian Sub Kegiatan): its rows grouped by kegiatan, each group closed by its Jumlah row.
import { FoundTable } from "../reader";
import { displayText } from "../number";
import { normalizeLabel } from "../text";
import { Field } from "./field";
import { Row, isTotalLabel, rowsOf, text } from "./rows";

export interface RincianGroup {
  kegiatan?: Field;
  subs: Row[];
  jumlah?: Row;
}

export function rincianGroups(t: FoundTable | undefined): RincianGroup[] {
  if (!t) return [];
  const groups: RincianGroup[] = [];
  let cur: RincianGroup | null = null;
  for (const r of rowsOf(t)) {
    const labels = [r.kegiatan, r.subKegiatan]
      .map(text)
      .concat(displayText(t.view.raw(r.row, t.left)));
    if (labels.some(isTotalLabel)) {
      if (cur) {
        cur.jumlah = r;
        groups.push(cur);
        cur = null;
      } else if (groups.length) groups[groups.length - 1].jumlah ??= r;
      continue;
    }
    // A new kegiatan name opens a group; the same name retyped on every row does not.
    const name = text(r.kegiatan);
    if (
      !cur ||
      (name !== "" &&
        normalizeLabel(name) !== normalizeLabel(text(cur.kegiatan)))
    ) {
      if (cur) groups.push(cur);
      cur = {
        kegiatan: text(r.kegiatan) !== "" ? r.kegiatan : undefined,
        subs: [],
      };
    }
    if (text(r.subKegiatan) !== "" || text(r.anggaran) !== "") cur.subs.push(r);
  }
  if (cur) groups.push(cur);
  return groups;
}
