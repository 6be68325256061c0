/**
 * A 发文字号 as OCR reads it, put back in the shape GB/T 9704 prints: the year's brackets
 * 〔〕 come back as 【 [ ( （ and ] 】 ) ）, often unmatched, a stray closing bracket
 * turns up between the serial number and 号 (〔2019〕1号 read as 【2019] 1]号), and
 * spaces fall between the parts. A number that reads as one already (运政办发[2022]18号
 * is how some offices print it) is returned as read; so is anything not of that exact
 * shape — an issuer's code, a bracketed year, a serial, 号.
 */
import { parseDocumentNumber } from '../documents/documentNumber'

const OCR_NUMBER =
  /^\s*([\p{Script=Han}\p{L}]{1,20}?)\s*[【〔[(（〈<［]\s*((?:19|20)\d\d)\s*[】〕\])）〉>］]\s*(\d{1,4})\s*[】〕\])）〉>］]?\s*号\s*$/u

export function foldNumberShape(text: string): string {
  if (parseDocumentNumber(text).ok) return text
  const m = OCR_NUMBER.exec(text.normalize('NFKC'))
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : text
}
