/** Thrown when the printed PDF does not say what its table of contents promises. */
export class PrintLayoutError extends Error {
  override name = 'PrintLayoutError'
}
