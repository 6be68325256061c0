import type { HolidayYear } from './types'

// First year under the revised 全国年节及纪念日放假办法 (国务院令第795号, 2024-11-10, in force
// 2025-01-01): the Spring Festival starts on the eve (除夕) and Labour Day has 1 and 2 May.
export const holidays2025: HolidayYear = {
  year: 2025,
  sources: [{ title: '国务院办公厅关于2025年部分节假日安排的通知', number: '国办发明电〔2024〕12号', date: '2024-11-12' }],
  holidays: [
    { name: '元旦', off: ['2025-01-01', '2025-01-01'], days: 1, work: [] },
    { name: '春节', off: ['2025-01-28', '2025-02-04'], days: 8, work: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', off: ['2025-04-04', '2025-04-06'], days: 3, work: [] },
    { name: '劳动节', off: ['2025-05-01', '2025-05-05'], days: 5, work: ['2025-04-27'] },
    { name: '端午节', off: ['2025-05-31', '2025-06-02'], days: 3, work: [] },
    { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], days: 8, work: ['2025-09-28', '2025-10-11'] },
  ],
}
