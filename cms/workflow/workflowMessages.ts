/** What the review workflow says when it refuses a publication (shown in the admin and the API). */
export const workflowMessages = {
  publishWithChanges: (fields: string[]) =>
    `发布时不能修改内容：${fields.join('、')}与审核通过的版本不同。请先保存修改并重新提交审核，或放弃修改后再发布。`,
  approvedVersionChanged: '审核通过后，文件的附件、图片或文件关系已有变化，与审核通过的版本不一致，不能发布。请重新提交审核。',
  scheduledVersionChanged: '定时发布时发现内容与审核通过的版本不一致，未发布，已退回修改。',
} as const
