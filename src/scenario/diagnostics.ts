/** Diagnostics are data: every problem at once, with a place and a hint. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** A stable code, e.g. "dangling-reference"; docs/diagnostics.md lists them all. */
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON path inside the file, e.g. ["nodes", "intro", "choices", 0, "next"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly hint?: string;
}
