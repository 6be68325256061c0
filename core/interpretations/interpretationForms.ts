/** The forms interpretation material (政策解读) takes, with their Chinese names. */
export const interpretationForms = ['text', 'illustrated', 'qa', 'video'] as const

export type InterpretationForm = (typeof interpretationForms)[number]

export const interpretationFormLabels: Record<InterpretationForm, string> = {
  text: '文字解读',
  illustrated: '图文解读',
  qa: '问答',
  video: '视频解读',
}
