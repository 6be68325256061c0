import type { Field } from 'payload'

/**
 * The Chinese label of a top-level field (looking inside rows, collapsibles and tabs),
 * so that a refusal names the field as the editor sees it; the field's name otherwise.
 */
export function fieldLabel(fields: Field[], name: string): string {
  for (const field of fields) {
    if ('name' in field && field.name === name) return zhOf('label' in field ? field.label : undefined) ?? name
    const nested =
      'fields' in field && !('name' in field)
        ? field.fields
        : 'tabs' in field
          ? field.tabs.flatMap((tab) => ('name' in tab ? [] : tab.fields))
          : []
    const found = nested.length > 0 ? fieldLabel(nested, name) : null
    if (found && found !== name) return found
  }
  return name
}

function zhOf(label: unknown): string | null {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'zh' in label && typeof (label as { zh: unknown }).zh === 'string')
    return (label as { zh: string }).zh
  return null
}
