/**
 * Every message an editor sees from our own rules, in one place. Payload's own
 * messages (required fields, invalid dates) come from its zh translation.
 */
export const messages = {
  dateOrder: {
    effectiveAfterExpiry: '施行日期不能晚于有效期至，请检查这两个日期。',
    publishedBeforeWritten: '发布日期不能早于成文日期，请检查这两个日期。',
    repealedBeforeEffective: '废止日期不能早于施行日期，请检查这两个日期。',
  },
  disclosureGroundRequired: '请选择与公开属性相符的法定理由（依申请公开或不予公开的依据）。',
  disclosureReasonRequired: '依申请公开和不予公开的文件必须填写理由（依据《中华人民共和国政府信息公开条例》）。',
  docNumberTaken: (docNumber: string, title: string) =>
    `发文字号“${docNumber}”已被《${title}》使用，同一发文字号不能重复。`,
  slugInvalid: '网址标识只能包含小写字母、数字和连字符（-），例如 2022-yunzhengbanfa-18。',
  orgCodeInvalid: (reason: string) => `组织机构代码有误：${reason}`,
  numberAlreadySet: '本文件已有编号，不能再取号；如需重新取号，请先清空发文字号或统一编号。',
  validityClauseNotFound: '正文中没有找到施行日期或有效期的表述（如“本规定自2022年7月1日起施行，有效期5年”），请手工填写。',
  videoUrlInvalid: '视频网址应以 https:// 开头，例如 https://www.example.gov.cn/video/1.mp4。',
  interpretationBodyRequired: '政府或其办公室印发的政府规章和行政规范性文件必须注明解读主体（“谁起草、谁解读”）。',
  unifiedNumberRequired: '行政规范性文件必须填写统一编号（如 运政规〔2022〕1号）后才能发布。',
} as const
