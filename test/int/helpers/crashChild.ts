/**
 * One step that writes, run by test/int/crashSafety*.test.ts in a child process on the
 * test's database and folders (DATA_DIR, DATABASE_URI, SITE_ROOT from the environment)
 * with GONGBAO_CRASH_AT set, exactly as the CMS runs it: the same services, hooks and
 * pipeline, so that the kill lands in the real code. A step that ends prints one line
 * `{"result": …}`; a killed one prints nothing more.
 *
 *   site-build <trigger>         queue a build and run the queue, as the CMS's job does
 *   switch-live <buildId>        switch the live link to a build (no database)
 *   prune <keep>                 prune old builds (no database)
 *   save-with-attachment <slug>  upload a PDF, then publish a document attaching it
 *   edit-attachments <slug>      retitle a published document and its attachment, and add a second one
 *   allocate <codeId> <slug>     save a draft whose 发文字号 is allocated (取号)
 *   publish-issue <id>           publish a gazette issue (prints and signs its PDF)
 */
import { pruneBuilds, switchLive } from '../../../cms/publishing/liveSite'
import { pipelineSettings } from '../../../core/settings'
import { minimalPdf } from './uploadSamples'

const [step, ...args] = process.argv.slice(2)
const settings = pipelineSettings()

function done(result: unknown): never {
  process.stdout.write(`${JSON.stringify({ result })}\n`)
  process.exit(0)
}

async function payload() {
  const { gazettePayload } = await import('../../../scripts/lib/payload')
  return gazettePayload()
}

switch (step) {
  case 'switch-live':
    switchLive(settings.siteRoot, String(args[0]))
    done({ switched: args[0] })
    break
  case 'prune':
    done({ removed: pruneBuilds(settings.siteRoot, Number(args[0])) })
    break
  case 'site-build': {
    const [{ requestSiteBuild }, { runNextSiteBuild }] = await Promise.all([
      import('../../../cms/publishing/requestSiteBuild'),
      import('../../../cms/publishing/runSiteBuild'),
    ])
    const cms = await payload()
    await requestSiteBuild(cms, args[0] ?? '崩溃测试')
    // The test's clock for a kill at a random moment of the build starts here.
    process.stdout.write('BUILD STARTED\n')
    const outcomes = []
    for (let outcome = await runNextSiteBuild(cms, settings); outcome; outcome = await runNextSiteBuild(cms, settings))
      outcomes.push(outcome)
    done({ outcomes })
    break
  }
  case 'save-with-attachment': {
    const cms = await payload()
    const org = (await cms.find({ collection: 'organizations', limit: 1, depth: 0 })).docs[0]
    const pdf = minimalPdf(`附件：${args[0]}`)
    const media = await cms.create({
      collection: 'media',
      data: {},
      file: { data: pdf, mimetype: 'application/pdf', name: `${args[0]}-fujian.pdf`, size: pdf.length },
    })
    const document = await cms.create({
      collection: 'documents',
      data: {
        title: `带附件的文件 ${args[0]}`,
        slug: String(args[0]),
        kind: 'other',
        issuers: [org?.id as number],
        writtenDate: '2024-06-01T04:00:00.000Z',
        disclosure: 'proactive',
        attachments: [{ title: '附件1', file: media.id }],
        _status: 'published',
      },
      depth: 0,
    })
    done({ media: media.id, document: document.id })
    break
  }
  case 'edit-attachments': {
    const cms = await payload()
    const found = await cms.find({ collection: 'documents', where: { slug: { equals: String(args[0]) } }, depth: 0 })
    const document = found.docs[0]
    if (!document) throw new Error(`no document ${args[0]}`)
    const pdf = minimalPdf(`附件2：${args[0]}`)
    const second = await cms.create({
      collection: 'media',
      data: {},
      file: { data: pdf, mimetype: 'application/pdf', name: `${args[0]}-fujian2.pdf`, size: pdf.length },
    })
    const attachments = (document.attachments ?? []).map((attachment) => ({ ...attachment, id: undefined, title: '附件1（修订）' }))
    const updated = await cms.update({
      collection: 'documents',
      id: document.id,
      data: { title: `${document.title}（修订）`, attachments: [...attachments, { title: '附件2', file: second.id }] },
      depth: 0,
    })
    done({ document: updated.id })
    break
  }
  case 'allocate': {
    const cms = await payload()
    const code = await cms.findByID({ collection: 'issuing-codes', id: Number(args[0]), depth: 0 })
    const document = await cms.create({
      collection: 'documents',
      data: {
        title: `取号的文件 ${args[1]}`,
        slug: String(args[1]),
        kind: 'other',
        issuers: [code.organization as number],
        writtenDate: '2024-06-01T04:00:00.000Z',
        disclosure: 'proactive',
        allocateFrom: code.id,
      },
      draft: true,
      depth: 0,
    })
    done({ document: document.id, docNumber: document.docNumberRaw })
    break
  }
  case 'publish-issue': {
    const cms = await payload()
    const issue = await cms.update({ collection: 'gazette-issues', id: Number(args[0]), data: { _status: 'published' }, depth: 0 })
    done({ issue: issue.id, printPdf: issue.printPdf })
    break
  }
  default:
    throw new Error(`unknown step: ${step}`)
}
