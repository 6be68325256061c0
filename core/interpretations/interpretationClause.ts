import { type DocumentKindDefinition, kindHasRule } from '../documents/documentKinds'

/**
 * "谁起草、谁解读": documents of a government or its office end by naming who
 * interprets them, "本文件由市政府办公室负责解读". This finds that name in a body's text.
 */
const CLAUSE = /本(?:文件|规定|办法|意见|通知|方案|细则|规则|决定)由([^，,。；;\s]{2,40}?)负责(?:解释和)?解读/u

/** The interpretation body named in the text, as written, or null. */
export function findInterpretationBodyName(text: string): string | null {
  const match = CLAUSE.exec(text.replace(/[\s\u3000]+/g, ''))
  return match?.[1] ?? null
}

/** Whether a document of this kind, issued by a government or its office, must name one (the kind's interpretationBody rule). */
export function requiresInterpretationBody(
  kind: string | null | undefined,
  issuedByGovernment: boolean,
  kinds: readonly DocumentKindDefinition[],
): boolean {
  return issuedByGovernment && kindHasRule(kinds, kind, 'interpretationBody')
}
