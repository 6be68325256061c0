/**
 * How long publishing a gazette issue takes at size: a fresh embedded database with
 * the sample documents and copies of them (distinct titles) up to `count` documents,
 * one issue holding them all in two sections, then its publication, which prints the issue
 * with Chromium (layout passes until the contents' page numbers are stable), reads
 * the pages back and stores the PDF. Prints figures; asserts nothing.
 */
import fs from 'node:fs'
import path from 'node:path'

export async function benchPrint(count: number): Promise<void> {
  const work = path.resolve('.tmp', `bench-print-${process.pid}`)
  fs.rmSync(work, { recursive: true, force: true })
  process.env.DATA_DIR = path.join(work, 'data')
  process.env.DATABASE_URI = `file:${path.join(work, 'data', 'bench.db')}`
  process.env.AUTO_BUILD = 'off'
  const { gazettePayload, closeGazettePayload } = await import('../lib/payload')
  const { seedSamples } = await import('../lib/seedSamples')
  const { readSampleDocuments } = await import('../lib/samples')
  const { markdownToLexical } = await import('../lib/markdownToLexical')
  const payload = await gazettePayload()
  await seedSamples(payload)
  const samples = readSampleDocuments()
  const org = (await payload.find({ collection: 'organizations', limit: 1 })).docs[0]
  const ids = (await payload.find({ collection: 'documents', pagination: false, depth: 0, sort: 'publishedDate' })).docs.map(
    (doc) => doc.id,
  )
  for (let index = ids.length; index < count; index += 1) {
    const sample = samples[index % samples.length]
    if (!sample) break
    const created = await payload.create({
      collection: 'documents',
      data: {
        title: `${sample.title}（副本${index + 1}）`,
        slug: `print-bench-${index}`,
        kind: 'other',
        issuers: [org?.id as number],
        writtenDate: '2024-06-03T04:00:00.000Z',
        disclosure: 'proactive',
        body: markdownToLexical(sample.body) as never,
        _status: 'published',
      },
    })
    ids.push(created.id)
  }
  ids.splice(count)
  const half = Math.ceil(ids.length / 2)
  const entries = (slice: typeof ids) => slice.map((id) => ({ item: { relationTo: 'documents' as const, value: id } }))
  const started = performance.now()
  const issue = await payload.create({
    collection: 'gazette-issues',
    data: {
      year: 2024,
      issueNumber: 1,
      totalNumber: 1,
      publicationDate: '2024-07-01T04:00:00.000Z',
      printSource: 'generated',
      sections: [
        { title: '市政府文件', entries: entries(ids.slice(0, half)) },
        { title: '部门文件', entries: entries(ids.slice(half)) },
      ],
      _status: 'published',
    },
  })
  const seconds = (performance.now() - started) / 1000
  const pdf = typeof issue.printPdf === 'object' ? issue.printPdf : null
  console.log(
    `publish issue: ${ids.length} documents, ${issue.printPages} pages, PDF ${((pdf?.filesize ?? 0) / 1024 / 1024).toFixed(1)} MB, ${seconds.toFixed(1)} s (print, read back, store)`,
  )
  await closeGazettePayload()
  fs.rmSync(work, { recursive: true, force: true })
}
