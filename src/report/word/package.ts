// The finished package, put right where the docx package writes what Word dislikes: every picture's
// wp:docPr id is 1 (docx issue #2719; duplicates make Word offer to repair "unreadable content"), every
// bookmark's w:id is 1, and a PAGEREF needs its field written whole (begin, instruction, separate, result,
// end) for LibreOffice to compute it. Only word/document.xml is rewritten.
import JSZip from "jszip";

const PAGEREF =
  /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t[^>]*>\u27e6PAGEREF:([A-Za-z0-9_]+)\u27e7<\/w:t><\/w:r>/g;

/** A PAGEREF field, dirty so Word computes it on opening; its result is a placeholder until then. */
function pageRef(rPr: string, bookmark: string): string {
  const r = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  return [
    r('<w:fldChar w:fldCharType="begin" w:dirty="true"/>'),
    r(
      `<w:instrText xml:space="preserve"> PAGEREF ${bookmark} \\h </w:instrText>`,
    ),
    r('<w:fldChar w:fldCharType="separate"/>'),
    r("<w:t>…</w:t>"),
    r('<w:fldChar w:fldCharType="end"/>'),
  ].join("");
}

/** document.xml with unique drawing and bookmark ids and whole PAGEREF fields. */
export function fixDocumentXml(xml: string): string {
  let picture = 0;
  let start = 0;
  let end = 0;
  return xml
    .replace(
      /<wp:docPr([^>]*?) id="\d+"/g,
      (_m, a: string) => `<wp:docPr${a} id="${++picture}"`,
    )
    .replace(
      /<w:bookmarkStart([^>]*?) w:id="\d+"/g,
      (_m, a: string) => `<w:bookmarkStart${a} w:id="${++start}"`,
    )
    .replace(
      /<w:bookmarkEnd w:id="\d+"/g,
      () => `<w:bookmarkEnd w:id="${++end}"`,
    )
    .replace(PAGEREF, (_m, rPr: string | undefined, bookmark: string) =>
      pageRef(rPr ?? "", bookmark),
    );
}

export async function fixPackage(
  bytes: ArrayBuffer | Uint8Array,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  zip.file("word/document.xml", fixDocumentXml(await file.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
