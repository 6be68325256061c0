import type { HolidayYear } from './types'

export const holidays2019: HolidayYear = {
  year: 2019,
  sources: [
    { title: '国务院办公厅关于2019年部分节假日安排的通知', number: '国办发明电〔2018〕15号', date: '2018-12-04', published: '2018-12-06' },
    { title: '国务院办公厅关于调整2019年劳动节假期安排的通知', number: '国办发明电〔2019〕3号', date: '2019-03-22' },
  ],
  holidays: [
    // The 2019 元旦 arrangement reaches back into 2018: Saturday 29 December worked, 31 December off.
    { name: '元旦', off: ['2018-12-30', '2019-01-01'], days: 3, work: ['2018-12-29'] },
    { name: '春节', off: ['2019-02-04', '2019-02-10'], days: 7, work: ['2019-02-02', '2019-02-03'] },
    { name: '清明节', off: ['2019-04-05', '2019-04-07'], days: 3, work: [] },
    {
      name: '劳动节',
      off: ['2019-05-01', '2019-05-04'],
      days: 4,
      work: ['2019-04-28', '2019-05-05'],
      note: '原通知只放5月1日；国办发明电〔2019〕3号调整为5月1日至4日，4月28日、5月5日（星期日）上班',
    },
    { name: '端午节', off: ['2019-06-07', '2019-06-09'], days: 3, work: [] },
    { name: '中秋节', off: ['2019-09-13', '2019-09-15'], days: 3, work: [] },
    { name: '国庆节', off: ['2019-10-01', '2019-10-07'], days: 7, work: ['2019-09-29', '2019-10-12'] },
  ],
}
