// A problem in a content file, with its place: the catalog's build reports it as a `file:line:col …` line, the
// workspace roles as a diagnostic at its range. Light (no YAML, no zod), so the tree can name a problem.

/** Where a problem is: 1-based line and column of its start and end. */
export interface Place {
  file: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** One problem: in a file (at a place in it when known), and what is wrong, e.g. `skills[3].id: must be …`. */
export interface Problem {
  file: string;
  at?: Place;
  message: string;
}

/** `roles/x/role.yaml:42:7 skills[3].id: …`, or `roles/x/role.yaml: missing …` for a problem without a place. */
export function formatProblem({ file, at, message }: Problem): string {
  return at ? `${formatPlace(at)} ${message}` : `${file}: ${message}`;
}

export function formatPlace({ file, line, col }: Place): string {
  return `${file}:${line}:${col}`;
}
