// The command line's files: a workbook read from its package (src/xlsx), outputs written whole or not at all,
// never over the input, never over an existing file unasked.
import fs from "node:fs/promises";
import path from "node:path";
import { Opened, notAWorkbook, openWorkbook, readFindings } from "../xlsx";
import { OutputError, UnreadableFileError } from "./errors";

export { OutputError, UnreadableFileError };

/** The workbook read from its package; a file that cannot be read at all is an UnreadableFileError (one line). */
export async function loadWorkbook(file: string): Promise<Opened> {
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory())
      throw Object.assign(new Error("directory"), { code: "EISDIR" });
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new UnreadableFileError(`Berkas tidak ditemukan: ${file}`);
    if (code === "EISDIR")
      throw new UnreadableFileError(
        `${file} adalah folder, bukan berkas .xlsx`,
      );
    if (code === "EACCES" || code === "EPERM")
      throw new UnreadableFileError(
        `Berkas tidak dapat dibuka (izin ditolak): ${file}`,
      );
    throw new UnreadableFileError(
      `Berkas tidak dapat dibuka: ${file} (${code ?? (e as Error).message}).`,
    );
  }
  try {
    // An .xlsx package, or the HTML table a SIPD tool saves as .xls (read as a table).
    // An .xlsx package, or the HTML table a SIPD tool saves as .xls (read as a table).
    return openWorkbook(bytes);
  } catch (e) {
    throw new UnreadableFileError(notAWorkbook(file, e));
  }
}

/** What the reader could not read, as findings (src/xlsx/problems.ts). */
export { readFindings };

async function realpathOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/** The real path a file has or would have (its folder resolved when the file does not exist yet). */
async function realTarget(p: string): Promise<string> {
  const real = await realpathOrNull(p);
  if (real) return real;
  const dir = await realpathOrNull(path.dirname(p));
  return dir ? path.join(dir, path.basename(p)) : path.resolve(p);
}

/** True when both paths name one file: through symlinks (real paths) or hard links (device + inode). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realTarget(a)) === (await realTarget(b))) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function outputMessage(e: unknown, out: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOSPC: "disk penuh",
    EDQUOT: "kuota disk habis",
    EACCES: "izin ditolak",
    EPERM: "izin ditolak",
    EROFS: "disk hanya dapat dibaca",
    ENOENT: `folder ${path.dirname(out)} tidak ada`,
    ENOTDIR: `folder ${path.dirname(out)} tidak ada`,
    EISDIR: "itu sebuah folder",
  };
  const reason = (code && why[code]) ?? code ?? (e as Error).message;
  return `Berkas keluaran tidak dapat ditulis: ${out} (${reason}); tidak ada berkas yang ditulis.`;
}

/** The message for an output that exists and may not be replaced. */
export function existsMessage(out: string): string {
  return `Berkas keluaran ${out} sudah ada dan tidak ditimpa; tambahkan --timpa untuk menggantinya, atau pilih nama lain.`;
}

/** True when something (a file, folder or symlink, even a dangling one) is at the path. */
export async function exists(p: string): Promise<boolean> {
  return fs.lstat(p).then(
    () => true,
    () => false,
  );
}

/**
 * Puts the finished temporary file in place. Without `overwrite`, a hard link makes the check and the placing
 * one step (it fails when the target exists); where the file system has no hard links (FAT on a USB stick),
 * the target is checked just before the rename.
 */
async function place(
  tmp: string,
  target: string,
  out: string,
  overwrite: boolean,
): Promise<void> {
  if (overwrite) return fs.rename(tmp, target);
  try {
    await fs.link(tmp, target);
    await fs.rm(tmp, { force: true });
    return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST")
      throw new OutputError(existsMessage(out));
  }
  if (await exists(target)) throw new OutputError(existsMessage(out));
  await fs.rename(tmp, target);
}

/**
 * Writes a file whole or not at all: a temporary file in the target's folder, put into place at the end. An
 * existing file is replaced only with `overwrite` (`--timpa`). A symlink as output keeps pointing where it did
 * (its target is written). On failure the temporary file is removed.
 */
export async function writeFileAtomic(
  out: string,
  bytes: () => Promise<Uint8Array>,
  overwrite = false,
): Promise<void> {
  const target = await realTarget(out);
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`,
  );
  let created = false;
  try {
    if ((await fs.stat(target).catch(() => null))?.isDirectory())
      throw Object.assign(new Error("directory"), { code: "EISDIR" });
    const data = await bytes();
    created = true;
    await fs.writeFile(tmp, data, { flag: "wx" });
    await place(tmp, target, out, overwrite);
  } catch (e) {
    if (created) await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof OutputError) throw e;
    throw new OutputError(outputMessage(e, out));
  }
}
