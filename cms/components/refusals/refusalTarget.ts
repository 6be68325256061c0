/**
 * The field on the form that a refusal marks. A refusal names the path the server
 * checked; the editor needs the field they can change. Paths the review workflow sets
 * itself (审核状态, the publication status) are changed through 审核操作, and so is a
 * refusal without a path or with one not on the form; a nested path not on the form
 * marks its nearest enclosing field (an array row's field marks the array).
 */
const setByWorkflow = new Set(['reviewState', '_status', 'withdrawnAt'])

/** The select the editor uses to move an item through review (fields/workflow.ts). */
export const workflowActionPath = 'workflowAction'

export function refusalTarget(path: string | null, onForm: (path: string) => boolean): string | null {
  if (path && !setByWorkflow.has(path)) {
    const segments = path.split('.')
    for (let length = segments.length; length > 0; length--) {
      const candidate = segments.slice(0, length).join('.')
      if (onForm(candidate)) return candidate
    }
  }
  return onForm(workflowActionPath) ? workflowActionPath : null
}
