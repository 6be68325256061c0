/** What the relations register says to staff. */
export const relationMessages = {
  publishedIsFixed:
    '已随文件发布的文件关系不能修改或删除：如需撤销，请勾选“申请撤销”，随实施文件重新提交审核，发布后撤销；如需更正，请另行录入正确的关系。',
} as const
