/**
 * Once an issue is published, print and web have gone out: its contents change only
 * through a recorded correction (勘误) that the site shows. A republication with
 * different contents must add a correction, and recorded corrections are never
 * edited or removed.
 */
export type Correction = { date: string; text: string }

export type PublishedState = {
  /** Fingerprint of the contents as last published. */
  fingerprint: string
  corrections: readonly Correction[]
}

export type CorrectionProblem = { kind: 'uncorrected-change' } | { kind: 'correction-altered'; correction: Correction }

export function correctionProblems(published: PublishedState | null, next: PublishedState): CorrectionProblem[] {
  if (!published) return []
  const problems: CorrectionProblem[] = []
  published.corrections.forEach((correction, index) => {
    const now = next.corrections[index]
    if (!now || now.date !== correction.date || now.text.trim() !== correction.text.trim()) {
      problems.push({ kind: 'correction-altered', correction })
    }
  })
  const added = next.corrections.length > published.corrections.length
  if (next.fingerprint !== published.fingerprint && !added) problems.push({ kind: 'uncorrected-change' })
  return problems
}

export function correctionMessage(problem: CorrectionProblem): string {
  switch (problem.kind) {
    case 'uncorrected-change':
      return '本期已出版，内容只能通过勘误修改：请在“勘误”中新增一条，写明更正的内容和日期后再发布。'
    case 'correction-altered':
      return `已发布的勘误（${problem.correction.date}）不能修改或删除；如有新的更正，请另增一条勘误。`
  }
}
