// The settings store of a workbook file (LKjIP_Pengaturan): read from the grid and written into the page's copy by
// the patching writer, in the same rows the add-in and `hitung` use, so a file moves between the page, the add-in and
// the command line with its choices. An update keeps every key it does not touch; an emptied text removes its key.
import {
  GridWorkbook,
  NarrativeTexts,
  PETA_KEY,
  Peta,
  SETTING_KEYS,
  Settings,
  TEXT_KEYS,
  narrativeTexts,
  parsePeta,
  readStore,
  settingsFromStore,
  withTexts,
} from "../core";
import type { LoadedSettings } from "../addin";
import { OpenedWorkbook, patchXlsx } from "../xlsx";

export abstract class FileStore {
  protected abstract workbook(): { opened: OpenedWorkbook };
  protected abstract grid(): GridWorkbook;
  protected abstract replace(bytes: Uint8Array): void;
  /** No workbook is open: nothing stored (the defaults), nothing to store into. */
  protected abstract get empty(): boolean;

  async loadStoreValues(): Promise<Record<string, unknown>> {
    return this.empty ? {} : readStore(this.grid()).values;
  }

  async loadSettings(): Promise<LoadedSettings> {
    if (this.empty) return { settings: {}, unreadable: [] };
    const read = readStore(this.grid());
    const { settings, invalid } = settingsFromStore(read.values);
    const t = narrativeTexts(read.values);
    return {
      settings,
      unreadable: [...read.unreadable, ...invalid],
      ...(t.tupoksi || t.strategi ? { texts: t } : {}),
    };
  }

  async loadPeta(): Promise<Peta> {
    return parsePeta((await this.loadStoreValues())[PETA_KEY]).peta;
  }

  /** The store rewritten with `update` applied: each key that changed is written, each key removed is emptied. */
  private update(update: (values: Record<string, unknown>) => void): void {
    const old = readStore(this.grid()).values;
    const values = { ...old };
    update(values);
    const changes: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(old), ...Object.keys(values)]))
      if (JSON.stringify(old[k]) !== JSON.stringify(values[k]))
        changes[k] = values[k];
    if (Object.keys(changes).length)
      this.replace(patchXlsx(this.workbook().opened, [], changes).bytes);
  }

  async saveSettings(
    s: Settings,
    texts?: Partial<NarrativeTexts>,
  ): Promise<void> {
    this.update((values) => {
      for (const k of SETTING_KEYS) values[k] = s[k];
      if (!texts) return;
      Object.assign(values, withTexts({}, texts));
      for (const k of ["tupoksi", "strategi"] as const)
        if (texts[k] !== undefined && !texts[k]!.trim())
          delete values[TEXT_KEYS[k]];
    });
  }

  async saveStoreValues(changes: Record<string, unknown>): Promise<void> {
    this.update((values) => {
      for (const [k, v] of Object.entries(changes))
        if (v === undefined) delete values[k];
        else values[k] = v;
    });
  }

  async savePeta(peta: Peta): Promise<void> {
    const empty =
      Object.keys(peta.tables).length === 0 &&
      Object.keys(peta.rows).length === 0;
    this.update((values) => {
      if (empty) delete values[PETA_KEY];
      else values[PETA_KEY] = peta;
    });
  }
}
