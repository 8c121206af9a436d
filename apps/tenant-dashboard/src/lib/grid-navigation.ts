// Moving the grid's active cell with the keyboard, as spreadsheets do.

export interface Cell {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows one PageUp / PageDown moves. */
  page: number;
}

/**
 * Where a key moves the active cell, kept inside the grid; null when the key does not move it.
 * Home / End go to the row's first / last cell, with Ctrl (or ⌘) to the grid's.
 */
export function moveActive(
  from: Cell,
  key: { key: string; ctrlKey?: boolean; metaKey?: boolean },
  size: GridSize,
): Cell | null {
  let { row, col } = from;
  const toEdge = Boolean(key.ctrlKey || key.metaKey);
  switch (key.key) {
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowRight':
      col += 1;
      break;
    case 'ArrowLeft':
      col -= 1;
      break;
    case 'PageDown':
      row += size.page;
      break;
    case 'PageUp':
      row -= size.page;
      break;
    case 'Home':
      if (toEdge) row = 0;
      col = 0;
      break;
    case 'End':
      if (toEdge) row = size.rows - 1;
      col = size.cols - 1;
      break;
    default:
      return null;
  }
  return {
    row: Math.max(0, Math.min(size.rows - 1, row)),
    col: Math.max(0, Math.min(size.cols - 1, col)),
  };
}
