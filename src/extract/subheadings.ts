/**
 * Subheadings inside an article: a paragraph of one short line with no sentence-final punctuation and no quote
 * marks, followed by more of the article — numbered (`1. Mahasiswa menuntut UKT turun`, `2) Harga naik`) or not
 * (`Kronologi kejadian`, a bold heading once the markup is gone). A heading names what follows; it is no sentence of
 * the article: it reports no statement, and no one named in it is the subject a later `ujarnya` points back to.
 */
import {isQuoteMark} from './quote-marks.ts'
import type {Token, TokenTable} from './tokens.ts'

/** The most words and characters a subheading has. */
const longestHeadingWords = 12
const longestHeadingChars = 100

/** `1.`, `2)`: a list number opening the paragraph at `k`, then a capitalised word. */
function opensWithNumber(tokens: TokenTable, k: number, end: number): boolean {
  const number = tokens.at(k)!
  return /^\d{1,2}$/u.test(number.text) && k + 2 < end && (tokens.at(k + 1)!.text === '.' || tokens.at(k + 1)!.text === ')') && tokens.at(k + 2)!.capitalized
}

/** Whether the paragraph of tokens `[k, end)` is shaped like a subheading: one short line ending in a word. */
function headingShaped(text: string, tokens: TokenTable, k: number, end: number): boolean {
  const first = tokens.at(k)!
  const final = tokens.at(end - 1)!
  const line = text.slice(first.start, final.end)
  if (line.length > longestHeadingChars || line.includes('\n')) return false
  // A heading ends in a word: no full stop, question or exclamation mark, colon, bracket or quote mark.
  if (!final.word) return false
  let words = 0
  for (let j = k; j < end; j++) {
    const token = tokens.at(j)!
    if (isQuoteMark(token)) return false
    if (token.word && ++words > longestHeadingWords) return false
  }
  return opensWithNumber(tokens, k, end) || (first.word && first.capitalized)
}

/**
 * Marks the tokens of every subheading paragraph in `marks` (1), beside the paragraphs already marked there
 * (boilerplate). A subheading opens a paragraph of prose, after prose or boilerplate: a paragraph shaped like one
 * next to another such paragraph is a list (`4. Ketum Golkar …`, names of people one a line), one opening the text
 * is its title or dateline, and one before boilerplate or at the end of the text a signature (`Budi Santoso,
 * Pemerhati Politik`).
 */
export function markSubheadings(text: string, tokens: TokenTable, marks: Uint8Array): Uint8Array {
  const paragraphs: Array<{first: number; end: number; shaped: boolean}> = []
  let k = 0
  while (k < tokens.length) {
    let end = k + 1
    while (end < tokens.length && !tokens.at(end)!.paragraphStart) end++
    paragraphs.push({first: k, end, shaped: tokens.at(k)!.paragraphStart && marks[k] !== 1 && headingShaped(text, tokens, k, end)})
    k = end
  }
  const prose = (index: number): boolean => {
    const paragraph = paragraphs[index]
    return paragraph !== undefined && !paragraph.shaped && marks[paragraph.first] !== 1
  }
  paragraphs.forEach((paragraph, index) => {
    // (Boilerplate may stand before a heading: `Baca juga: …`.)
    const afterList = index > 0 && paragraphs[index - 1]!.shaped
    if (paragraph.shaped && index > 0 && !afterList && prose(index + 1)) marks.fill(1, paragraph.first, paragraph.end)
  })
  return marks
}
