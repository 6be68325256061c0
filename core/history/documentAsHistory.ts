/**
 * A document as it is stored today (one text, its dates, the relations of issue 4) seen as
 * a history of one version, the 原文. This is how a document without entered versions takes
 * part in the history views, and how the history is checked against the status model.
 *
 * Its 施行日期 is the status model's inForceFrom (施行日期, else 发布日期, else 成文日期) and
 * its end the model's repealDate (废止日期, else the earliest repeal or replacement by another
 * document). 修改 relations are not turned into versions: their text is not known until the
 * office enters it as a version.
 */
import { inForceFrom, repealDate, type ValidityFacts } from '../documents/validity'
import type { Block } from '../text/blocks'
import type { VersionHistory } from './versionHistory'

export type StoredDocument = ValidityFacts & {
  id: string
  title: string
  body: Block[]
}

export function documentAsHistory(document: StoredDocument): VersionHistory {
  return {
    documentId: document.id,
    versions: [
      {
        kind: 'original',
        title: document.title,
        body: document.body,
        promulgatedDate: document.publishedDate ?? null,
        effectiveDate: inForceFrom(document),
        amendedBy: null,
      },
    ],
    end: { repealedOn: repealDate(document), expiresOn: document.expiresOn ?? null },
  }
}
