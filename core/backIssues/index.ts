/** Reading printed back issues (PDF text or OCR) into their entries: the pure part. */
export { problemMessage, type BackIssueProblem } from './backIssueProblems'
export { characterErrors, comparableCharacters, editDistance, errorRate, similarity, type ErrorCount } from './characterErrorRate'
export { readContents, type Contents, type ContentsEntry } from './contentsPages'
export { contrastLevels, stretch, type Levels } from './contrastLevels'
export { pageFromHocr, type HocrOptions } from './hocr'
export { mastheadLabel, readIssueMasthead, type IssueMasthead } from './issueMasthead'
export { correctLine, foldMisreadCharacters, MISREAD_CHARACTERS } from './misreadCharacters'
export { pageNoise, type NoiseVerdict } from './pageNoise'
export type { PageText, TextLine, UncertainChar } from './pageText'
export { readingToJson, type BackIssueEntryJson, type BackIssueJson } from './readingJson'
export {
  readBackIssue,
  type BackIssueEntry,
  type BackIssuePage,
  type BackIssueReading,
  type PageRole,
  type ReadOptions,
} from './readBackIssue'
export { skewAngle, type SkewOptions } from './skewAngle'
export type { UncertainSpot } from './textBlocks'
export { linesFromRuns, type TextRun } from './textRuns'
