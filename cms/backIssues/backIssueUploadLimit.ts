/**
 * The largest printed issue the admin takes in one upload (README, Configuration:
 * BACK_ISSUE_MAX_BYTES). A scan is large (a 60-page issue at 300 dpi is tens of MB), far
 * past the single-document import's IMPORT_MAX_BYTES; the request is held in memory while
 * it is read, so there is still a ceiling. An invalid value falls back to the default.
 */
export const DEFAULT_BACK_ISSUE_MAX_BYTES = 200 * 1024 * 1024

export function backIssueUploadLimit(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = env.BACK_ISSUE_MAX_BYTES
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return DEFAULT_BACK_ISSUE_MAX_BYTES
  const parsed = Number(value)
  return parsed >= 1 && Number.isSafeInteger(parsed) ? parsed : DEFAULT_BACK_ISSUE_MAX_BYTES
}
