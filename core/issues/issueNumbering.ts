/**
 * Issue numbers (期号, restarting every year) and running totals (总期号) without gaps or
 * duplicates. The first issue on record may start anywhere (a gazette that moves to
 * gongbao mid-way keeps its numbering), and so may the issue numbers of the earliest
 * year on record; every later year starts at 第1期. Gaps are reported only below the
 * issue being saved, so that filling an old gap is always possible.
 */
import { issueLabel, type IssueKey } from './issueLabel'

export type IssueNumberProblem =
  | { kind: 'duplicate-number'; other: IssueKey }
  | { kind: 'duplicate-total'; other: IssueKey }
  | { kind: 'number-gap'; year: number; missing: number[] }
  | { kind: 'total-gap'; missing: number[] }
  | { kind: 'total-order'; other: IssueKey }

export function issueNumberProblems(candidate: IssueKey, others: readonly IssueKey[]): IssueNumberProblem[] {
  const problems: IssueNumberProblem[] = []
  const sameNumber = others.find((other) => other.year === candidate.year && other.issueNumber === candidate.issueNumber)
  if (sameNumber) problems.push({ kind: 'duplicate-number', other: sameNumber })
  const sameTotal = others.find((other) => other.totalNumber === candidate.totalNumber)
  if (sameTotal) problems.push({ kind: 'duplicate-total', other: sameTotal })

  const all = [...others, candidate]
  const earliestYear = Math.min(...all.map((issue) => issue.year))
  const numbersThisYear = new Set(all.filter((issue) => issue.year === candidate.year).map((issue) => issue.issueNumber))
  const firstNumber = candidate.year === earliestYear ? Math.min(...numbersThisYear) : 1
  const missingNumbers = range(firstNumber, candidate.issueNumber).filter((n) => !numbersThisYear.has(n))
  if (missingNumbers.length > 0) problems.push({ kind: 'number-gap', year: candidate.year, missing: missingNumbers })

  const totals = new Set(all.map((issue) => issue.totalNumber))
  const missingTotals = range(Math.min(...totals), candidate.totalNumber).filter((n) => !totals.has(n))
  if (missingTotals.length > 0) problems.push({ kind: 'total-gap', missing: missingTotals })

  const misordered = others.find((other) => {
    if (other === sameNumber || other === sameTotal) return false
    const earlier = other.year < candidate.year || (other.year === candidate.year && other.issueNumber < candidate.issueNumber)
    return earlier ? other.totalNumber > candidate.totalNumber : other.totalNumber < candidate.totalNumber
  })
  if (misordered) problems.push({ kind: 'total-order', other: misordered })
  return problems
}

export function issueNumberMessage(problem: IssueNumberProblem): string {
  switch (problem.kind) {
    case 'duplicate-number':
      return `期号重复：${issueLabel(problem.other)}已存在。`
    case 'duplicate-total':
      return `总期号重复：总第${problem.other.totalNumber}期已是${issueLabel(problem.other)}。`
    case 'number-gap':
      return `期号不连续：${problem.year}年${listNumbers(problem.missing)}期尚未建立，请先建立前面的各期。`
    case 'total-gap':
      return `总期号不连续：总${listNumbers(problem.missing)}期尚未建立。`
    case 'total-order':
      return `总期号与期号顺序不一致：${issueLabel(problem.other)}为总第${problem.other.totalNumber}期。`
  }
}

/** Whole numbers from `from` up to, not including, `to` (at most 200, to keep messages short). */
function range(from: number, to: number): number[] {
  const numbers: number[] = []
  for (let n = from; n < to && numbers.length < 200; n++) numbers.push(n)
  return numbers
}

function listNumbers(numbers: readonly number[]): string {
  const shown = numbers.slice(0, 10).map((n) => `第${n}`)
  return numbers.length > 10 ? `${shown.join('、')}等${numbers.length}个` : shown.join('、')
}
