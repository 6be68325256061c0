/**
 * How long publishing takes at size: N published documents (sample bodies, varied
 * numbers and dates) in a fresh embedded database, then one full pipeline build
 * (export, Astro, Pagefind, verification, switch), then one more document published
 * and the build that brings it live. Prints figures; asserts nothing.
 */
import fs from 'node:fs'
import path from 'node:path'

export async function benchPublish(count: number): Promise<void> {
  const work = path.resolve('.tmp', `bench-publish-${process.pid}`)
  fs.rmSync(work, { recursive: true, force: true })
  process.env.DATA_DIR = path.join(work, 'data')
  process.env.DATABASE_URI = `file:${path.join(work, 'data', 'bench.db')}`
  process.env.SITE_ROOT = path.join(work, 'site')
  process.env.AUTO_BUILD = 'off'
  const { gazettePayload, closeGazettePayload } = await import('../lib/payload')
  const { seedSamples } = await import('../lib/seedSamples')
  const { readSampleDocuments } = await import('../lib/samples')
  const { markdownToLexical } = await import('../lib/markdownToLexical')
  const { requestSiteBuild } = await import('../../cms/publishing/requestSiteBuild')
  const { runNextSiteBuild } = await import('../../cms/publishing/runSiteBuild')
  const payload = await gazettePayload()
  await seedSamples(payload)
  const samples = readSampleDocuments()
  const org = (await payload.find({ collection: 'organizations', limit: 1 })).docs[0]
  let started = performance.now()
  for (let i = 0; i < count; i += 1) {
    const sample = samples[i % samples.length]
    await payload.create({
      collection: 'documents',
      data: {
        title: `${sample?.title ?? '文件'}（第${i + 1}件）`,
        slug: `bench-${i}`,
        kind: 'other',
        issuers: [org?.id as number],
        writtenDate: `${2005 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}T04:00:00.000Z`,
        disclosure: 'proactive',
        body: markdownToLexical(sample?.body ?? '') as never,
        _status: 'published',
      },
    })
  }
  console.log(`load: ${count} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const build = async (label: string) => {
    started = performance.now()
    await requestSiteBuild(payload, label)
    const outcome = await runNextSiteBuild(payload)
    console.log(`${label}: ${outcome?.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  await build('full build')
  await payload.create({
    collection: 'documents',
    data: {
      title: '基准测试：新发布的文件',
      slug: 'bench-new',
      kind: 'other',
      issuers: [org?.id as number],
      writtenDate: '2024-06-03T04:00:00.000Z',
      disclosure: 'proactive',
      _status: 'published',
    },
  })
  await build('publish one more')
  await closeGazettePayload()
  fs.rmSync(work, { recursive: true, force: true })
}
