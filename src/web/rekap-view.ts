// The recap in the web page: many files or a folder chosen (or dropped), each read and checked in turn by the same
// code as `lkjip rekap` (src/rekap), then a table (one row per workbook; a row opens that workbook's findings in the
// pane above), a chart of serapan and capaian per unit, and the recap's own .xlsx to download. Nothing is sent.
import { Decimal, formatAngka, formatPersen } from "../core";
import { RekapRow, STATUS_TEXT, rekapRow, rekapXlsx } from "../rekap";
import { $, el } from "../taskpane/dom";
import { offerDownload } from "../taskpane/download";
import { rekapChart } from "./chart";
import { Dropped } from "./drop";
import { Opener } from "./opener";

const XLSX_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const READ = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;
const byPath = new Intl.Collator("id", { numeric: true, sensitivity: "base" });

const money = (v: number | null) =>
  v === null ? "–" : formatAngka(new Decimal(v));
const pct = (v: number | null) =>
  v === null ? "–" : formatPersen(new Decimal(v));

/** The workbooks among what was chosen: spreadsheets only, no Excel lock files (`~$…`) or hidden files, by path. */
function workbooks(list: Dropped[]): Dropped[] {
  return list
    .filter((d) => {
      const base = d.file.name;
      return READ.test(base) && !base.startsWith("~$") && !base.startsWith(".");
    })
    .sort((a, b) => byPath.compare(a.path, b.path));
}

const asDropped = (files: FileList | null): Dropped[] =>
  [...(files ?? [])].map((file) => ({
    file,
    path: file.webkitRelativePath || file.name,
    folder: !!file.webkitRelativePath,
  }));

export function wireRekap(opener: Opener): void {
  let running = false;
  const run = async (list: Dropped[]) => {
    if (running) return;
    running = true;
    try {
      await recap(workbooks(list), opener);
    } finally {
      running = false;
    }
  };
  for (const id of ["rekap-files", "rekap-folder"]) {
    const input = $<HTMLInputElement>(id);
    input.addEventListener("change", () => {
      const list = asDropped(input.files);
      input.value = "";
      void run(list);
    });
  }
  opener.onMany = (files) => void run(files);
}

async function recap(list: Dropped[], opener: Opener): Promise<void> {
  const status = $("rekap-status");
  const out = $("rekap-out");
  if (!list.length) {
    status.textContent =
      "Tidak ada buku kerja (.xlsx, .xlsm) di antara berkas yang dipilih.";
    return;
  }
  out.replaceChildren();
  const rows: RekapRow[] = [];
  const files = new Map<string, File>();
  for (const [i, d] of list.entries()) {
    status.textContent = `Memeriksa ${i + 1} dari ${list.length}: ${d.path}`;
    files.set(d.path, d.file);
    rows.push(rekapRow(d.path, new Uint8Array(await d.file.arrayBuffer())));
    // Let the page breathe (and the status be read) between two workbooks.
    await new Promise((r) => setTimeout(r, 0));
  }
  const n = (s: RekapRow["status"]) =>
    rows.filter((r) => r.status === s).length;
  status.textContent = `Rekap ${rows.length} buku kerja: ${n("siap")} siap ditandatangani, ${n("periksa")} perlu diperiksa, ${n("tidak-terbaca")} tidak terbaca.`;
  out.replaceChildren(
    downloadButton(rows),
    figure(rows),
    table(rows, (path) => void openRow(files.get(path)!, opener)),
  );
}

async function openRow(file: File, opener: Opener): Promise<void> {
  const ok = await opener.open(file);
  const title = $("findings-title");
  title.scrollIntoView({ block: "start" });
  if (ok) title.focus();
}

function downloadButton(rows: RekapRow[]): HTMLElement {
  const b = el("button", "btn", "Unduh rekap (.xlsx)");
  b.type = "button";
  b.id = "btn-unduh-rekap";
  b.dataset.focusKey = "btn-unduh-rekap";
  b.addEventListener("click", () =>
    offerDownload(rekapXlsx(rows), "rekap-lkjip.xlsx", XLSX_TYPE),
  );
  return b;
}

function figure(rows: RekapRow[]): HTMLElement {
  const f = el("figure", "rekap-figure");
  const cap = el(
    "figcaption",
    undefined,
    "Grafik: serapan anggaran dan rata-rata capaian kinerja sasaran per unit (angkanya di tabel).",
  );
  f.append(rekapChart(rows, "rekap-chart"), cap);
  return f;
}

const HEAD = [
  "Berkas",
  "Unit",
  "Periode",
  "Galat",
  "Peringatan",
  "Capaian kinerja per sasaran",
  "Total pagu (Rp)",
  "Total realisasi (Rp)",
  "Serapan",
  "Status",
  "Temuan",
];

function cells(r: RekapRow): (string | HTMLElement)[] {
  const unit = el("span", undefined, r.unit);
  unit.append(el("span", "source", ` (menurut ${r.unitFrom})`));
  const period = el("span", undefined, r.period ?? "–");
  if (r.periodFrom)
    period.append(el("span", "source", ` (menurut ${r.periodFrom})`));
  const capaian = r.sasaran.length
    ? r.sasaran.map((s) => `${s.no}: ${pct(s.capaian)}`).join("; ")
    : "–";
  const st = el("span", `status ${r.status}`, STATUS_TEXT[r.status]);
  const why = el("span", "reason", r.reason);
  const statusCell = el("span");
  statusCell.append(st, el("br"), why);
  return [
    unit,
    period,
    r.galat === null ? "–" : String(r.galat),
    r.peringatan === null ? "–" : String(r.peringatan),
    capaian,
    money(r.pagu),
    money(r.realisasi),
    pct(r.serapan),
    statusCell,
  ];
}

function table(rows: RekapRow[], open: (path: string) => void): HTMLElement {
  const wrap = el("div", "table-wrap");
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", "Tabel rekap (dapat digulir)");
  const t = el("table", "rekap-table");
  t.append(el("caption", undefined, `Rekap ${rows.length} buku kerja`));
  const head = el("tr");
  for (const h of HEAD) {
    const th = el("th", undefined, h);
    th.scope = "col";
    head.append(th);
  }
  t.append(el("thead"));
  t.tHead!.append(head);
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr", r.status);
    const th = el("th", "file", r.file);
    th.scope = "row";
    tr.append(th);
    for (const c of cells(r)) {
      const td = el("td");
      td.append(c);
      tr.append(td);
    }
    const action = el("td");
    if (r.status !== "tidak-terbaca") {
      const b = el("button", "btn small", "Lihat temuan");
      b.type = "button";
      b.dataset.focusKey = `rekap:${r.file}`;
      b.setAttribute("aria-label", `Lihat temuan ${r.file}`);
      b.addEventListener("click", () => open(r.file));
      action.append(b);
    }
    tr.append(action);
    body.append(tr);
  }
  t.append(body);
  wrap.append(t);
  return wrap;
}
