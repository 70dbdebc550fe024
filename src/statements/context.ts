/**
 * What the statement rules share while they read one text: the statements
 * found so far and the tokens already read as a cue, a speaker or a quote.
 */
import type {AnalysedText} from '../extract/document.ts'
import {isDoubleMark, isQuoteMark} from '../extract/quote-marks.ts'
import type {TokenRange} from '../phrase/speaker-phrase.ts'
import type {Statement} from './statement.ts'

export interface Context {
  doc: AnalysedText
  statements: Statement[]
  /** Token ranges already used as cue or speaker phrase. */
  used: Uint8Array
  /** Quote-mark tokens of stretches read as direct or mixed speech. */
  quoted: Uint8Array
  /** `laporan itu` lookups so far (report-back): each reads every statement, so a text gets a bounded number. */
  reportLookups: number
}

/** A fresh context for one text. */
export function newContext(doc: AnalysedText): Context {
  return {doc, statements: [], used: new Uint8Array(doc.tokens.length), quoted: new Uint8Array(doc.tokens.length), reportLookups: 0}
}

/** Marks a range as read (a cue or a speaker phrase): no later rule reads a cue there. */
export function markUsed(context: Context, range: TokenRange | null): void {
  if (!range) return
  for (let k = range.first; k <= range.last; k++) context.used[k] = 1
}

/** How many words (not punctuation) the tokens `first`…`last` hold. */
export function wordCount(doc: AnalysedText, first: number, last: number): number {
  let count = 0
  for (let k = first; k <= last; k++) if (doc.tokens.at(k)!.word) count++
  return count
}

/** A unit or currency sign after a figure. */
const unitSign = /^(?:%|\$|°|‰)$/

/** Content of an indirect statement over a token range, trimmed of edge punctuation. */
export function rangeContent(doc: AnalysedText, first: number, last: number): [number, number] | null {
  const {tokens} = doc
  while (first <= last && !tokens.at(first)!.word && !isQuoteMark(tokens.at(first)!) && tokens.at(first)!.text !== '(') first++
  // A unit sign closes the clause's last figure (`0,15%`, `Rp 16.315/US$`): it stays.
  while (last >= first && !tokens.at(last)!.word && !isQuoteMark(tokens.at(last)!) && tokens.at(last)!.text !== ')' && !unitSign.test(tokens.at(last)!.text)) last--
  if (last < first || wordCount(doc, first, last) < 2) return null
  return [tokens.at(first)!.start, tokens.at(last)!.end]
}

/** Whether a quotation already read as speech lies in the range (a scare-quoted term does not count). */
export function quoteInside(context: Context, first: number, last: number): boolean {
  const {doc} = context
  for (let k = first; k <= last; k++) {
    if (isDoubleMark(doc.tokens.at(k)!) && doc.marks.insideOf[k]! >= 0 && context.quoted[k] === 1) return true
  }
  return false
}

/** The longest reported clause, in tokens: bounds the work per cue on text without sentence ends. */
export const maxClauseTokens = 200
