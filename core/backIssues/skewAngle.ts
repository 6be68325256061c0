/**
 * How far a scanned page is turned: the angle at which its dark pixels fall into the
 * sharpest horizontal bands (the projection profile method). Lines of text are rows of
 * ink with white between them; projected at the right angle the rows are narrow and
 * dense, at a wrong one they smear. The angle is in degrees, positive when the text runs
 * downhill to the right (the page was turned clockwise); rotating the image by its
 * negative straightens it.
 */

export type SkewOptions = {
  /** Largest angle looked at, either way. */
  maxDegrees?: number
  /** Pixels darker than this (0–255) are ink. */
  threshold?: number
}

export function skewAngle(gray: Uint8Array, width: number, height: number, options: SkewOptions = {}): number {
  const maxDegrees = options.maxDegrees ?? 4
  const threshold = options.threshold ?? 128
  const xs: number[] = []
  const ys: number[] = []
  // Every other column is plenty. Every row, though: sampling rows leaves the level
  // projection only every other bin, which doubles its score and hides any skew.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x += 2) {
      if ((gray[y * width + x] ?? 255) < threshold) {
        xs.push(x - width / 2)
        ys.push(y)
      }
    }
  }
  if (xs.length < 100) return 0
  const score = (degrees: number): number => {
    const slope = Math.tan((degrees * Math.PI) / 180)
    const bins = new Map<number, number>()
    for (let index = 0; index < xs.length; index++) {
      const row = Math.round((ys[index] as number) - (xs[index] as number) * slope)
      bins.set(row, (bins.get(row) ?? 0) + 1)
    }
    let sum = 0
    for (const count of bins.values()) sum += count * count
    return sum
  }
  const best = (from: number, to: number, step: number): number => {
    let angle = from
    let top = -1
    for (let degrees = from; degrees <= to + step / 2; degrees += step) {
      const value = score(degrees)
      if (value > top) {
        top = value
        angle = degrees
      }
    }
    return angle
  }
  const coarse = best(-maxDegrees, maxDegrees, 0.25)
  const fine = best(coarse - 0.25, coarse + 0.25, 0.05)
  return Math.round(fine * 100) / 100
}
