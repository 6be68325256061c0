/**
 * GB/T 9704 typefaces with free fallbacks. An office that has the licensed fonts
 * (仿宋_GB2312, 方正小标宋, 楷体_GB2312) installed on the printing machine gets them,
 * because each stack names them first; everywhere else, including CI, the free
 * fonts from Debian print (docs/print-fonts.md says which and why). Names are
 * written both ways because Windows and macOS register the Chinese and the Latin
 * family names differently.
 */
export const fontStacks = {
  /**
   * Body text: 3号仿宋. Debian has no 仿宋 for simplified Chinese (cwTeX 仿宋 lacks
   * most simplified characters), so a 宋体 prints; not a 楷体, which would make the
   * body look like the 楷体 second-level headings.
   */
  fangsong: `"FangSong_GB2312", "仿宋_GB2312", "FZFangSong-Z02", "方正仿宋_GBK", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif`,
  /**
   * Document titles: 2号小标宋. Bold Noto Serif stands in before SimSun: SimSun has no
   * bold and synthetic bold is off, so a plain 宋体 title would not stand out.
   */
  xiaobiaosong: `"FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "Noto Serif CJK SC", "SimSun", "宋体", "Songti SC", serif`,
  /** First-level headings (一、): 黑体. */
  hei: `"SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif`,
  /** Second-level headings ((一)): 楷体; AR PL UKai is Debian's fonts-arphic-ukai. */
  kai: `"KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif`,
} as const
