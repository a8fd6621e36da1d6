// What the package reader could not read, said with the findings: a warning per part, with its sheet where it is a
// sheet's (the command line and the web page show them alike).
import { Finding, finding } from "../core";
import { ReadProblem } from "./read";

export function readFindings(problems: ReadProblem[]): Finding[] {
  return problems.map((p) => ({
    ...finding("BAGIAN_TIDAK_TERBACA", null, p.message),
    sheet: p.sheet,
  }));
}
