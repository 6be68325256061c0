/**
 * The black and white points of a scanned page, for stretching its contrast: ink at the
 * darkest half percent, paper at the 90th percentile (most of a page is paper). A plain
 * percentile stretch ruins a page with little ink (a cover, a last page): its darkest
 * pixels are only the paper's grain, and stretching them to black turns the whole page
 * to noise. So the black point is never lighter than mid-grey, and ink and paper are at
 * least a hundred levels apart.
 */

export type Levels = { black: number; white: number }

const MAX_BLACK = 110
const MIN_RANGE = 100

export function contrastLevels(gray: Uint8Array): Levels {
  if (gray.length === 0) return { black: 0, white: 255 }
  const histogram = new Array<number>(256).fill(0)
  for (const value of gray) histogram[value] = (histogram[value] ?? 0) + 1
  const percentile = (share: number) => {
    let seen = 0
    for (let level = 0; level < 256; level++) {
      seen += histogram[level] as number
      if (seen >= share * gray.length) return level
    }
    return 255
  }
  const white = Math.max(MIN_RANGE, percentile(0.9))
  const black = Math.min(percentile(0.005), MAX_BLACK, white - MIN_RANGE)
  return { black, white }
}

/** The linear map (out = a × in + b) that takes black to 0 and white to 255. */
export function stretch(levels: Levels): { a: number; b: number } {
  const a = 255 / Math.max(1, levels.white - levels.black)
  return { a, b: -levels.black * a }
}
