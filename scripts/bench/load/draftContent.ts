/**
 * What an editor's draft holds at each save: the whole form, as the admin's 保存草稿
 * sends it (title, number, kind, issuer, dates, disclosure, the body as Lexical JSON).
 * The body is a real sample document's text (10–20 KB), one more paragraph with each
 * save, as if the editor kept typing. The number is unique to the run, round and editor:
 * a number already in use is refused.
 */
import type { PreparedGazette } from './prepareGazette'
import { markdownToLexical } from '../../lib/markdownToLexical'
import { readSampleDocuments } from '../../lib/samples'

const bodies = readSampleDocuments().map((sample) => sample.body)

export type DraftIdentity = { round: number; editors: number; editor: number }

/** The words every draft title of a round carries, for finding the round's documents afterwards. */
export function roundMarker(identity: Pick<DraftIdentity, 'round' | 'editors'>): string {
  return `负载测试第${identity.round}轮${identity.editors}人`
}

export function draftData(gazette: PreparedGazette, identity: DraftIdentity, save: number): Record<string, unknown> {
  const body = bodies[identity.editor % bodies.length] ?? ''
  const added = Array.from({ length: save }, (_, i) => `第${i + 1}次修改：补充说明本文件的适用范围和执行要求。`).join('\n\n')
  return {
    title: `关于做好政务公开工作的通知（${roundMarker(identity)}第${identity.editor + 1}位编辑）`,
    docNumberRaw: `${gazette.issuingCode}〔2026〕${identity.round * 1000 + identity.editor + 1}号`,
    kind: 'other',
    issuers: [gazette.organizationId],
    writtenDate: '2026-06-01T04:00:00.000Z',
    disclosure: 'proactive',
    body: markdownToLexical(added ? `${body}\n\n${added}` : body),
    _status: 'draft',
  }
}
