import type { HolidayYear } from './types'

// Under the 2025 rules (国务院令第795号): the Spring Festival block runs from 腊月二十八 (15 February)
// through the eve (16 February) to 正月初七.
export const holidays2026: HolidayYear = {
  year: 2026,
  sources: [{ title: '国务院办公厅关于2026年部分节假日安排的通知', number: '国办发明电〔2025〕7号', date: '2025-11-04' }],
  holidays: [
    { name: '元旦', off: ['2026-01-01', '2026-01-03'], days: 3, work: ['2026-01-04'] },
    { name: '春节', off: ['2026-02-15', '2026-02-23'], days: 9, work: ['2026-02-14', '2026-02-28'] },
    { name: '清明节', off: ['2026-04-04', '2026-04-06'], days: 3, work: [] },
    { name: '劳动节', off: ['2026-05-01', '2026-05-05'], days: 5, work: ['2026-05-09'] },
    { name: '端午节', off: ['2026-06-19', '2026-06-21'], days: 3, work: [] },
    { name: '中秋节', off: ['2026-09-25', '2026-09-27'], days: 3, work: [] },
    { name: '国庆节', off: ['2026-10-01', '2026-10-07'], days: 7, work: ['2026-09-20', '2026-10-10'] },
  ],
}
