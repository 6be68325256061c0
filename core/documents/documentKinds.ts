/**
 * The kinds of document a gazette prints (文种), each with the rules tied to it. The list
 * is configured per gazette (DOCUMENT_KINDS_FILE, read by documentKindsFile.ts) and
 * carried to the site in the snapshot's manifest (gazette.kinds); its order is the order
 * of the admin's select, the print edition's groups, the feeds and the open data. The
 * built-in list below is the default, the kinds a city gazette prints. The stored values
 * of 政府规章, 行政规范性文件, 部门规范性文件 and 其他文件 are the four every database
 * already holds and keep their meaning; the others are new values.
 */

/** The rules a kind brings with it; each names the module that applies it. */
export type DocumentKindRules = {
  /** 索引号 required: publication is refused while the first issuer has no organisation code (indexNumberReadiness.ts). */
  indexNumber: boolean
  /** Listed in the catalogues of normative documents (现行有效、已废止、已失效目录; site/lib/catalogues/). */
  catalogue: boolean
  /** Has its own Atom feed, /feeds/kinds/<value>.xml, once a document of the kind is public. */
  feed: boolean
  /** Must be in the gazette before its 施行日期 (施行前刊登): a warning on the document and on its issue. */
  printedBeforeEffect: boolean
  /** 规章制定程序条例 第三十二条: takes effect 30 days after publication unless a ground is chosen (documentDates.ts). */
  ruleNotice: boolean
  /** 有效期至 required to publish (documentDates.ts). */
  expiresOnRequired: boolean
  /** 统一编号 required (the documents collection's unifiedNumber field). */
  unifiedNumberRequired: boolean
  /** Issued by a government or its office, it must name its 解读主体 (interpretationClause.ts). */
  interpretationBody: boolean
  /** Listed on the dashboard's 清理提醒 when it states no 有效期至. */
  expiryReview: boolean
}

export type DocumentKindRule = keyof DocumentKindRules

export type DocumentKindDefinition = DocumentKindRules & {
  /** The stored value, also the feed's address: lower-case letters, digits and hyphens. */
  value: string
  /** The name readers and editors see, e.g. 行政规范性文件; also the search filter's value. */
  label: string
}

/** A stored value. Which values exist is configured, so it is a plain string checked against the list. */
export type DocumentKind = string

export const documentKindRuleNames: readonly DocumentKindRule[] = [
  'indexNumber',
  'catalogue',
  'feed',
  'printedBeforeEffect',
  'ruleNotice',
  'expiresOnRequired',
  'unifiedNumberRequired',
  'interpretationBody',
  'expiryReview',
]

/** A kind with no rules but its feed: what a configured entry starts from. */
export const plainKindRules: DocumentKindRules = {
  indexNumber: false,
  catalogue: false,
  feed: true,
  printedBeforeEffect: false,
  ruleNotice: false,
  expiresOnRequired: false,
  unifiedNumberRequired: false,
  interpretationBody: false,
  expiryReview: false,
}

const plain = <V extends string>(value: V, label: string) => ({ value, label, ...plainKindRules })

/**
 * The default list, in the order of the hierarchy of norms (立法法): laws, regulations and
 * rules, then the gazette's own normative documents, then what else a gazette prints. A city
 * gazette prints its own government's 规章 and 规范性文件 (国办 2018 gazette notice);
 * provincial and national gazettes also print 地方性法规, 法律, 行政法规, 部门规章 and
 * 司法解释, and most print 人事任免 and the yearly 政府工作报告.
 */
export const builtInDocumentKinds = [
  plain('law', '法律'),
  plain('administrative-regulation', '行政法规'),
  plain('local-regulation', '地方性法规'),
  // Rules of State Council departments: printed here after their own promulgation, so the
  // 30-day notice, counted from this gazette's 发布日期, is not checked.
  plain('department-rule', '部门规章'),
  {
    ...plain('rule', '政府规章'),
    indexNumber: true,
    catalogue: true,
    printedBeforeEffect: true,
    ruleNotice: true,
    interpretationBody: true,
  },
  {
    ...plain('normative-government', '行政规范性文件'),
    indexNumber: true,
    catalogue: true,
    printedBeforeEffect: true,
    expiresOnRequired: true,
    unifiedNumberRequired: true,
    interpretationBody: true,
    expiryReview: true,
  },
  {
    ...plain('normative-department', '部门规范性文件'),
    indexNumber: true,
    catalogue: true,
    printedBeforeEffect: true,
    expiryReview: true,
  },
  plain('judicial-interpretation', '司法解释'),
  plain('work-report', '政府工作报告'),
  plain('appointments', '人事任免'),
  plain('other', '其他文件'),
] as const satisfies readonly DocumentKindDefinition[]

/** A built-in stored value: what the sample content, the generated corpora and the law corpus use. */
export type BuiltInDocumentKind = (typeof builtInDocumentKinds)[number]['value']

/** The kind of this stored value, or undefined when the list holds no such kind. */
export function findDocumentKind(
  kinds: readonly DocumentKindDefinition[],
  value: string | null | undefined,
): DocumentKindDefinition | undefined {
  return value ? kinds.find((kind) => kind.value === value) : undefined
}

/** 文种 as readers know it; a value the list no longer holds is shown as stored. */
export function documentKindLabel(kinds: readonly DocumentKindDefinition[], value: string): string {
  return findDocumentKind(kinds, value)?.label ?? value
}

/** Whether the kind of this stored value brings the rule; an unknown value brings none. */
export function kindHasRule(kinds: readonly DocumentKindDefinition[], value: string | null | undefined, rule: DocumentKindRule): boolean {
  return findDocumentKind(kinds, value)?.[rule] ?? false
}

/** The stored values of the kinds that bring the rule, in the list's order. */
export function kindsWithRule(kinds: readonly DocumentKindDefinition[], rule: DocumentKindRule): string[] {
  return kinds.filter((kind) => kind[rule]).map((kind) => kind.value)
}
