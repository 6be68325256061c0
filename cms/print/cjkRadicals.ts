/**
 * CJK Radicals Supplement characters and the unified ideographs that share their
 * glyph. Chromium writes a PDF's ToUnicode map from the font's cmap, lowest code
 * point first, so with Noto CJK a printed 民 reads back as ⺠ (U+2EA0) and 见 as ⻅.
 * NFKC maps the Kangxi radicals (U+2F00–U+2FD5) but not this block, hence this table.
 *
 * Generated once from the cmaps of Noto Serif CJK and Noto Sans CJK (SC first, then
 * TC, HK, JP, KR): every code point in U+2E80–U+2EFF whose glyph is also the glyph
 * of a unified ideograph, paired with that ideograph (URO preferred).
 */
const pairs = [
  '⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母',
  '⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⺿艹',
  '⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏',
  '⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾',
  '⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟',
].join('')

const table = new Map<string, string>()
const chars = Array.from(pairs)
for (let index = 0; index + 1 < chars.length; index += 2) {
  const radical = chars[index]
  const ideograph = chars[index + 1]
  if (radical && ideograph) table.set(radical, ideograph)
}

/**
 * Unified ideographs that share a glyph with a common one in the faces the print uses,
 * so that the same lowest-code-point rule reads the common one back as a rare one.
 * Found with fontkit over the SC faces of Noto Serif and Noto Sans CJK (both code points
 * mapped to one glyph): in Noto Sans CJK SC (the 黑体 of 一、 headings) 胶 reads back as
 * 㬵 (U+3B35). The other pairs found join two rare characters and are left alone.
 */
const sharedGlyphs = new Map([['㬵', '胶']])

/**
 * Replaces radical look-alikes with the ideographs they stand for: the Kangxi
 * radicals (U+2F00–U+2FD5) by their NFKC form, the supplement by the table, and the
 * rare ideographs that share a common one's glyph by that one.
 */
export function unifyRadicals(text: string): string {
  return text
    .replace(/[\u2e80-\u2fdf]/g, (char) => table.get(char) ?? char.normalize('NFKC'))
    .replace(/\u3b35/g, (char) => sharedGlyphs.get(char) ?? char)
}
