// Settings live in the workbook's very hidden sheet LKjIP_Pengaturan (src/core/store.ts), the store the command
// line reads and writes too, so a choice made in one is obeyed by the other. One key per setting, JSON values.
// Workbooks saved by earlier versions kept them in Office document settings: read once, as a fallback.
import {
  GridCell,
  GridSheet,
  NarrativeTexts,
  PETA_KEY,
  Peta,
  SETTINGS_SHEET,
  SETTING_KEYS,
  Settings,
  TEXT_KEYS,
  narrativeTexts,
  parsePeta,
  readStore,
  settingsFromStore,
  storeRows,
  withTexts,
} from "../core";
import { parseArea } from "./cells";
import { run } from "./capabilities";
import { assertWritable } from "./protection";
import { listSheets, sheetInfos } from "./read";
import { ensureToolSheets } from "./tools";
import { writeText } from "./write";

/** The setting keys the add-in writes (the command line may add others; they are kept). */
export { SETTING_KEYS };
/** Where versions before the shared store kept the settings (Office.context.document.settings). */
export const LEGACY_SETTINGS_KEY = "lkjip.settings";

export interface LoadedSettings {
  settings: Partial<Settings>;
  /** Tugas pokok dan fungsi and strategi for BAB III (keys teks.tupoksi, teks.strategi). */
  texts?: NarrativeTexts;
  /** Keys whose stored value could not be read (said to the user; the defaults apply). */
  unreadable: string[];
}

function storeSheet(address: string, values: unknown[][]): GridSheet {
  const a = parseArea(address) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  return {
    name: SETTINGS_SHEET, // read as the store whatever sheet it came from (the Diagnostik's scratch sheet too)
    top: a.top,
    left: a.left,
    merges: [],
    cells: values.map((row) =>
      row.map((v): GridCell | null =>
        v === "" || v === null || v === undefined
          ? null
          : {
              value:
                typeof v === "number" || typeof v === "boolean" ? v : String(v),
            },
      ),
    ),
  };
}

/** Reads a store sheet (LKjIP_Pengaturan unless told): its values by key (empty when the sheet is missing). */
export async function readStoreValues(
  context: Excel.RequestContext,
  sheet: string = SETTINGS_SHEET,
): Promise<{
  values: Record<string, unknown>;
  unreadable: string[];
  exists: boolean;
}> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  ws.load("name");
  await context.sync();
  if (ws.isNullObject) return { values: {}, unreadable: [], exists: false };
  const used = ws.getUsedRange(true);
  used.load("address,values");
  await context.sync();
  const read = readStore({
    sheets: [storeSheet(used.address, used.values ?? [])],
  });
  return { ...read, exists: true };
}

function legacySettings(): Partial<Settings> {
  try {
    const raw = Office.context.document.settings.get(LEGACY_SETTINGS_KEY);
    if (typeof raw === "string") return JSON.parse(raw) as Partial<Settings>;
    if (raw && typeof raw === "object") return raw as Partial<Settings>;
  } catch {
    /* unreadable old settings fall back to the defaults */
  }
  return {};
}

export async function loadSettings(): Promise<LoadedSettings> {
  const read = await run((context) => readStoreValues(context));
  // The engine's own reading of the store (src/core/store.ts): each value checked, a wrong one named.
  const { settings, invalid } = settingsFromStore(read.values);
  const unreadable = [...read.unreadable, ...invalid];
  const t = narrativeTexts(read.values);
  const texts = t.tupoksi || t.strategi ? { texts: t } : {};
  if (Object.keys(settings).length || unreadable.length)
    return { settings, unreadable, ...texts };
  return { settings: legacySettings(), unreadable: [], ...texts };
}

/** Writes store rows (key, JSON) into columns A:B of a sheet, as text: -1 or "=x" never becomes a number or formula. */
export function queueStoreRows(ws: Excel.Worksheet, rows: string[][]): void {
  ws.getRange("A:B").clear(Excel.ClearApplyTo.contents);
  writeText(
    ws.getRange(`A1:A${rows.length}`),
    rows.map((r) => r[0]),
  );
  writeText(
    ws.getRange(`B1:B${rows.length}`),
    rows.map((r) => r[1]),
  );
}

/** Rewrites the store with `update` applied to its values, keeping keys the caller does not touch. */
async function updateStore(
  update: (values: Record<string, unknown>) => void,
): Promise<void> {
  await ensureToolSheets();
  await run(async (context) => {
    const list = listSheets(context);
    const old = await readStoreValues(context);
    assertWritable(sheetInfos(list), false, [SETTINGS_SHEET]);
    const values: Record<string, unknown> = { ...old.values };
    update(values);
    queueStoreRows(
      context.workbook.worksheets.getItem(SETTINGS_SHEET),
      storeRows(values),
    );
    await context.sync();
  }, true);
}

/** Writes the settings (and the narrative's texts, when given) into the store, keeping keys the add-in does not know. */
export async function saveSettings(
  s: Settings,
  texts?: Partial<NarrativeTexts>,
): Promise<void> {
  await updateStore((values) => {
    for (const k of SETTING_KEYS) values[k] = s[k];
    if (texts) Object.assign(values, withTexts({}, texts));
    // An emptied text removes its key.
    if (texts)
      for (const k of ["tupoksi", "strategi"] as const)
        if (texts[k] !== undefined && !texts[k]!.trim())
          delete values[TEXT_KEYS[k]];
  });
}

/** Writes keys into the store (an undefined value removes its key), keeping every other key. */
export async function saveStoreValues(
  changes: Record<string, unknown>,
): Promise<void> {
  await updateStore((values) => {
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) delete values[k];
      else values[k] = v;
    }
  });
}

/** The user's column and row choices stored in the workbook (key `peta`, the JSON `--peta` reads). */
export async function loadPeta(): Promise<Peta> {
  const read = await run((context) => readStoreValues(context));
  return parsePeta(read.values[PETA_KEY]).peta;
}

/** Stores the user's column and row choices under `peta`; an empty peta removes the key. */
export async function savePeta(peta: Peta): Promise<void> {
  const empty =
    Object.keys(peta.tables).length === 0 &&
    Object.keys(peta.rows).length === 0;
  await updateStore((values) => {
    if (empty) delete values[PETA_KEY];
    else values[PETA_KEY] = peta;
  });
}
