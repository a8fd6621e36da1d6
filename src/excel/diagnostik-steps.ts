// The Diagnostik's steps: one of each kind of call the add-in makes, on a scratch sheet of its own. Each step is a
// real call, and its line says what Excel answered (or the error it gave); nothing is inferred. Every step runs in an
// Excel.run of its own, so one refusal does not take the next step with it.
import { storeRows } from "../core";
import {
  canFill,
  canMergeUndo,
  canMerged,
  notesOf,
  supports,
  userError,
} from "./capabilities";
import { queueStoreRows, readStoreValues } from "./settings";

export interface DiagCtx {
  /** The scratch sheet's name once it exists. */
  sheet: string | null;
}

export interface Step {
  id: string;
  label: string;
  /** Runs only when the scratch sheet exists. */
  needsSheet?: boolean;
  /** Runs only when the host reports this requirement set (ExcelApi minor version). */
  needsExcelApi?: string;
  /** Returns the line's detail; throws when Excel refuses; returns { mismatch } when Excel answered something else. */
  run(d: DiagCtx): Promise<string | { mismatch: string }>;
}

const SCRATCH = "LKjIP_Diagnostik";
const VALUE = 1234.5;
const TEXT = "teks uji";
const FORMAT = "#,##0.00";
const FILL = "#FFF4CE";
const NOTE = "LKjIP: catatan uji Diagnostik";
const SETTING = { "diagnostik.uji": { teks: "=1+1", angka: -1 } };

const sheetOf = (context: Excel.RequestContext, d: DiagCtx) =>
  context.workbook.worksheets.getItem(d.sheet!);

async function addScratch(d: DiagCtx): Promise<string> {
  return Excel.run(async (context) => {
    const list = context.workbook.worksheets;
    list.load("items/name");
    await context.sync();
    const taken = new Set(list.items.map((w) => w.name.toLowerCase()));
    let name = SCRATCH;
    for (let i = 2; taken.has(name.toLowerCase()); i++)
      name = `${SCRATCH} ${i}`;
    context.workbook.worksheets.add(name);
    await context.sync();
    d.sheet = name;
    return `lembar sementara "${name}" ditambahkan (lembar Anda tidak disentuh)`;
  });
}

/** A write of one kind on the scratch sheet, in its own sync. */
function writeStep(
  id: string,
  label: string,
  write: (ws: Excel.Worksheet) => void,
  detail: string,
): Step {
  return {
    id,
    label,
    needsSheet: true,
    run: (d) =>
      Excel.run(async (context) => {
        write(sheetOf(context, d));
        await context.sync();
        return detail;
      }),
  };
}

type Outcome = string | { mismatch: string };

/** Reads back the values written: A1's number (and how Excel shows it), B1's text. */
function readValues(d: DiagCtx): Promise<Outcome> {
  return Excel.run(async (context) => {
    const r = sheetOf(context, d).getRange("A1:B1");
    r.load("values,text");
    await context.sync();
    const [v, t] = r.values[0];
    const got = `A1 = ${String(v)} (tampil "${r.text[0][0]}"), B1 = "${String(t)}"`;
    return v === VALUE && t === TEXT
      ? got
      : { mismatch: `terbaca ${got}, ditulis ${VALUE} dan "${TEXT}"` };
  });
}

/** Reads back A1's number format and, where the host can read cell properties (ExcelApi 1.9), its fill. */
function readFormats(d: DiagCtx): Promise<Outcome> {
  return Excel.run(async (context) => {
    const r = sheetOf(context, d).getRange("A1");
    r.load("numberFormat");
    const props = canFill()
      ? r.getCellProperties({ format: { fill: { color: true } } })
      : null;
    await context.sync();
    const fmt = String(r.numberFormat[0][0]);
    const fill = props
      ? String(props.value[0][0].format?.fill?.color ?? "")
      : null;
    const got = `format angka ${fmt}${fill === null ? "" : `, warna ${fill}`}`;
    const ok = fmt === FORMAT && (fill === null || fill.toUpperCase() === FILL);
    return ok
      ? got
      : { mismatch: `terbaca ${got}, ditulis ${FORMAT} dan ${FILL}` };
  });
}

/** Reads the merged areas of a range holding A3:B3's top-left cell, and of one that holds only part of it (#3611). */
function readMerged(d: DiagCtx): Promise<Outcome> {
  return Excel.run(async (context) => {
    const ws = sheetOf(context, d);
    const inside = ws.getRange("A1:C4").getMergedAreasOrNullObject();
    const outside = ws.getRange("B3:C4").getMergedAreasOrNullObject();
    inside.load("address");
    outside.load("address");
    await context.sync();
    const a = inside.isNullObject ? "(tidak ada)" : inside.address;
    const b = outside.isNullObject ? "(tidak ada)" : outside.address;
    const detail = `A1:C4 → ${a}; B3:C4, tanpa sel kiri-atas area itu → ${b}`;
    return /A3:B3/.test(a)
      ? detail
      : { mismatch: `area gabungan A3:B3 tidak terbaca: ${detail}` };
  });
}

async function noteStep(
  d: DiagCtx,
  read: boolean,
): Promise<string | { mismatch: string }> {
  return Excel.run(async (context) => {
    const ws = sheetOf(context, d) as Excel.Worksheet & {
      notes?: Excel.NoteCollection;
    };
    const notes = notesOf(context);
    if (!notes || !ws.notes)
      throw userError(
        "NoNotes",
        "office.js yang dimuat tidak memiliki Workbook.notes/Worksheet.notes",
      );
    if (!read) {
      notes.add(ws.getRange("A1"), NOTE);
      await context.sync();
      return "Workbook.notes.add(sel A1) diterima";
    }
    const n = ws.notes.getItem("A1");
    n.load("content");
    await context.sync();
    return n.content === NOTE
      ? `Worksheet.notes.getItem("A1"): "${n.content}"`
      : { mismatch: `terbaca "${n.content}"` };
  });
}

async function groupedStep(d: DiagCtx): Promise<string> {
  await Excel.run({ mergeUndoGroup: true }, async (context) => {
    sheetOf(context, d).getRange("C1").values = [["grup"]];
    await context.sync();
  });
  return canMergeUndo()
    ? "Excel.run dengan mergeUndoGroup: true diterima"
    : "Excel.run dengan mergeUndoGroup: true dijalankan; Excel ini tidak mendukung ExcelApi 1.20, jadi tidak menggabungkan langkah Undo";
}

async function settingStep(d: DiagCtx): Promise<string | { mismatch: string }> {
  return Excel.run(async (context) => {
    queueStoreRows(sheetOf(context, d), storeRows(SETTING));
    await context.sync();
    const read = await readStoreValues(context, d.sheet!);
    const got = JSON.stringify(read.values);
    return got === JSON.stringify(SETTING)
      ? `kunci dan nilai JSON ditulis sebagai teks, terbaca sama: ${got}`
      : { mismatch: `terbaca ${got}` };
  });
}

async function hideStep(d: DiagCtx): Promise<string | { mismatch: string }> {
  return Excel.run(async (context) => {
    const ws = sheetOf(context, d);
    ws.visibility = Excel.SheetVisibility.hidden;
    await context.sync();
    ws.load("visibility");
    await context.sync();
    return ws.visibility === "Hidden"
      ? "lembar sementara disembunyikan"
      : { mismatch: `visibilitas terbaca ${String(ws.visibility)}` };
  });
}

/** Removes the scratch sheet and checks it is gone. */
export async function removeScratch(
  d: DiagCtx,
): Promise<string | { mismatch: string }> {
  return Excel.run(async (context) => {
    sheetOf(context, d).delete();
    await context.sync();
    const gone = context.workbook.worksheets.getItemOrNullObject(d.sheet!);
    gone.load("name");
    await context.sync();
    return gone.isNullObject
      ? `lembar "${d.sheet}" dihapus`
      : {
          mismatch: `lembar "${d.sheet}" masih ada: hapus sendiri (klik kanan tab › Hapus)`,
        };
  });
}

export const STEPS: Step[] = [
  { id: "sheet.add", label: "Tambah lembar sementara", run: addScratch },
  writeStep(
    "write.value",
    "Tulis nilai",
    (ws) => (ws.getRange("A1:B1").values = [[VALUE, TEXT]]),
    `A1 = ${VALUE}, B1 = "${TEXT}"`,
  ),
  writeStep(
    "write.format",
    "Tulis format angka",
    (ws) => (ws.getRange("A1").numberFormat = [[FORMAT]]),
    `A1: ${FORMAT}`,
  ),
  writeStep(
    "write.fill",
    "Tulis warna sel",
    (ws) => (ws.getRange("A1").format.fill.color = FILL),
    `A1: ${FILL}`,
  ),
  writeStep(
    "write.merge",
    "Gabungkan sel",
    (ws) => ws.getRange("A3:B3").merge(),
    "A3:B3",
  ),
  {
    id: "read.values",
    label: "Baca nilai",
    needsSheet: true,
    run: readValues,
  },
  {
    id: "read.formats",
    label: "Baca format angka dan warna",
    needsSheet: true,
    run: readFormats,
  },
  {
    id: "read.merged",
    label: "Baca sel gabungan",
    needsSheet: true,
    needsExcelApi: "1.13",
    run: readMerged,
  },
  {
    id: "note.add",
    label: "Tambah catatan sel",
    needsSheet: true,
    needsExcelApi: "1.18",
    run: (d) => noteStep(d, false),
  },
  {
    id: "note.read",
    label: "Baca catatan sel",
    needsSheet: true,
    needsExcelApi: "1.18",
    run: (d) => noteStep(d, true),
  },
  {
    id: "run.grouped",
    label: "Satu langkah Undo untuk beberapa perubahan",
    needsSheet: true,
    run: groupedStep,
  },
  {
    id: "setting",
    label: "Simpan dan baca pengaturan",
    needsSheet: true,
    run: settingStep,
  },
  {
    id: "sheet.hide",
    label: "Sembunyikan lembar",
    needsSheet: true,
    run: hideStep,
  },
];

/** Whether a step's requirement set is there (the answer of isSetSupported, said on the step's line). */
export function stepSupported(s: Step): boolean {
  if (!s.needsExcelApi) return true;
  if (s.needsExcelApi === "1.13") return canMerged();
  return supports("ExcelApi", s.needsExcelApi);
}
