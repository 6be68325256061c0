/**
 * Where an editor's messages live. The rule: a message lives with the rule that decides
 * it, so its words change with the rule. This file holds the messages of the document's
 * own rules, which the form, its hooks, the import and the API all check and must word
 * alike, and the refusals shared across features (public query guard, bulk actions).
 * Every other holder of messages is listed here, and test/unit/messageHomes.test.ts keeps
 * the list complete:
 * - core/relations/relationChecks.ts (relationMessages: dates and loops of relations);
 * - core/issues/issueNumbering.ts, core/issues/issueEntries.ts, core/issues/issueCorrections.ts
 *   (a gazette issue's numbering, entries and corrections, one message per problem);
 * - core/uploads/uploadTypes.ts (refused uploads);
 * - core/history/historyMessages.ts (a document's version history: kinds, dates, amending documents);
 * - cms/import/importMessages.ts (the batch import's report);
 * - cms/documents/newVersion/newVersionMessages.ts (导入新版本: a revised text imported as a document's new version);
 * - core/backIssues/backIssueProblems.ts (problemMessage: what reading a printed back issue leaves to check);
 * - cms/backIssues/backIssueMessages.ts (writing a back issue into the database: refusals and each draft's notes);
 * - cms/workflow/workflowMessages.ts (publication refused by the review workflow);
 * - cms/relations/relationMessages.ts (the relations register);
 * - cms/print/syncProblems.ts (syncMessage: the print PDF's sync check);
 * - cms/auth/passwordChange.ts, cms/auth/adminOrigins.ts (sign-in and the admin's address);
 * - cms/backup/backupMessages.ts (backups and restores refused or reported);
 * - core/diskSpace.ts (a full disk met by a site build or an upload);
 * - core/documents/documentKindsFile.ts (documentKindsFileMessages: the gazette's list of kinds refused at start).
 * A rule's own short refusal may also sit in its rule (core/workflow/workflow.ts, the
 * number parsers' reasons). Payload's own messages (required fields, invalid dates) come
 * from its zh translation.
 */
export const messages = {
  dateOrder: {
    effectiveAfterExpiry: '施行日期不能晚于有效期至，请检查这两个日期。',
    publishedBeforeWritten: '发布日期不能早于成文日期，请检查这两个日期。',
    repealedBeforeEffective: '废止日期不能早于施行日期，请检查这两个日期。',
  },
  /** Rules of 施行日期 (domain/documentDates.ts checkDateRules), by code. */
  dateRules: {
    effectiveBeforeWritten: '施行日期早于成文日期：请更正日期，或在“施行日期说明”中写明施行日期早于成文日期的理由。',
    effectiveBeforePublished: '施行前刊登：施行日期早于发布日期。规章和规范性文件应在施行日期前刊登，请核对这两个日期。',
    ruleShortNotice:
      '政府规章应自公布之日起30日后施行（《规章制定程序条例》第三十二条）：施行日期距发布日期不足30日的，请在“提前施行的依据”中选择法定情形，或推迟施行日期。',
    expiresOnRequired: '行政规范性文件必须填写有效期至（一般不超过5年，暂行、试行的不超过2年）后才能发布。',
  },
  titleRequired: '请填写标题（文件标题全文）：草稿也必须有标题。',
  disclosureGroundRequired: '请选择与公开属性相符的法定理由（依申请公开或不予公开的依据）。',
  disclosureReasonRequired: '依申请公开和不予公开的文件必须填写理由（依据《中华人民共和国政府信息公开条例》）。',
  docNumberTaken: (docNumber: string, title: string) => `发文字号“${docNumber}”已被《${title}》使用，同一发文字号不能重复。`,
  slugInvalid: '网址标识只能包含小写字母、数字和连字符（-），例如 2022-yunzhengbanfa-18。',
  orgCodeInvalid: (reason: string) => `组织机构代码有误：${reason}`,
  numberAlreadySet: '本文件已有编号，不能再取号；如需重新取号，请先清空发文字号或统一编号。',
  allocateNeedsIssuer: '请先选择发文机关，再按发文代字取号。',
  allocateOtherOrganization: (code: string, organization: string) =>
    `发文代字“${code}”属于${organization}，不是本文件的发文机关：只能使用本文件发文机关登记的代字取号。`,
  allocateYearMismatch: (year: number, expected: number) => `取号年度（${year}年）应为成文日期所在的年度（${expected}年）。`,
  allocateFutureYear: (year: number) => `不能为将来的年度（${year}年）取号。`,
  validityClauseNotFound: '正文中没有找到施行日期或有效期的表述（如“本规定自2022年7月1日起施行，有效期5年”），请手工填写。',
  videoUrlInvalid: '视频网址应以 https:// 开头，例如 https://www.example.gov.cn/video/1.mp4。',
  interpretationBodyRequired: '政府或其办公室印发的政府规章和行政规范性文件必须注明解读主体（“谁起草、谁解读”）。',
  unifiedNumberRequired: '行政规范性文件必须填写统一编号（如 运政规〔2022〕1号）后才能发布。',
  kindRequired: '请选择文件类型。',
  /** A stored 文件类型 the gazette's list (DOCUMENT_KINDS_FILE) no longer holds: shown as stored, refused at the next save. */
  unconfiguredKind: (value: string) =>
    `文件类型“${value}”不在本站配置的文种中（DOCUMENT_KINDS_FILE），保存前请重新选择文件类型；如仍需使用，请让管理员把它加回文种配置。`,
  /** Why the API refused a filter or sort (domain/publicQuery.ts), by reason; `path` is the requester's own. */
  queryRefused: {
    notAnObject: (path: string) => `查询条件“${path}”的格式不正确，应为“字段[条件]=值”。`,
    unknownField: (path: string) => `没有可供查询的字段“${path}”。`,
    hiddenField: (path: string) => `字段“${path}”不公开，不能用于查询或排序。`,
    relatedPath: (path: string) => `不能按关联对象的字段查询或排序（${path}）。`,
    relationFilter: (path: string) => `关联字段只能按公开对象的编号查询，可用条件为 equals、in（${path}）。`,
    unknownOperator: (path: string) => `不支持的查询条件“${path}”。`,
    operatorNotAllowed: (path: string) => `该字段不支持这种查询条件（${path}）。`,
    malformedValue: (path: string) => `查询值的格式不正确（${path}）。`,
    malformedId: (path: string) => `编号的格式不正确（${path}）。`,
    tooLong: (path: string) => `查询值过长（${path}）。`,
    tooDeep: (path: string) => `查询条件嵌套过深（${path}）。`,
    tooMany: (path: string) => `查询条件或取值过多（${path}）。`,
    sortNotAllowed: (path: string) => `不能按“${path}”排序。`,
    hiddenTarget: (path: string) => `所查询的编号不存在或不公开（${path}）。`,
  },
  queryInvalid: (details: string) => `查询无效：${details}`,
  recordIdMalformed: (id: string) => `编号“${id}”的格式不正确。`,
  /** 索引号 that publication cannot assign (domain/indexNumberReadiness.ts). */
  indexNumber: {
    refusal: (issuer: string) =>
      `发文机关“${issuer}”没有填写组织机构代码，无法生成索引号；政府规章和规范性文件必须有索引号才能发布。请管理员在“登记簿 → 机关”中打开“${issuer}”，填写9位组织机构代码后再发布。`,
    warning: (issuer: string) =>
      `发文机关“${issuer}”没有填写组织机构代码，发布时无法生成索引号，公报上索引号将显示为“—”。请管理员在“登记簿 → 机关”中打开“${issuer}”，填写9位组织机构代码。`,
  },
  /** Bulk review actions (domain/bulkWorkflow.ts, workflow/applyBulkAction.ts). */
  bulk: {
    notStaff: '只有编辑、审核员、发布员或管理员可以批量操作。',
    unknownAction: '请选择批量操作：提交审核、审核通过、退回修改、发布或撤回。',
    noItems: '请先勾选要操作的条目。',
    tooMany: (max: number) => `一次最多批量操作${max}项，请分批进行。`,
    reasonTooLong: (max: number) => `理由或意见不能超过${max}字。`,
    itemMissing: '找不到该条目，或您无权查看。',
    itemFailed: '处理时出错，未执行。请稍后单独操作该条目；如仍出错，请联系管理员。',
  },
  signatoryPostWithoutName: '请先填写签发人姓名，再填写职务。',
} as const
