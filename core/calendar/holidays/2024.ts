import type { HolidayYear } from './types'

export const holidays2024: HolidayYear = {
  year: 2024,
  sources: [{ title: '国务院办公厅关于2024年部分节假日安排的通知', number: '国办发明电〔2023〕7号', date: '2023-10-25' }],
  holidays: [
    { name: '元旦', off: ['2023-12-30', '2024-01-01'], days: 3, work: [] },
    {
      name: '春节',
      off: ['2024-02-10', '2024-02-17'],
      days: 8,
      work: ['2024-02-04', '2024-02-18'],
      // Before the 2025 rules the eve was not a statutory holiday: the notice only encouraged leave.
      note: '除夕（2月9日）不放假，通知仅鼓励结合带薪年休假安排休息，按工作日计',
    },
    { name: '清明节', off: ['2024-04-04', '2024-04-06'], days: 3, work: ['2024-04-07'] },
    { name: '劳动节', off: ['2024-05-01', '2024-05-05'], days: 5, work: ['2024-04-28', '2024-05-11'] },
    { name: '端午节', off: ['2024-06-08', '2024-06-10'], days: 3, work: [] },
    { name: '中秋节', off: ['2024-09-15', '2024-09-17'], days: 3, work: ['2024-09-14'] },
    { name: '国庆节', off: ['2024-10-01', '2024-10-07'], days: 7, work: ['2024-09-29', '2024-10-12'] },
  ],
}
