// Unduh Laporan's code (docx, charts) is a script of its own, fetched on first use only (its name is in a meta tag
// written by the build), so the pane's first load does not carry it.
import type * as Laporan from "./laporan";

export type ReportModule = typeof Laporan;

let reportCode: Promise<ReportModule> | null = null;

/** The report's code: already on the page (the web page loads it with itself, to need nothing later), else fetched. */
export function report(): Promise<ReportModule> {
  const loaded = (window as unknown as { lkjipLaporan?: ReportModule })
    .lkjipLaporan;
  if (loaded) return Promise.resolve(loaded);
  return (reportCode ??= new Promise<ReportModule>((ok, fail) => {
    const src = document.querySelector<HTMLMetaElement>(
      'meta[name="lkjip-laporan"]',
    )?.content;
    const script = document.createElement("script");
    script.onload = () => {
      const m = (window as unknown as { lkjipLaporan?: ReportModule })
        .lkjipLaporan;
      if (m) ok(m);
      else fail(new Error("kode laporan tidak lengkap"));
    };
    script.onerror = () => {
      reportCode = null;
      fail(new Error("kode laporan tidak dapat dimuat"));
    };
    script.src = src ?? "";
    document.head.append(script);
  }));
}
