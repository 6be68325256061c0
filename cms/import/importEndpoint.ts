/** POST /api/documents/import: one uploaded file becomes a draft, for editors in the admin. */
import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { importFile } from './importFile'
import { textFromFile, UnreadableFileError } from './readSourceFile'

export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor', 'admin')) {
      return Response.json({ errors: [{ message: '只有编辑或管理员可以导入文件。' }] }, { status: 403 })
    }
    await addDataAndFileToRequest(req)
    const file = req.file
    if (!file) return Response.json({ errors: [{ message: '请选择要导入的文件（.txt、.html 或 .docx）。' }] }, { status: 400 })
    try {
      const source = await textFromFile(file.name, file.data)
      const outcome = await importFile(req.payload, { name: file.name, bytes: file.data, text: source })
      return Response.json({
        id: outcome.id,
        created: outcome.created,
        title: outcome.extracted.title?.value ?? null,
        proposedIssuers: outcome.proposedIssuers,
        report: outcome.report,
      })
    } catch (error) {
      const message = error instanceof UnreadableFileError ? error.message : `导入失败：${(error as Error).message}`
      return Response.json({ errors: [{ message }] }, { status: 400 })
    }
  },
}
