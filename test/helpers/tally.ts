// Checks counted for the script runners (browser e2e, the report's PDF): one line per check, and the closing
// "N passed, N failed" line CI reads.
export interface Tally {
  check(name: string, ok: boolean, detail?: string): void;
  readonly failed: number;
  /** The closing line. */
  summary(): string;
}

export function createTally(): Tally {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail = "") {
      if (ok) passed++;
      else failed++;
      console.log(`${ok ? "ok  " : "FAIL"} ${name}${!ok && detail ? `\n     ${detail}` : ""}`);
    },
    get failed() {
      return failed;
    },
    summary: () => `${passed} passed, ${failed} failed`,
  };
}
