/** Where a body sits in its file, so problems found in the body alone can be placed in the file. */
export interface Where {
  file: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
}

/** Position of a body node in the whole file: the body's line 1 is the file's `bodyLine`. */
export function at(
  where: Where,
  point: { line: number; column: number } | undefined,
): { file: string; line: number; column: number } {
  return { file: where.file, line: where.bodyLine + (point?.line ?? 1) - 1, column: point?.column ?? 1 };
}
