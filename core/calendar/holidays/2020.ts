import type { HolidayYear } from './types'

export const holidays2020: HolidayYear = {
  year: 2020,
  sources: [
    { title: '国务院办公厅关于2020年部分节假日安排的通知', number: '国办发明电〔2019〕16号', date: '2019-11-21' },
    { title: '国务院办公厅关于延长2020年春节假期的通知', number: '国办发明电〔2020〕1号', date: '2020-01-26', published: '2020-01-27' },
  ],
  holidays: [
    { name: '元旦', off: ['2020-01-01', '2020-01-01'], days: 1, work: [] },
    {
      name: '春节',
      off: ['2020-01-24', '2020-02-02'],
      days: 10,
      // Sunday 19 January had already been worked; Saturday 1 February fell inside the extension.
      work: ['2020-01-19'],
      note: '原定1月24日至30日放假、2月1日（星期六）上班；国办发明电〔2020〕1号延长至2月2日，2月3日起正常上班',
    },
    { name: '清明节', off: ['2020-04-04', '2020-04-06'], days: 3, work: [] },
    { name: '劳动节', off: ['2020-05-01', '2020-05-05'], days: 5, work: ['2020-04-26', '2020-05-09'] },
    { name: '端午节', off: ['2020-06-25', '2020-06-27'], days: 3, work: ['2020-06-28'] },
    { name: '国庆节、中秋节', off: ['2020-10-01', '2020-10-08'], days: 8, work: ['2020-09-27', '2020-10-10'] },
  ],
}
