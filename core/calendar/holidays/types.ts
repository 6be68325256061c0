/**
 * The shape of one year's official holiday arrangement (放假调休安排), as announced by the
 * State Council General Office. Data files hold what the notices say, nothing inferred.
 */

export type Festival = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节'

/** A festival, or two merged into one block as the notice names them ('中秋节、国庆节'). */
export type HolidayName = Festival | `${Festival}、${Festival}`

/** A State Council (General Office) document the arrangement comes from. */
export interface HolidaySource {
  /** The document's title, as published. */
  title: string
  /** Its document number (发文字号), e.g. 国办发明电〔2023〕7号. */
  number: string
  /** 成文日期: the date printed under the signature, 'YYYY-MM-DD'. */
  date: string
  /** 发布日期 on gov.cn, only where it differs from `date`. */
  published?: string
}

export interface HolidayBlock {
  name: HolidayName
  /**
   * First and last day off, inclusive. Where the notice says "与周末连休" the weekend is
   * included, so the block is the whole stretch people are off.
   */
  off: readonly [first: string, last: string]
  /** "共N天" in the notice (or the length of the 与周末连休 stretch): a check on `off`. */
  days: number
  /** Weekend days declared working days (调休上班). */
  work: readonly string[]
  /** Why this block differs from a plain reading of the first notice. */
  note?: string
}

export interface HolidayYear {
  year: number
  /** The annual notice first, then any later notice that changed it. */
  sources: readonly HolidaySource[]
  holidays: readonly HolidayBlock[]
}
