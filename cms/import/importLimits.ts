/**
 * How much one import may hold (README, Configuration): IMPORT_MAX_FILES files in one
 * .zip or one admin import, IMPORT_MAX_BYTES for any one file — as uploaded (a .zip
 * included) and once unpacked from a .zip, whatever size the archive claims. Bounding
 * every file by what it really unpacks to is what stops a zip bomb; bounding the count
 * keeps one import to minutes, not hours. Invalid values fall back to the defaults
 * rather than lifting the limits.
 */
export type ImportLimits = { maxFiles: number; maxBytes: number }

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFiles: 200,
  // The admin's proxy (Next) passes at most 10 MB of a request body on by default.
  maxBytes: 10 * 1024 * 1024,
}

function wholeNumber(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return fallback
  const parsed = Number(value)
  return parsed >= 1 && Number.isSafeInteger(parsed) ? parsed : fallback
}

export function importLimits(env: Readonly<Record<string, string | undefined>> = process.env): ImportLimits {
  return {
    maxFiles: wholeNumber(env.IMPORT_MAX_FILES, DEFAULT_IMPORT_LIMITS.maxFiles),
    maxBytes: wholeNumber(env.IMPORT_MAX_BYTES, DEFAULT_IMPORT_LIMITS.maxBytes),
  }
}
