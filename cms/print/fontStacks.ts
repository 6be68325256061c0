/**
 * GB/T 9704 typefaces with free fallbacks. An office that has the licensed fonts
 * (仿宋_GB2312, 方正小标宋) gets them; everywhere else, including CI, Noto CJK SC
 * prints. Names are written both ways because Windows and macOS register
 * the Chinese and the Latin family names differently.
 */
export const fontStacks = {
  /** Body text: 3号仿宋. */
  fangsong: `"FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif`,
  /** Document titles: 2号小标宋. */
  xiaobiaosong: `"FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif`,
  /** First-level headings (一、): 黑体. */
  hei: `"SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif`,
  /** Second-level headings ((一)): 楷体. */
  kai: `"KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif`,
} as const
