// What a command writes with -o: refused before anything is read when it would replace the input, has the wrong
// extension or would replace an existing file unasked; then written whole or not at all.
import fs from "node:fs/promises";
import type { Args } from "./args";
import { OutputError } from "./errors";
import { exists, existsMessage, sameFile, writeFileAtomic } from "./xlsx";

/** What the file is, said when its extension does not fit. */
const KIND: Record<string, string> = {
  ".docx": "laporan adalah dokumen Word",
  ".xlsm": "buku kerja bermakro (.xlsm) tetap .xlsm",
  ".xlsx": "yang ditulis adalah buku kerja .xlsx",
};

/** An output whose extension is not `ext`: the message, else null. */
function wrongExtension(out: string, ext: string): string | null {
  if (out.toLowerCase().endsWith(ext)) return null;
  return `Berkas keluaran ${out} harus berakhiran ${ext} (${KIND[ext]}); tidak ada yang ditulis.`;
}

const isFolder = (p: string) =>
  fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * Why the output (a file ending in `ext`) may not be written, else null: never the input (also not through a
 * link), an extension that fits, never an existing file unless --timpa.
 */
export async function outputRefused(
  args: Args,
  ext: string,
): Promise<string | null> {
  if (!args.out) return null;
  if (args.file && (await sameFile(args.file, args.out)))
    return `Berkas keluaran ${args.out} adalah berkas masukan itu sendiri (atau tautan ke sana); berkas masukan tidak pernah ditimpa.`;
  const wrong = wrongExtension(args.out, ext);
  if (wrong) return wrong;
  // A folder is said when writing (after the findings), as any other place that cannot take the file.
  if (!args.timpa && (await exists(args.out)) && !(await isFolder(args.out)))
    return existsMessage(args.out);
  return null;
}

/** Writes the output; the one-line message when it could not be written, else null. */
export async function writeOut(
  args: Args,
  bytes: () => Promise<Uint8Array>,
): Promise<string | null> {
  try {
    await writeFileAtomic(args.out!, bytes, args.timpa);
    return null;
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    return e.message;
  }
}
