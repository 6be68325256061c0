/** A label in the admin's two languages: Chinese first (the default), English beside it. */
export function label(zh: string, en: string): { zh: string; en: string } {
  return { zh, en }
}
