/**
 * POST /api/documents/:id/new-version (导入新版本, issue 22): an editor uploads the revised
 * text of a document (.docx, .txt or .html, one file) with the new version's kind, the
 * amending document (one of this gazette, or a citation) and its dates. The text is read by
 * the importer's extraction (cms/import), and the document's draft is saved with its current
 * text moved into 历次版本 (newVersionData.ts) — as the editor, with their access, through
 * the same hooks as a save in the form: the history check refuses what does not hold, on the
 * field concerned, and the approval no longer covers the document. Nothing public changes
 * until the new draft is reviewed and published. Answers JSON: { message } or { errors }.
 */
import { type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { isCalendarDate, fromCalendarDate } from '../../../core/calendar/calendarDate'
import { extractDocument } from '../../../core/import'
import { gazetteTimeZone } from '../../../core/settings'
import { versionKindLabels } from '../../../core/history/versionHistory'
import { mayCreate } from '../../access/mayCreate'
import { draftFields } from '../../import/draftFields'
import { importLimits } from '../../import/importLimits'
import { textFromFile, UnreadableFileError } from '../../import/readSourceFile'
import { readUploadForm, UploadRefusedError } from '../../import/readUpload'
import type { Document } from '../../payload-types'
import { type NewVersionChoice, newVersionData } from './newVersionData'
import { newVersionMessages } from './newVersionMessages'

const kinds = ['amendment', 'revision', 'correction'] as const

const refuse = (message: string, status: number) => Response.json({ errors: [{ message }] }, { status })

export const newVersionEndpoint: Endpoint = {
  path: '/:id/new-version',
  method: 'post',
  handler: async (req) => {
    if (!(await mayCreate(req, ['documents']))) return refuse(newVersionMessages.forbidden, 403)
    let upload: Awaited<ReturnType<typeof readUploadForm>>
    try {
      upload = await readUploadForm(req, importLimits())
    } catch (error) {
      if (error instanceof UploadRefusedError) return refuse(error.message, error.status)
      throw error
    }
    const [file, ...more] = upload.files
    if (!file || more.length > 0) return refuse(newVersionMessages.oneFile, 400)
    const choice = readChoice(upload.fields)
    if ('message' in choice) return refuse(choice.message, 400)

    const id = String(req.routeParams?.id ?? '')
    const current = await currentDraft(req, id)
    if (!current) return refuse(newVersionMessages.notFound, 404)

    let extracted
    try {
      extracted = extractDocument(await textFromFile(file.name, file.bytes), { fileName: file.name })
    } catch (error) {
      if (error instanceof UnreadableFileError) return refuse(error.message, 400)
      throw error
    }
    if (extracted.body.length === 0) return refuse(newVersionMessages.noText, 400)
    const fields = await draftFields(req.payload, extracted)
    const data = newVersionData(
      current,
      { title: fields.data.title, body: fields.data.body as Document['body'], effectiveDate: fields.data.effectiveDate ?? null },
      choice,
    )
    try {
      await req.payload.update({
        collection: 'documents',
        id: current.id,
        data,
        draft: true,
        user: req.user,
        overrideAccess: false,
        depth: 0,
      })
    } catch (error) {
      if (error instanceof ValidationError) {
        return Response.json({ errors: error.data.errors.map(({ message, path }) => ({ message, path })) }, { status: 400 })
      }
      throw error
    }
    return Response.json({ message: newVersionMessages.done(versionKindLabels[choice.kind]) })
  },
}

/** The newest state of the document as the editor may see it: the draft when there is one. */
async function currentDraft(req: PayloadRequest, id: string): Promise<Document | null> {
  try {
    return await req.payload.findByID({ collection: 'documents', id, draft: true, depth: 0, user: req.user, overrideAccess: false })
  } catch {
    return null
  }
}

function readChoice(fields: Map<string, string>): NewVersionChoice | { message: string } {
  const kind = fields.get('kind') ?? ''
  if (!(kinds as readonly string[]).includes(kind)) return { message: newVersionMessages.badKind }
  const day = (name: string, label: string): string | null | { message: string } => {
    const value = fields.get(name)?.trim() ?? ''
    if (value === '') return null
    return isCalendarDate(value) ? fromCalendarDate(value, gazetteTimeZone()) : { message: newVersionMessages.badDate(label, value) }
  }
  const promulgatedDate = day('promulgatedDate', '公布日期')
  if (promulgatedDate && typeof promulgatedDate === 'object') return promulgatedDate
  const effectiveDate = day('effectiveDate', '施行日期')
  if (effectiveDate && typeof effectiveDate === 'object') return effectiveDate
  const amendedByValue = fields.get('amendedBy')?.trim() ?? ''
  if (amendedByValue !== '' && !/^[0-9a-f]+$/i.test(amendedByValue)) return { message: newVersionMessages.badAmendedBy }
  return {
    kind: kind as NewVersionChoice['kind'],
    // A number on SQLite; MongoDB's ObjectIds are hex strings.
    amendedBy: amendedByValue === '' ? null : /^\d+$/.test(amendedByValue) ? Number(amendedByValue) : (amendedByValue as unknown as number),
    amendedByCitation: fields.get('amendedByCitation')?.trim() || null,
    promulgatedDate,
    effectiveDate,
  }
}
