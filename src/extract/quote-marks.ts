/**
 * Pairs quote marks into quoted stretches, in every style Indonesian news
 * uses: `"…"`, `“…”`, `„…“`, `«…»`, Kompas print `”…”` (the same mark opens
 * and closes), and single marks `‘…’` inside a quote.
 *
 * Whether a mark opens or closes is read from its flanks (space before and a
 * word after opens; a word before and space or punctuation after closes) and,
 * where the flanks cannot tell (`.”Kami` in glued text), from whether a quote
 * is open. A quote never crosses a paragraph: an opening mark left unclosed
 * ends at the paragraph end, or just before the next opening mark, and is
 * marked unbalanced. One pass over the marks; no input can make it slower.
 */
import type {Token, TokenTable} from './tokens.ts'

export type QuoteFamily = 'double' | 'single'

export interface QuotedStretch {
  family: QuoteFamily
  /** Token index of the opening mark. */
  openToken: number
  /** Token index of the closing mark, or -1 when unbalanced. */
  closeToken: number
  /** Offset of the opening mark. */
  start: number
  /** Offset just after the closing mark (or the last token inside). */
  end: number
  /** Inside the marks. */
  contentStart: number
  contentEnd: number
  /** Index of the first and last token inside the marks. */
  firstInner: number
  lastInner: number
  unbalanced: boolean
  /** A single-mark stretch inside a double-mark one. */
  nested: boolean
}

export interface QuoteMarkScan {
  stretches: QuotedStretch[]
  /** Closing marks with no opening mark before them in their paragraph. */
  strayClosers: number[]
  /** For each token, the stretch index it is inside (outer marks included), or -1. */
  insideOf: Int32Array
}

const doubleMarks = new Set(['"', '“', '”', '„', '‟', '«', '»', '＂'])
const singleMarks = new Set(['\'', '‘', '’', '‚', '‹', '›'])
const preferOpen = new Set(['“', '„', '«', '‘', '‚', '‹', '‟'])
const preferClose = new Set(['»', '›'])
const openingPunctuation = new Set(['(', '[', '{', '—', '–', '-', ':', '/'])
/** Marks that end a sentence. */
export const terminal: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...'])

export function isQuoteMark(token: Token): boolean {
  return !token.word && (doubleMarks.has(token.text) || singleMarks.has(token.text))
}

export function isDoubleMark(token: Token): boolean {
  return !token.word && doubleMarks.has(token.text)
}

function family(token: Token): QuoteFamily | null {
  if (token.word) return null
  if (doubleMarks.has(token.text)) return 'double'
  if (singleMarks.has(token.text)) return 'single'
  return null
}

function canOpen(tokens: TokenTable, k: number): boolean {
  const next = tokens.at(k + 1)
  if (!next || next.spaceBefore || next.paragraphStart) return false
  if (isQuoteMark(next) && !next.word) return true
  const mark = tokens.at(k)!
  if (mark.spaceBefore || mark.paragraphStart || k === 0) return true
  const previous = tokens.at(k - 1)!
  return openingPunctuation.has(previous.text) || terminal.has(previous.text) || isQuoteMark(previous) || previous.text === ','
}

function canClose(tokens: TokenTable, k: number): boolean {
  const mark = tokens.at(k)!
  if (k === 0 || mark.spaceBefore || mark.paragraphStart) return false
  const previous = tokens.at(k - 1)!
  if (openingPunctuation.has(previous.text) && previous.text !== '-') return false
  const next = tokens.at(k + 1)
  return !next || next.spaceBefore || next.paragraphStart || !next.word || terminal.has(previous.text) || previous.text === ','
}

function closesBeforeCue(tokens: TokenTable, k: number, closesBefore: (word: Token) => boolean): boolean {
  const word = tokens.at(k + 1)
  const after = tokens.at(k + 2)
  return tokens.at(k - 1)?.text === ',' && word !== undefined && word.word && closesBefore(word) && (!after || !after.word)
}

/**
 * `closesBefore` names words that only follow a quote (`katanya`, `keluhnya`):
 * a mark set before one, with the space on the wrong side (`kami, ”keluhnya.`),
 * closes the open quote instead of opening another, and opens none where no
 * quote is open.
 */
export function scanQuoteMarks(tokens: TokenTable, closesBefore: (word: Token) => boolean = () => false): QuoteMarkScan {
  const stretches: QuotedStretch[] = []
  const strayClosers: number[] = []
  let openDouble = -1
  let openSingle = -1

  const emit = (open: number, close: number, lastInner: number, kind: QuoteFamily, nested: boolean): void => {
    const firstInner = open + 1
    if (lastInner < firstInner) return
    const openMark = tokens.at(open)!
    const closeMark = close >= 0 ? tokens.at(close)! : undefined
    stretches.push({
      family: kind,
      openToken: open,
      closeToken: close,
      start: openMark.start,
      end: closeMark ? closeMark.end : tokens.at(lastInner)!.end,
      contentStart: openMark.end,
      contentEnd: closeMark ? closeMark.start : tokens.at(lastInner)!.end,
      firstInner,
      lastInner,
      unbalanced: close < 0,
      nested
    })
  }

  // An unclosed single mark outside a quote is an apostrophe, not a quote: it is dropped at the paragraph end.
  const endParagraph = (lastToken: number): void => {
    if (openDouble >= 0) emit(openDouble, -1, lastToken, 'double', false)
    openDouble = -1
    openSingle = -1
  }

  for (let k = 0; k < tokens.length; k++) {
    const token = tokens.at(k)!
    if (token.paragraphStart && k > 0) endParagraph(k - 1)
    const kind = family(token)
    if (kind === null) continue
    const opens = canOpen(tokens, k)
    const closes = canClose(tokens, k)
    if (kind === 'double') {
      if (openDouble < 0) {
        if ((opens || !closes) && !preferClose.has(token.text) && tokens.at(k + 1) && !tokens.at(k + 1)!.paragraphStart && !closesBeforeCue(tokens, k, closesBefore)) {
          openDouble = k
          openSingle = -1
        } else {
          strayClosers.push(k)
        }
      } else if (opens && !closes && !(preferClose.has(token.text)) && !closesBeforeCue(tokens, k, closesBefore)) {
        // A new opening mark while one is open: the first was never closed.
        emit(openDouble, -1, k - 1, 'double', false)
        openDouble = k
        openSingle = -1
      } else if (preferOpen.has(token.text) && opens && !(closes && token.text === '“' && tokens.at(openDouble)!.text === '„')) {
        emit(openDouble, -1, k - 1, 'double', false)
        openDouble = k
        openSingle = -1
      } else {
        if (openSingle >= 0) openSingle = -1
        emit(openDouble, k, k - 1, 'double', false)
        openDouble = -1
      }
    } else {
      if (openSingle < 0) {
        if (opens && !closes) openSingle = k
      } else if (closes) {
        emit(openSingle, k, k - 1, 'single', openDouble >= 0)
        openSingle = -1
      } else if (opens) {
        openSingle = k
      }
    }
  }
  if (tokens.length > 0) endParagraph(tokens.length - 1)

  stretches.sort((a, b) => a.start - b.start || b.end - a.end)
  const insideOf = new Int32Array(tokens.length).fill(-1)
  stretches.forEach((stretch, index) => {
    if (stretch.nested) return
    for (let k = stretch.openToken; k <= (stretch.closeToken >= 0 ? stretch.closeToken : stretch.lastInner); k++) {
      if (insideOf[k] === -1) insideOf[k] = index
    }
  })
  return {stretches, strayClosers, insideOf}
}
