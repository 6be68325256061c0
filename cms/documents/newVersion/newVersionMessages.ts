/** What the 导入新版本 action says, in the editor's language. */
export const newVersionMessages = {
  forbidden: '只有编辑或管理员可以导入新版本。',
  notFound: '未找到该文件，或您无权修改它。',
  badKind: '请选择新版本的类别：修正、修订或勘误。',
  badDate: (label: string, value: string) => `${label}“${value}”无效，应为 YYYY-MM-DD 格式的真实日期。`,
  badAmendedBy: '所选修改文件无效，请重新选择。',
  oneFile: '请只选择一个文件：新版本的全文（.docx、.txt 或 .html）。',
  noText: '文件中没有读出正文，未导入。',
  done: (label: string) => `已导入为新版本（${label}），原正文已存入“历次版本”。请核对后保存并提交审核。`,
} as const
