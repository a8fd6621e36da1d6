// What was dropped on the page: files, and the files inside dropped folders (their subfolders too), each with the
// path the recap names it by. A folder's entries are read through the File and Directory Entries API, which browsers
// give for a drop (webkitGetAsEntry).

export interface Dropped {
  file: File;
  /** The path below the dropped folder (`Laporan TW1/kec-01.xlsx`), or the file's name. */
  path: string;
  /** It came from inside a folder. */
  folder: boolean;
}

const fileOf = (e: FileSystemFileEntry) =>
  new Promise<File>((ok, fail) => e.file(ok, fail));

/** Every entry of a folder: readEntries gives them in batches until an empty one. */
async function entriesOf(
  dir: FileSystemDirectoryEntry,
): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) =>
      reader.readEntries(ok, fail),
    );
    if (!batch.length) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: Dropped[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({ file, path: entry.fullPath.replace(/^\//, ""), folder: true });
  } else if (entry.isDirectory)
    for (const e of await entriesOf(entry as FileSystemDirectoryEntry))
      await walk(e, out);
}

export async function filesOfDrop(dt: DataTransfer): Promise<Dropped[]> {
  const entries = [...dt.items]
    .map((i) => (i.kind === "file" ? i.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (!entries.some((e) => e.isDirectory))
    return [...dt.files].map((file) => ({
      file,
      path: file.name,
      folder: false,
    }));
  const out: Dropped[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}
