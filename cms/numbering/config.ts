/**
 * The site's numbering conventions, from configuration: which shapes of 统一编号 it
 * accepts and how it builds 索引号. Both are data, read from the environment.
 *
 * UNIFIED_NUMBER_SHAPES: comma-separated built-in names (gui, padded-gui, latin-dash)
 *   or a JSON array of shapes ({ name, template, codePattern?, codeMessage?, example? }).
 * INDEX_NUMBER_PATTERN: e.g. '{orgCode}/{year}-{serial:5}' (the default).
 */
import { defaultIndexNumberPattern } from '../../core/documents/indexNumber'
import {
  defaultUnifiedNumberShapes,
  guiShape,
  latinDashShape,
  paddedGuiShape,
  type UnifiedNumberShape,
} from '../../core/documents/unifiedNumber'

const builtInShapes: Record<string, UnifiedNumberShape> = {
  gui: guiShape,
  'padded-gui': paddedGuiShape,
  'latin-dash': latinDashShape,
}

export function unifiedNumberShapes(value = process.env.UNIFIED_NUMBER_SHAPES): readonly UnifiedNumberShape[] {
  if (!value?.trim()) return defaultUnifiedNumberShapes
  if (value.trim().startsWith('[')) return JSON.parse(value) as UnifiedNumberShape[]
  return value.split(',').map((name) => {
    const shape = builtInShapes[name.trim()]
    if (!shape) throw new Error(`UNIFIED_NUMBER_SHAPES: unknown shape "${name.trim()}" (known: ${Object.keys(builtInShapes).join(', ')})`)
    return shape
  })
}

export function indexNumberPattern(value = process.env.INDEX_NUMBER_PATTERN): string {
  return value?.trim() || defaultIndexNumberPattern
}
