/**
 * The numbering that structures Chinese official documents (GB/T 9704-2012 §7.3.3):
 * 一、 for the first level, （一） for the second, 1. for the third, （1） for the fourth;
 * regulations use 第一章 and 第一条.
 */

export const LEVEL_ONE = /^[一二三四五六七八九十百]+、/u
export const LEVEL_TWO = /^[（(][一二三四五六七八九十百]+[）)]/u
const ITEM = /^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百零〇\d]+[章节条])/u

/** Whether the text starts with a structural number of any level. */
export function startsWithMarker(text: string): boolean {
  return LEVEL_ONE.test(text) || LEVEL_TWO.test(text) || ITEM.test(text)
}

/** The marker at the start of the text, or ''. */
export function leadingMarker(text: string): string {
  return LEVEL_ONE.exec(text)?.[0] ?? LEVEL_TWO.exec(text)?.[0] ?? ITEM.exec(text)?.[0] ?? ''
}
