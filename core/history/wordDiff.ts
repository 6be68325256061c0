/**
 * What changed inside a text, word by word, and how alike two texts are. The diff itself is
 * the maintained `diff` package's (jsdiff's diffArrays, Myers' algorithm) run over the words
 * of chineseWords.ts; tokens are equal when their folded forms are, so a change of width or
 * spacing is not shown as a change. Where words are equal the new text's form is shown.
 */
import { diffArrays } from 'diff'

import { chineseWords, foldText } from './chineseWords'

export type WordChange = { text: string; change: 'same' | 'added' | 'removed' }

const sameWord = (a: string, b: string): boolean => foldText(a) === foldText(b)

/** The words of a text, each space joined to the word before it, so that spacing is never a change of its own. */
function tokens(text: string): string[] {
  const words: string[] = []
  for (const word of chineseWords(text)) {
    if (words.length > 0 && /^\s+$/u.test(word)) words[words.length - 1] += word
    else words.push(word)
  }
  return words
}

/** The words of `before` and `after` in reading order, each run marked kept, added or removed. */
export function wordDiff(before: string, after: string): WordChange[] {
  const changes: WordChange[] = []
  for (const part of diffArrays(tokens(before), tokens(after), { comparator: sameWord })) {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same'
    const text = part.value.join('')
    const last = changes.at(-1)
    if (last?.change === change) last.text += text
    else if (text !== '') changes.push({ text, change })
  }
  return changes
}

/**
 * How alike two texts are, from 0 to 1: twice the length of what they share, word by word,
 * over their total length (folded). Gives up, answering 0, once the texts differ by more
 * than `atLeast` allows, so that unlike texts cost little to tell apart.
 */
export function similarity(before: string, after: string, atLeast = 0): number {
  const a = tokens(before)
  const b = tokens(after)
  const total = foldText(before).length + foldText(after).length
  if (total === 0) return 1
  const maxEditLength = Math.ceil((1 - atLeast) * (a.length + b.length))
  const parts = diffArrays(a, b, { comparator: sameWord, maxEditLength })
  if (parts === undefined) return 0
  const shared = parts.filter((part) => !part.added && !part.removed).reduce((sum, part) => sum + foldText(part.value.join('')).length, 0)
  return (2 * shared) / total
}
