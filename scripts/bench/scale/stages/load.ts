/**
 * Stage: a fresh embedded database (migrations run as Payload starts) loaded with the
 * generated corpus through the Local API. Also chooses the search queries and the
 * document the edit stage will change, from the same corpus.
 */
import { generateCorpus, loadCorpus } from '../../../corpus'
import { closeGazettePayload, gazettePayload } from '../../../lib/payload'
import { searchQueries } from '../searchQueries'
import { writeStageResult } from '../stageResult'

const documents = Number(process.env.BENCH_DOCS)
const seed = Number(process.env.BENCH_SEED ?? 1)

let started = performance.now()
const corpus = generateCorpus({ documents, seed })
const generateMs = performance.now() - started

started = performance.now()
const payload = await gazettePayload()
const initMs = performance.now() - started

started = performance.now()
const loaded = await loadCorpus(payload, corpus, (done, total) =>
  console.log(`已载入 ${done}/${total} 篇文件（平均 ${((performance.now() - started) / done).toFixed(0)} ms/篇）`),
)
const loadMs = performance.now() - started

// An ordinary document in the middle of the corpus: what an editor corrects after publication.
const target = corpus.documents[Math.floor(corpus.documents.length / 2)]
writeStageResult({
  generateMs,
  initMs,
  loadMs,
  organizations: loaded.organizations,
  documents: loaded.documents,
  relations: loaded.relations,
  interpretations: loaded.interpretations,
  queries: searchQueries(corpus),
  editTarget: target ? { slug: target.slug, title: target.title } : null,
})
await closeGazettePayload()
process.exit(0)
