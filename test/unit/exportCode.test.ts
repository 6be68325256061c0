/**
 * What an export's reuse depends on is derived from the export's imports
 * (cms/publishing/keptSnapshots.ts, core/build/importGraph.ts), not kept by hand: every
 * file the export really imports is in it, and nothing it does not (the admin) is.
 */
import { describe, expect, it } from 'vitest'

import { relativeImports } from '../../core/build/importGraph'
import { exportCode } from '../../cms/publishing/keptSnapshots'

describe('the export code', () => {
  const code = exportCode()

  it('holds the export, each feature’s part of it and what those import, and the lock file', () => {
    for (const file of [
      'cms/export/exportSnapshot.ts',
      'cms/documents/exportDocument.ts',
      'cms/interpretations/exportInterpretations.ts',
      'cms/issues/exportIssues.ts',
      'cms/issues/exportCover.ts',
      // Imported by exportDocument through exportFiles.
      'cms/uploads/sniffUpload.ts',
      'core/snapshot/assembleSnapshot.ts',
      'core/snapshot/schema.ts',
      'package-lock.json',
    ])
      expect(code).toContain(file)
  })

  it('leaves out what the export does not import', () => {
    expect(code.filter((file) => file.startsWith('cms/components/') || file.startsWith('site/') || file.startsWith('scripts/'))).toEqual([])
    expect(code).not.toContain('cms/payload.config.ts')
    expect(code).not.toContain('cms/publishing/keptSnapshots.ts')
  })

  it('follows imports and re-exports, not examples in comments or other sites’ addresses', () => {
    const source = [
      "import { a } from './a'",
      "import type { B } from '../b'",
      "export { c } from './c.js'",
      "import './side-effect'",
      "const d = await import('./d')",
      "import zod from 'zod'",
      "// import { e } from './commented'",
      "/* export * from './block-commented' */",
      "const url = 'https://example.org/x' // from './trailing'",
    ].join('\n')
    expect(relativeImports(source).sort()).toEqual(['../b', './a', './c.js', './d', './side-effect'])
  })
})
