/** What a comparison counts in (issue 22): 条 where the new text has articles, 段 otherwise. */
import type { TextComparison } from '../../../core/history/compareTexts'

export const comparisonUnitName = (comparison: Pick<TextComparison, 'shape'>): '条' | '段' =>
  comparison.shape === 'articles' ? '条' : '段'
