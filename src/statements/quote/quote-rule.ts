/**
 * A quote rule and the quotation it reads. Quote rules are tried in the order
 * of `quoteRules` (rules.ts): the first that applies to a quotation decides
 * it, reading a statement or leaving the quotation none.
 */
import type {AnalysedText} from '../../extract/document.ts'
import {isQuoteMark, type QuotedStretch} from '../../extract/quote-marks.ts'
import type {Sentence} from '../../extract/sentences.ts'
import {wordCount, type Context} from '../context.ts'
import type {StatementReading} from '../statement.ts'
import {cueAfterQuote, type CueAfterQuote} from './cue-after.ts'
import {cueBeforeQuote, type CueBeforeQuote} from './cue-before.ts'

export interface QuoteRule<Id extends string = string> {
  /** The rule's id: the graph's `rule` before the slash. */
  readonly id: Id
  /** What the rule reads, in one line (docs/engine.md lists it). */
  readonly reads: string
  /** Whether the rule decides this quotation. */
  applies(site: QuoteSite): boolean
  /** The statement the quotation makes, or null when it makes none. */
  read(site: QuoteSite): StatementReading | null
}

/** A quote rule, its id kept as a literal type (so the ids make a union). */
export function quoteRule<const Id extends string>(rule: QuoteRule<Id>): QuoteRule<Id> {
  return rule
}

/** One quotation and what the rules ask about it, each answered once. */
export class QuoteSite {
  readonly doc: AnalysedText
  #sentence: Sentence | undefined
  #words = -1
  #after: CueAfterQuote | null | undefined
  #before: CueBeforeQuote | null | undefined

  constructor(
    readonly context: Context,
    readonly stretch: QuotedStretch,
    /** The stretch's index in `doc.marks.stretches`. */
    readonly index: number,
    /** Statement index by stretch index, for the quotations read so far (not those inside quotes). */
    readonly byStretch: Map<number, number>
  ) {
    this.doc = context.doc
  }

  get sentence(): Sentence {
    return (this.#sentence ??= this.doc.sentences[this.doc.sentenceOf[this.stretch.openToken]!]!)
  }

  /** Words inside the marks. */
  get words(): number {
    if (this.#words < 0) this.#words = wordCount(this.doc, this.stretch.firstInner, this.stretch.lastInner)
    return this.#words
  }

  /** The quotation opens its sentence. */
  get atStart(): boolean {
    return this.stretch.openToken === this.sentence.first
  }

  /** After a title word (`bertajuk`, `media`): a title or a name, not speech. */
  get afterTitleWord(): boolean {
    const before = this.doc.tokens.at(this.stretch.openToken - 1)
    return before !== undefined && before.word && this.doc.language.text.titleMarkers.has(before.lower)
  }

  /** The cue and speaker after the closing mark, if any. */
  get after(): CueAfterQuote | null {
    if (this.#after === undefined) this.#after = this.stretch.closeToken >= 0 ? cueAfterQuote(this.doc, this.stretch.closeToken + 1, this.sentence) : null
    return this.#after
  }

  /** The cue and speaker before the opening mark, if any (none for a quotation that opens its sentence). */
  get before(): CueBeforeQuote | null {
    if (this.#before === undefined) this.#before = this.atStart ? null : cueBeforeQuote(this.doc, this.stretch.openToken, this.sentence)
    return this.#before
  }

  /** The fields every statement of this quotation has. */
  base(): Pick<StatementReading, 'contentStart' | 'contentEnd' | 'firstToken' | 'lastToken' | 'addressee' | 'citing' | 'sharesSpeakerWith' | 'continues' | 'unbalanced' | 'sentence'> {
    const [contentStart, contentEnd] = quoteContent(this.doc, this.stretch)
    return {
      contentStart,
      contentEnd,
      firstToken: this.stretch.firstInner,
      lastToken: this.stretch.lastInner,
      addressee: null,
      citing: null,
      sharesSpeakerWith: null,
      continues: null,
      unbalanced: this.stretch.unbalanced,
      sentence: this.sentence.index
    }
  }
}

/** The quotation's last inner token is a comma, full stop, question or exclamation mark, or an ellipsis. */
export function endsWithTerminal(doc: AnalysedText, stretch: QuotedStretch): boolean {
  const last = doc.tokens.at(stretch.lastInner)!
  return last.text === ',' || last.text === '.' || last.text === '?' || last.text === '!' || last.text === '…' || last.text === '...'
}

/** Content offsets of a quote, without the quote's own closing comma or full stop. */
export function quoteContent(doc: AnalysedText, stretch: QuotedStretch): [number, number] {
  let last = stretch.lastInner
  const {tokens} = doc
  while (last >= stretch.firstInner && (tokens.at(last)!.text === ',' || tokens.at(last)!.text === '.' || tokens.at(last)!.text === ';' || tokens.at(last)!.text === ':')) last--
  if (last < stretch.firstInner) return [stretch.contentStart, stretch.contentStart]
  let first = stretch.firstInner
  while (first < last && isQuoteMark(tokens.at(first)!) && doc.marks.insideOf[first] !== doc.marks.insideOf[stretch.openToken]) first++
  return [tokens.at(first)!.start, tokens.at(last)!.end]
}
