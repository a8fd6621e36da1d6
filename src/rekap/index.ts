// The recap over many workbooks (issue 20): one row per file, and the recap's own .xlsx. Platform-neutral: used by
// the command line (`lkjip rekap`, in worker threads) and by the web page.
export { STATUS_TEXT, rekapRow, rowOf, unreadableRow } from "./row";
export type { RekapFinding, RekapRow, RekapSasaran, RekapStatus } from "./row";
export { rekapTable, rekapXlsx } from "./xlsx";
export { fileStem } from "./identity";
