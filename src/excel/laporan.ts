// What Unduh Laporan needs from the workbook: the report's sheets and the settings store (cover and
// signature texts), read in one Excel.run; and the store alone, for the texts form.
import { GridWorkbook } from "../core";
import { run } from "./capabilities";
import { readWorkbook } from "./read";
import { readStoreValues } from "./settings";

export interface LaporanRead {
  grid: GridWorkbook;
  store: Record<string, unknown>;
}

export async function readForLaporan(): Promise<LaporanRead> {
  return run(async (context) => {
    const wb = await readWorkbook(context);
    const store = await readStoreValues(context);
    return { grid: wb.grid, store: store.values };
  });
}

export async function loadStoreValues(): Promise<Record<string, unknown>> {
  return run(async (context) => (await readStoreValues(context)).values);
}
