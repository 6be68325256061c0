import { describe, expect, it } from 'vitest'

import { titlesPrinted } from '../../cms/print/titlesPrinted'

// An issue as page texts: cover, contents, then three documents.
const contents = '目 录\n关于甲的通知 3\n关于乙的通知 4\n关于丙的通知 5'
const cover = '运城市人民政府公报\n2022年第6期'

describe('titlesPrinted (a corrected edition must not print a withdrawn document)', () => {
  const issueTitles = ['关于甲的通知', '关于丙的通知']

  it('finds a withdrawn title on a body page, however it wrapped or was bracketed', () => {
    const pages = [cover, contents, '— 3 —\n关于甲的通知\n正文', '— 4 —\n关于乙的\n通知\n正文', '— 5 —\n关于丙的通知\n正文']
    expect(titlesPrinted(pages, ['关于乙的通知'], issueTitles)).toEqual([{ title: '关于乙的通知', pages: [4] }])
  })

  it('accepts a corrected edition that keeps the title in the contents only', () => {
    const pages = [cover, contents, '— 3 —\n关于甲的通知\n正文', '— 4 —\n本页原刊登的文件已撤回', '— 5 —\n关于丙的通知\n正文']
    expect(titlesPrinted(pages, ['关于乙的通知'], issueTitles)).toEqual([])
  })

  it('counts a contents page as a body page when it lists too few titles to be one', () => {
    const pages = [cover, '关于乙的通知 3', '— 3 —\n本页原刊登的文件已撤回']
    expect(titlesPrinted(pages, ['关于乙的通知'], [])).toEqual([{ title: '关于乙的通知', pages: [2] }])
  })
})
