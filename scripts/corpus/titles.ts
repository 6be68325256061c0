/**
 * Titles shaped like the ones gazettes print: 关于印发…的通知 for covering notices,
 * 管理办法 and 实施意见 for normative documents, a bare name for a government rule.
 * `name` is the text a covering notice distributes (or the rule itself), which is what
 * readers cite and what short names are made from.
 */
import type { Random } from './random'
import type { Topic } from './topics'
import type { GeneratedKind } from './types'

export type Title = {
  title: string
  /** The distributed text's own name, or null when the notice is the whole document. */
  name: string | null
  /** 简称 readers use, e.g. 物业管理办法. */
  shortName: string | null
}

/** 物业管理 + 管理办法 reads 物业管理办法, not 物业管理管理办法. */
export function joinTopic(topic: string, suffix: string): string {
  return topic.endsWith('管理') && suffix.startsWith('管理') ? topic + suffix.slice(2) : topic + suffix
}

export function makeTitle(random: Random, kind: GeneratedKind, issuerNames: string[], place: string, topic: Topic, year: number): Title {
  const by = issuerNames.join('')
  const t = topic.name
  if (kind === 'rule') {
    const suffix = random.pick(['管理办法', '管理规定', '实施办法', '若干规定'])
    const name = `${place}${joinTopic(t, suffix)}`
    return { title: name, name, shortName: joinTopic(t, suffix) }
  }
  if (kind === 'normative-government' || kind === 'normative-department') {
    const shape = random.int(0, 4)
    if (shape <= 1) {
      const suffix = random.pick(['管理办法', '管理暂行办法', '实施细则', '实施办法'])
      const name = `${place}${joinTopic(t, suffix)}`
      return { title: `${by}关于印发${name}的通知`, name, shortName: joinTopic(t, suffix) }
    }
    if (shape === 2) return { title: `${by}关于进一步加强${t}工作的实施意见`, name: null, shortName: null }
    if (shape === 3) {
      const name = `${place}关于支持${t}的若干措施`
      return { title: `${by}关于印发${name}的通知`, name, shortName: `${t}若干措施` }
    }
    return { title: `${by}关于规范${t}有关事项的通知`, name: null, shortName: null }
  }
  const shape = random.int(0, 7)
  const plain = (title: string): Title => ({ title, name: null, shortName: null })
  switch (shape) {
    case 0: {
      const name = `${place}${year}年${t}工作要点`
      return { title: `${by}关于印发${name}的通知`, name, shortName: null }
    }
    case 1: {
      const name = `${place}${t}${random.pick(['工作方案', '实施方案', '三年行动计划', '专项整治方案'])}`
      return { title: `${by}关于印发${name}的通知`, name, shortName: null }
    }
    case 2:
      return plain(`${by}关于做好${year}年${t}工作的通知`)
    case 3:
      return plain(`${by}关于开展${t}${random.pick(['专项检查', '督查', '集中整治', '宣传月活动'])}的通知`)
    case 4:
      return plain(`${by}关于成立${place}${t}工作领导小组的通知`)
    case 5:
      return plain(`${by}关于${year}年度${t}工作情况的通报`)
    case 6:
      return plain(`${by}关于同意${place}${t}实施方案的批复`)
    default:
      return plain(`${by}关于调整${place}${t}${random.pick(['工作机构', '有关标准', '责任分工'])}的通知`)
  }
}
