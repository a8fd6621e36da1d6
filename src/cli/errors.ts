// The failures the command line says in one line (exit 2), apart from usage mistakes (args.ts). Here, not beside
// the code that throws them, so the entry (main.ts) can tell them apart without loading that code.

/** The input cannot be read at all (missing, a folder, no permission, not a workbook). */
export class UnreadableFileError extends Error {}

/** The output could not be written; the message is one line for the user. */
export class OutputError extends Error {}
