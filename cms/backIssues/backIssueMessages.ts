/**
 * The words of saving a back issue (过刊) into the database, as the editor reads them in
 * the command's report and in each draft's 导入报告. The issue-number rules speak their
 * own messages (core/issues/issueNumbering.ts).
 */
import { issueLabel, pageRangeLabel } from '../../core/issues/issueLabel'

type Issue = { year: number; issueNumber: number }

export const backIssueMessages = {
  // Refusals: nothing is written.
  noIssueNumber: '未能确定年份和期号：封面和目录中没有读出“××××年第×期”，请用 --year 年份 --issue 期号 指定。未写入数据库。',
  noTotalNumber: (issue: Issue) =>
    `未能确定${issueLabel(issue)}的总期号：封面未载明“总第×期”，数据库中也没有相邻的一期可以推算，请用 --total 总期号 指定。未写入数据库。`,
  issuePublished: (issue: Issue) =>
    `${issueLabel(issue)}已出版，导入不会改动已出版的公报：如需更正，请在该期的“勘误”中说明。未写入数据库。`,
  numberRules: (issue: Issue, problems: readonly string[]) => `${issueLabel(issue)}不能建立：${problems.join('')}未写入数据库。`,
  noEntries: '没有读出任何篇目，未写入数据库：请先用 --dry-run 查看逐页核对的结果。',
  // Notes on the issue.
  noPdf: '来源为页面图片，没有PDF：本期未附印刷版PDF，出版前请上传印刷版PDF，再核对各篇页码。',
  scannedPdf:
    '印刷版PDF有扫描页（没有文字层）：出版前的同步核对按本次文字识别读出的文字核对这些页；校对中改正的标题若与识别结果不同，核对会提示不一致，请对照页面图像确认。',
  noPublicationDate: '封面未载明出版日期：请在本期中填写“出版日期”（出版前必填）。',
  unsectioned: '未分栏目',
  unsectionedNote: (count: number) => `${count}篇未识别出栏目，已编入“未分栏目”：请核对栏目名称。`,
  totalChanged: (from: number, to: number) => `总期号由总第${from}期改为总第${to}期（按封面或 --total）。`,
  removed: (title: string) => `《${title}》上次导入时在本期中，本次未读出，已从本期篇目中移除（草稿保留）。`,
  // Notes on a draft.
  origin: (issue: Issue & { totalNumber: number }, first: number, last: number, section: string | null) =>
    `导入自过刊：${issueLabel(issue)}（总第${issue.totalNumber}期）PDF${pageRangeLabel(first, last)}${section ? `，栏目“${section}”` : ''}；请对照印刷版核对。`,
  ocr: (first: number, last: number, uncertain: number) =>
    `文字识别：本篇由扫描页面经文字识别（OCR）导入（PDF${pageRangeLabel(first, last)}），可能有错字，送审前请对照原件逐字校对` +
    (uncertain > 0 ? `；其中${uncertain}个字识别置信度低：` : '。'),
  uncertainSpot: (page: number, char: string, context: string) => `第${page}页“${char}”（${context}）`,
  untitled: (first: number) => `（标题未识别，PDF第${first}页起）`,
  untitledNote: '未识别出标题：请对照原件填写。',
  numberTaken: (raw: string, title: string) =>
    `发文字号“${raw}”已被《${title}》使用，未填入：疑为重复文件，请核对；如确为另一份文件，请核对发文字号后填写。`,
  interpretedFound: (titles: readonly string[]) =>
    `解读的文件：${titles.map((title) => `《${title}》`).join('、')}（按标题在本期中找到，请核对）。`,
  interpretedMissing: '未在本期中找到所解读的文件：请在“解读的文件”中选择。',
  pageProblem: (message: string) => `逐页核对：${message}`,
  // Outcomes of an entry.
  published: (title: string) => `《${title}》已发布，未覆盖（仍编入本期）。`,
} as const
