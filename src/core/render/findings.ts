// Findings for every output from one registry (FINDING_CODES): the terminal table, JSON, cell notes.
// The pane shows the same title and expected value (see src/taskpane).
import { Analysis } from "../types";
import { FINDING_CODES, Finding, expectedText } from "../findings";

export { expectedText };

/** `Sheet!A1`, the sheet quoted the way Excel does when its name has edge spaces or quote/bang characters. */
export function cellRef(sheet: string, cell: string | null): string {
  const plain = sheet === sheet.trim() && !/['!]/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell ? `${name}!${cell}` : name;
}

export const SEVERITY_LABEL = {
  error: "GALAT",
  warning: "PERINGATAN",
  info: "INFO",
} as const;

function wrap(s: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const w of s.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}

/** Findings as a readable table for a terminal. */
export function findingsTable(a: Analysis): string {
  const out: string[] = [];
  const found = a.tables.map(
    (t) =>
      `${t.id}: ${t.found ? `${cellRef(t.sheet ?? "", t.header)} (${t.rows} baris)` : "tidak ditemukan"}`,
  );
  out.push(`Tabel: ${found.join(" · ")}`);
  const count = (s: Finding["severity"]) =>
    a.findings.filter((f) => f.severity === s).length;
  out.push(
    `Temuan: ${count("error")} galat, ${count("warning")} peringatan, ${count("info")} info`,
  );
  if (a.findings.length === 0) {
    out.push("Tidak ada temuan: semua jumlah dan angka antar-tabel cocok.");
    return out.join("\n");
  }
  const rows = a.findings.map((f) => [
    SEVERITY_LABEL[f.severity],
    f.code,
    f.sheet ? cellRef(f.sheet, f.cell) : "(buku kerja)",
    f.actual ?? "",
    expectedText(f) ?? "",
  ]);
  const head = ["Tingkat", "Kode", "Sel", "Isi", "Seharusnya"];
  const widths = head.map((h, i) =>
    Math.min(28, Math.max(h.length, ...rows.map((r) => r[i].length))),
  );
  const cut = (s: string, w: number) =>
    s.length > w ? s.slice(0, w - 1) + "…" : s.padEnd(w);
  out.push("");
  out.push(head.map((h, i) => cut(h, widths[i])).join("  "));
  out.push(widths.map((w) => "-".repeat(w)).join("  "));
  a.findings.forEach((f, k) => {
    out.push(
      rows[k]
        .map((c, i) => cut(c, widths[i]))
        .join("  ")
        .trimEnd(),
    );
    out.push(
      wrap(
        `${FINDING_CODES[f.code]?.title ?? f.code}: ${f.message}`,
        100,
        "    ",
      ),
    );
  });
  return out.join("\n");
}

/** The `--json` object: `{"file", "findings": [{code, severity, sheet, cell, actual, expected, message}]}`. */
export function findingsJson(file: string, findings: Finding[]): string {
  return JSON.stringify(
    {
      file,
      findings: findings.map(
        ({ code, severity, sheet, cell, actual, expected, message }) => ({
          code,
          severity,
          sheet,
          cell,
          actual,
          expected,
          message,
        }),
      ),
    },
    null,
    2,
  );
}

/** The text of the note the add-in puts on a cell: each finding's title, message and what to do. */
export function cellNoteText(findings: Finding[], prefix = ""): string {
  return (
    prefix +
    findings
      .map((f) => {
        const e = FINDING_CODES[f.code];
        return e ? `${e.title}: ${f.message} ${e.advice}` : f.message;
      })
      .join("\n\n")
  );
}
