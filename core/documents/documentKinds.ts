/** The kinds of document a gazette prints, as stored values with their Chinese names. */
export const documentKinds = ['rule', 'normative-government', 'normative-department', 'other'] as const

export type DocumentKind = (typeof documentKinds)[number]

export const documentKindLabels: Record<DocumentKind, string> = {
  rule: '政府规章',
  'normative-government': '行政规范性文件',
  'normative-department': '部门规范性文件',
  other: '其他文件',
}
