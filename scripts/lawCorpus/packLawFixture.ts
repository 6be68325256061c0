/**
 * npx tsx scripts/lawCorpus/packLawFixture.ts --repo <git dir of LawRefBook/Laws>
 *
 * Rebuilds test/fixtures/laws/laws.json.br from a clone of https://github.com/LawRefBook/Laws
 * (`git clone https://github.com/LawRefBook/Laws`; bare or not) at the pinned commit: the
 * national laws, administrative regulations, judicial interpretations and departmental rules,
 * and the local regulations of 北京 and 浙江 (its cities' included), so that local texts compete with national ones
 * for the same topic words. Files the converter cannot place (no date anywhere) are left out
 * and listed. Reads git objects only, so the clone's checkout does not matter.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { encodeLawFixture, LAW_COMMIT, LAW_REPOSITORY, lawFixturePath, type LawFixture } from './lawFixture'
import { lawCorpus } from './lawCorpus'

/** Folders taken whole: every national kind the source has. 案例 (cases) and 其他 (a guide, a forensic standard) are not legislation. */
const NATIONAL = [
  '宪法',
  '宪法相关法',
  '民法典',
  '民法商法',
  '行政法',
  '经济法',
  '社会法',
  '刑法',
  '诉讼与非诉讼程序法',
  '行政法规',
  '司法解释',
  '部门规章',
]
/** Two provinces' local regulations, which repeat national topics (献血条例, 信访条例, 物业管理). */
const LOCAL = ['DLC/北京地方法规/', 'DLC/浙江地方法规/']

const args = process.argv.slice(2)
const repo = args[args.indexOf('--repo') + 1]
if (!args.includes('--repo') || !repo) {
  console.error('用法：npx tsx scripts/lawCorpus/packLawFixture.ts --repo <LawRefBook/Laws 的 git 目录>')
  process.exit(2)
}

const git = (gitArgs: string[], input?: string) => {
  const result = spawnSync('git', ['-C', repo, '-c', 'core.quotepath=off', ...gitArgs], { input, maxBuffer: 1 << 30 })
  if (result.status !== 0) throw new Error(`git ${gitArgs.join(' ')}: ${result.stderr.toString()}`)
  return result.stdout
}

const chosen = git(['ls-tree', '-r', '--name-only', LAW_COMMIT])
  .toString('utf8')
  .split('\n')
  .filter((file) => file.endsWith('.md') && !file.endsWith('/_index.md'))
  .filter((file) => NATIONAL.includes(file.split('/')[0] ?? '') || LOCAL.some((folder) => file.startsWith(folder)))
  .sort()

// One `git cat-file --batch` for all files: `<sha> blob <size>\n<content>\n` each.
const output = git(['cat-file', '--batch'], chosen.map((file) => `${LAW_COMMIT}:${file}`).join('\n') + '\n')
const files: LawFixture['files'] = []
let offset = 0
for (const file of chosen) {
  const headerEnd = output.indexOf(10, offset)
  const size = Number(/ blob (\d+)$/.exec(output.subarray(offset, headerEnd).toString())?.[1])
  if (!Number.isFinite(size)) throw new Error(`not a file at ${LAW_COMMIT}: ${file}`)
  files.push({ path: file, text: output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8') })
  offset = headerEnd + 1 + size + 1
}

const all: LawFixture = { repository: LAW_REPOSITORY, commit: LAW_COMMIT, files }
const { skipped } = lawCorpus(all)
const left = new Set(skipped.map((item) => item.path))
const fixture: LawFixture = { ...all, files: files.filter((file) => !left.has(file.path)) }
const packed = encodeLawFixture(fixture)
fs.mkdirSync(lawFixturePath.slice(0, lawFixturePath.lastIndexOf('/')), { recursive: true })
fs.writeFileSync(lawFixturePath, packed)

const bytes = (count: number) => `${(count / 1024 / 1024).toFixed(1)} MB`
const text = fixture.files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0)
console.log(`${fixture.files.length} 个文件（原文 ${bytes(text)}）→ ${lawFixturePath}（${bytes(packed.length)}）`)
for (const item of skipped) console.log(`  未收：${item.path}（${item.reason}）`)
