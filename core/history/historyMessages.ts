/**
 * What the version history's checks (checkHistory.ts) tell an editor, one message per rule:
 * what is wrong with which version and what to do. `v` names the version as the form shows
 * it (第2个版本“2019年第一次修正”); days are written as documents print them (2022年5月1日).
 */
export const historyMessages = {
  noVersions: '请至少录入一个版本：文件最初公布的文本（原文）。',
  firstNotOriginal: (v: string) => `第一个版本应为原文，现为${v}：请把文件最初公布的文本录为原文，修正、修订和勘误排在其后。`,
  originalNotFirst: (v: string) => `${v}不能是原文：只有第一个版本是原文，请改为修正、修订或勘误。`,
  titleMissing: (v: string) => `${v}没有标题：请填写该版本公布时的标题全文。`,
  bodyEmpty: (v: string) => `${v}没有正文：请录入该版本的全文，或导入修改后的文本。`,
  invalidDate: (v: string, field: string) => `${v}的${field}无效，请填写真实存在的日期（YYYY-MM-DD）。`,
  promulgatedMissing: (v: string) => `${v}没有公布日期：请按公布令或印发通知填写公布的日期。`,
  effectiveMissing: (v: string) => `${v}没有施行日期：请按修改决定或公布令中“自……起施行”的日期填写。`,
  effectiveBeforePromulgated: (v: string, effective: string, promulgated: string) =>
    `${v}的施行日期（${effective}）早于公布日期（${promulgated}），请核对这两个日期。`,
  effectiveOutOfOrder: (v: string, effective: string, previous: string, previousEffective: string) =>
    `${v}的施行日期（${effective}）早于前一个版本${previous}的施行日期（${previousEffective}）：版本应按施行的先后排列，请调整顺序或更正日期。`,
  promulgatedOutOfOrder: (v: string, promulgated: string, previous: string, previousPromulgated: string) =>
    `${v}的公布日期（${promulgated}）早于前一个版本${previous}的公布日期（${previousPromulgated}）：版本应按公布的先后排列，请调整顺序或更正日期。`,
  sameEffectiveDay: (v: string, other: string, day: string) =>
    `${v}与${other}自同一天（${day}）起施行：同一天只能有一个版本开始施行（勘误除外），请核对施行日期。`,
  amendingMissing: (v: string) =>
    `${v}没有注明修改文件：请选择本公报中作出修改的决定或公布令；不在本公报中的，请填写其名称和文号，如《国务院关于修改和废止部分行政法规的决定》（国务院令第752号）。`,
  amendingOnOriginal: (v: string) => `${v}是原文，不应填写修改文件，请清空这一项。`,
  amendingSelf: (v: string) => `${v}的修改文件不能是本文件自身，请选择作出修改的决定或命令。`,
  effectiveAfterRepeal: (v: string, effective: string, repealed: string) =>
    `${v}自${effective}起施行，但本文件已于${repealed}废止：废止后不能再有新版本施行，请核对这两个日期。`,
  effectiveAfterExpiry: (v: string, effective: string, expires: string) =>
    `${v}自${effective}起施行，但本文件有效期至${expires}：请核对施行日期，或先更正有效期至。`,
} as const
