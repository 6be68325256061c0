/**
 * Facts that used to be written several times and had started to drift (issue #24) now have
 * one home each. These tests pin what each home says, and that the repeated expressions
 * do not creep back into the code beside it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { roleLabels, roles } from '../../core/access/roles'
import { DEFAULT_TIME_ZONE } from '../../core/calendar/calendarDate'
import { formatChineseDate } from '../../core/display/chineseDate'
import { issueLabel, issueLabelWithTotal } from '../../core/issues/issueLabel'
import { relationKindLabels, relationKinds, relationSideLabels } from '../../core/relations/documentRelations'
import { filterTag, searchFilters } from '../../core/search/filterNames'
import { gazetteTimeZone, pipelineSettings } from '../../core/settings'
import { newestPublishedFirst } from '../../core/snapshot/publicationOrder'
import { checkTransition } from '../../core/workflow/workflow'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')

/** `file:line` of every source line in core/ cms/ site/ scripts/ matching `pattern`, comments left out. */
function linesMatching(pattern: RegExp): string[] {
  const found: string[] = []
  for (const folder of ['core', 'cms', 'site', 'scripts']) {
    const entries = fs.readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    for (const entry of entries) {
      if (!entry.isFile() || !/\.(ts|tsx|astro|mjs)$/.test(entry.name)) continue
      const file = path.join(entry.parentPath, entry.name)
      const relative = path.relative(repoRoot, file)
      if (/(^|\/)(node_modules|\.next|\.astro)\//.test(relative) || relative.startsWith('cms/payload-types')) continue
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (!/^\s*(\*|\/\/|\/\*\*)/.test(line) && pattern.test(line)) found.push(`${relative}:${index + 1}`)
        })
    }
  }
  return found
}

describe('the gazette time zone', () => {
  it('is GAZETTE_TIMEZONE, else Asia/Shanghai, for the pipeline and everyone else alike', () => {
    expect(gazetteTimeZone({})).toBe(DEFAULT_TIME_ZONE)
    expect(gazetteTimeZone({ GAZETTE_TIMEZONE: 'UTC' })).toBe('UTC')
    expect(pipelineSettings({ ...process.env, GAZETTE_TIMEZONE: 'UTC' }).timeZone).toBe('UTC')
  })

  it('is read from the environment only in core/settings.ts', () => {
    expect(linesMatching(/process\.env\.GAZETTE_TIMEZONE/)).toEqual([])
    expect(linesMatching(/GAZETTE_TIMEZONE\s*\?\?/)).toEqual(['core/settings.ts:' + settingsLine('GAZETTE_TIMEZONE ??')])
  })
})

function settingsLine(text: string): number {
  return (
    fs
      .readFileSync(path.join(repoRoot, 'core', 'settings.ts'), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  )
}

describe('the Chinese date', () => {
  it.each([
    ['2022-06-30', '2022年6月30日'],
    ['2022-07-05', '2022年7月5日'],
    ['2024-12-01', '2024年12月1日'],
  ])('%s → %s', (day, expected) => {
    expect(formatChineseDate(day)).toBe(expected)
  })

  it('is formatted only in core/display/', () => {
    const formatting = linesMatching(/年\$\{[^}]+\}月\$\{[^}]+\}日/).filter((at) => !at.startsWith('core/display/'))
    expect(formatting).toEqual([])
  })
})

describe('public addresses', () => {
  it('are spelled only in core/addresses.ts', () => {
    const spelled = linesMatching(/`\/(documents|interpretations|issues|numbers|catalogues|feeds)\/\$\{|['"`]\/search\/\?q=/).filter(
      (at) => !at.startsWith('core/addresses.ts'),
    )
    expect(spelled).toEqual([])
  })
})

describe('search filter names', () => {
  it('are the five a reader chooses, tagged name:value on the pages', () => {
    expect(Object.values(searchFilters)).toEqual(['类型', '年份', '发文机关', '文种', '有效性'])
    expect(filterTag(searchFilters.year, '2022')).toBe('年份:2022')
  })

  it('are not written out on the pages or in the search code', () => {
    expect(linesMatching(/data-(pagefind-)?filter="[^"]*[\u4e00-\u9fff]/)).toEqual([])
    expect(linesMatching(/filters\[['"][\u4e00-\u9fff]/)).toEqual([])
  })
})

describe('issue labels', () => {
  it('name an issue one way wherever it is named', () => {
    expect(issueLabel({ year: 2022, issueNumber: 6 })).toBe('2022年第6期')
    expect(issueLabelWithTotal({ year: 2022, issueNumber: 6, totalNumber: 123 })).toBe('2022年第6期（总第123期）')
    expect(linesMatching(/\}年第\$\{/).filter((at) => !at.startsWith('core/issues/issueLabel.ts'))).toEqual([])
  })
})

describe('relation verbs', () => {
  it('derive both sides from one verb per kind', () => {
    for (const kind of relationKinds) {
      expect(relationSideLabels[kind]).toBe(relationKindLabels[kind])
    }
    expect(relationSideLabels.repealedBy).toBe(`被…${relationKindLabels.repeals}`)
  })
})

describe('roles', () => {
  it('are named in the workflow’s refusals as the users’ form names them', () => {
    expect(roles).toEqual(['admin', 'editor', 'reviewer', 'publisher'])
    const refusal = checkTransition('withdraw', 'published', ['editor'], '理由')
    expect(refusal.ok).toBe(false)
    if (!refusal.ok) expect(refusal.message).toContain(`${roleLabels.publisher}或${roleLabels.admin}`)
  })
})

describe('the order of published items', () => {
  it('is newest first, the higher id first on the same day', () => {
    const items = [
      { id: '2022-0011', publishedDate: '2022-07-01' },
      { id: '2021-0100', publishedDate: '2021-12-31' },
      { id: '2022-0012', publishedDate: '2022-07-01' },
      { id: '2022-0020', publishedDate: '2022-08-15' },
    ]
    expect([...items].sort(newestPublishedFirst).map((item) => item.id)).toEqual(['2022-0020', '2022-0012', '2022-0011', '2021-0100'])
  })
})
