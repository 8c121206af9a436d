/** A place in the formula source, 1-based line and column. */
export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

/** Turns an offset into a 1-based line and column. */
export function locate(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1 };
}
