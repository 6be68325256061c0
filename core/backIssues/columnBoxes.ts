/**
 * The type area's columns across an issue. A page's own text extent is a poor measure of
 * its margins: the last page of a document may hold only a right-aligned signature, a
 * page may end in a short paragraph. So the columns of every page are pooled, and each row
 * is measured against the most common column that holds it, which is the real type area.
 */
import type { Row } from './readingOrder'

export type ColumnBox = { left: number; right: number }

/** The column each row is measured against, in the rows' order. */
export function canonicalColumns(rows: readonly Row[]): ColumnBox[] {
  const clusters: Array<ColumnBox & { rows: number; em: number }> = []
  for (const row of rows) {
    const em = row.size
    const cluster = clusters.find((box) => Math.abs(box.left - row.column.left) <= em && Math.abs(box.right - row.column.right) <= em)
    if (cluster) cluster.rows++
    else clusters.push({ ...row.column, rows: 1, em })
  }
  clusters.sort((a, b) => b.rows - a.rows)
  return rows.map((row) => {
    const tolerance = row.size
    const holding = clusters.find((box) => box.left - tolerance <= row.x && row.x + row.width <= box.right + tolerance)
    return holding ? { left: holding.left, right: holding.right } : row.column
  })
}
