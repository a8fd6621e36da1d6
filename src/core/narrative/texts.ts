// Text the numbers cannot give (tugas pokok dan fungsi, strategi ke depan): entered once by the user and kept
// in the workbook's settings store, so the add-in and the command line place the same words.

/** Keys in the settings store (`LKjIP_Pengaturan`); values are JSON strings. */
export const TEXT_KEYS = {
  tupoksi: "teks.tupoksi",
  strategi: "teks.strategi",
} as const;

export interface NarrativeTexts {
  /** BAB III item 1: how the unit carried out its tugas pokok dan fungsi. */
  tupoksi: string;
  /** BAB III last item: the strategy to reach the targets. */
  strategi: string;
}

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** The texts from the store's values (`readStore(grid).values`); anything not a string counts as empty. */
export function narrativeTexts(
  values: Record<string, unknown>,
): NarrativeTexts {
  return {
    tupoksi: str(values[TEXT_KEYS.tupoksi]),
    strategi: str(values[TEXT_KEYS.strategi]),
  };
}

/** The store's values with the texts set (an empty text removes its key). */
export function withTexts(
  values: Record<string, unknown>,
  texts: Partial<NarrativeTexts>,
): Record<string, unknown> {
  const out = { ...values };
  for (const k of Object.keys(TEXT_KEYS) as (keyof NarrativeTexts)[]) {
    if (texts[k] === undefined) continue;
    const v = texts[k]!.trim();
    if (v) out[TEXT_KEYS[k]] = v;
    else delete out[TEXT_KEYS[k]];
  }
  return out;
}

/** A user's text as an intro and items: lines marked `a.`, `1.`, `-` (or after a line ending in `:`) are items. */
export function splitUserText(text: string): {
  intro: string;
  items: string[];
} {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const marker = /^(?:[a-z]|\d{1,2})[.)]\s+|^[-•*–]\s+/i;
  if (lines.length <= 1) return { intro: lines[0] ?? "", items: [] };
  const first = lines[0];
  if (!marker.test(first))
    return {
      intro: first,
      items: lines.slice(1).map((l) => l.replace(marker, "")),
    };
  return { intro: "", items: lines.map((l) => l.replace(marker, "")) };
}
