// Diagnostik: what this Excel is (host, platform, Office version, each requirement set the add-in uses) and whether
// each kind of call the add-in makes works here, on a scratch sheet the Diagnostik adds and removes again. Every line
// is the outcome of a real call: an answer Excel gave, or the error it gave. The pane asks the user first (adding,
// hiding and removing a sheet empties Excel's Ctrl+Z history on Windows and Mac).
import {
  REQUIREMENT_SETS,
  diagnostics,
  errorCode,
  supports,
} from "./capabilities";
import {
  DiagCtx,
  STEPS,
  removeScratch,
  stepSupported,
} from "./diagnostik-steps";

export type DiagStatus = "ok" | "gagal" | "dilewati" | "info";

export interface DiagLine {
  id: string;
  label: string;
  status: DiagStatus;
  detail: string;
}

export interface DiagResult {
  lines: DiagLine[];
  /** When it ran (ISO), for the text report. */
  at: string;
}

/** Host, platform, version and requirement sets: each read from Office.context, as Office answers. */
function infoLines(): DiagLine[] {
  const d = diagnostics();
  const lines: DiagLine[] = [
    {
      id: "info.host",
      label: "Aplikasi",
      status: "info",
      detail: d.host || "(Office.context.diagnostics tidak tersedia)",
    },
    {
      id: "info.platform",
      label: "Platform",
      status: "info",
      detail: d.platform || "(tidak dilaporkan)",
    },
    {
      id: "info.version",
      label: "Versi Office",
      status: "info",
      detail: d.version || "(tidak dilaporkan)",
    },
  ];
  for (const r of REQUIREMENT_SETS)
    lines.push({
      id: `set.${r.set}.${r.version}`,
      label: `${r.set} ${r.version}`,
      status: "info",
      detail: `${supports(r.set, r.version) ? "ya" : "tidak"} (${r.use})`,
    });
  return lines;
}

function failure(e: unknown): string {
  const code = errorCode(e);
  const msg = String((e as Error)?.message ?? e);
  return code && !code.startsWith("LKjIP.") ? `${code}: ${msg}` : msg;
}

/** Runs one step and says what happened; never throws. */
async function runStep(
  step: (typeof STEPS)[number],
  d: DiagCtx,
): Promise<DiagLine> {
  const line = (status: DiagStatus, detail: string): DiagLine => ({
    id: step.id,
    label: step.label,
    status,
    detail,
  });
  if (step.needsSheet && !d.sheet)
    return line(
      "dilewati",
      "lembar sementara tidak ada (langkah pertama gagal)",
    );
  if (!stepSupported(step))
    return line(
      "dilewati",
      `Excel ini tidak mendukung ExcelApi ${step.needsExcelApi} (isSetSupported), dan add-in pun melewatinya`,
    );
  try {
    const r = await step.run(d);
    return typeof r === "string" ? line("ok", r) : line("gagal", r.mismatch);
  } catch (e) {
    return line("gagal", failure(e));
  }
}

/** Runs the Diagnostik; `onLine` sees each line as it is known. The scratch sheet is always removed when it was made. */
export async function runDiagnostik(
  onLine: (l: DiagLine) => void = () => undefined,
): Promise<DiagResult> {
  const lines: DiagLine[] = [];
  const push = (l: DiagLine) => {
    lines.push(l);
    onLine(l);
  };
  infoLines().forEach(push);
  const d: DiagCtx = { sheet: null };
  for (const step of STEPS) push(await runStep(step, d));
  if (d.sheet)
    push(
      await runStep(
        {
          id: "sheet.remove",
          label: "Hapus lembar sementara",
          needsSheet: true,
          run: removeScratch,
        },
        d,
      ),
    );
  return { lines, at: new Date().toISOString() };
}

const MARK: Record<DiagStatus, string> = {
  ok: "OK",
  gagal: "GAGAL",
  dilewati: "DILEWATI",
  info: "INFO",
};

/** The short text report the Salin button copies: one line per result, then the summary. */
export function diagnostikReport(r: DiagResult, summary: string): string {
  return [
    `Diagnostik LKjIP (${r.at})`,
    ...r.lines.map(
      (l) => `${MARK[l.status].padEnd(8)} ${l.label}: ${l.detail}`,
    ),
    `Ringkasan: ${summary}`,
  ].join("\n");
}

/** The plain Indonesian summary of a run. */
export function diagnostikSummary(lines: DiagLine[]): string {
  const failed = lines.filter((l) => l.status === "gagal");
  const skipped = lines.filter((l) => l.status === "dilewati");
  const ok = lines.filter((l) => l.status === "ok").length;
  const parts = [
    `${ok} langkah berhasil, ${failed.length} gagal, ${skipped.length} dilewati.`,
  ];
  if (!failed.length)
    parts.push(
      "Setiap jenis panggilan yang dipakai add-in bekerja di Excel ini" +
        (skipped.length
          ? " (yang dilewati tidak dipakai add-in di Excel ini)."
          : "."),
    );
  else
    parts.push(
      `Yang gagal: ${failed.map((l) => l.label).join(", ")}. Bagian add-in yang memakainya tidak akan bekerja di Excel ini; salin laporan ini dan kirimkan kepada yang mendukung Anda.`,
    );
  return parts.join(" ");
}
