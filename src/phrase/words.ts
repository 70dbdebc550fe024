/**
 * Small questions about the words of a phrase: connectors, lexicon words,
 * function words, ranks of several words, and where a capital comes from the
 * word's place alone.
 */
import type {AnalysedText} from '../extract/document.ts'
import type {Token} from '../extract/tokens.ts'
import {ANONYMOUS_HEAD, FOREIGN_CONNECTOR, FUNCTION_WORD, GROUP_HEAD, isHonorific, isNameLike, NAME_PARTICLE, ORGANIZATION, ROLE, tokenLexiconBits} from './word-classes.ts'
import {sentenceStart} from '../extract/sentences.ts'

/** The text of tokens `first`…`last`, as written (empty when `last < first`). */
export function slice(doc: AnalysedText, first: number, last: number): string {
  if (last < first) return ''
  return doc.text.slice(doc.tokens.at(first)!.start, doc.tokens.at(last)!.end)
}

/** A word that joins the parts of an organisation's name (`Bidang Politik, Hukum, dan Keamanan`, `untuk`, `&`). */
export function isConnector(doc: AnalysedText, token: Token): boolean {
  return doc.language.text.nameConnectors.has(token.lower)
}

/** A word that joins the fields of a body's long name: a name connector or `serta` (`… Permukiman serta Pertanahan`). */
export function joinsFields(doc: AnalysedText, token: Token): boolean {
  return isConnector(doc, token) || doc.language.text.fieldConnectors.has(token.lower)
}

/** A word the lexicon knows as part of a title, body or name: role, organisation word, source or group noun, particle, honorific. */
export function lexiconWord(doc: AnalysedText, token: Token): boolean {
  return (tokenLexiconBits(doc, token) & (ROLE | ANONYMOUS_HEAD | GROUP_HEAD | NAME_PARTICLE | FOREIGN_CONNECTOR | ORGANIZATION)) !== 0 ||
    isHonorific(doc, token)
}

/** Conjunctions, prepositions and adverbs: capitalised at a sentence start, never a name. */
export function isFunctionWord(doc: AnalysedText, token: Token): boolean {
  return (tokenLexiconBits(doc, token) & FUNCTION_WORD) !== 0
}

/** Whether a word sequence of the lexicon starts at token `j`. */
export function sequenceAt(doc: AnalysedText, j: number, words: readonly string[]): boolean {
  return words.every((word, n) => doc.tokens.at(j + n)?.lower === word)
}

/** Whether every word from `first` to `last` (at least one) is a name word. */
export function allNameLike(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (!isNameLike(doc, doc.tokens.at(j)!)) return false
  return last >= first
}

/** The first token from `first` to `last` whose lower-case text is in `words`, or -1. */
export function findWord(doc: AnalysedText, first: number, last: number, words: ReadonlySet<string>): number {
  for (let j = first; j <= last; j++) if (words.has(doc.tokens.at(j)!.lower)) return j
  return -1
}

/** The last token from `first` to `last` whose lower-case text is in `words` (searching backwards), or -1. */
export function findLastWord(doc: AnalysedText, first: number, last: number, words: ReadonlySet<string>): number {
  for (let j = last; j >= first; j--) if (words.has(doc.tokens.at(j)!.lower)) return j
  return -1
}

/** The last token of a multi-word rank starting at `j` (`Komisaris Besar`), or -1. */
export function rankAt(doc: AnalysedText, j: number, last: number): number {
  const {tokens} = doc
  if (!tokens.at(j)!.capitalized) return -1
  let best = -1
  for (const rank of doc.lexicon.ranksByFirst.get(tokens.at(j)!.lower) ?? []) {
    if (rank.length < 2 || j + rank.length - 1 > last) continue
    let matches = true
    for (let n = 0; n < rank.length; n++) if (tokens.at(j + n)!.lower !== rank[n]) matches = false
    if (matches) best = Math.max(best, j + rank.length - 1)
  }
  return best
}

/**
 * Whether the capital of the word at `k` may come from its place alone: it
 * opens a sentence or follows a mark (`“Namun`, `(Selain`). Inside a
 * sentence, a word the text also writes in lower case is capitalised as part
 * of a name (`Kejaksaan Agung Hari Setiyono`).
 */
export function capitalizedByPosition(doc: AnalysedText, k: number): boolean {
  const previous = doc.tokens.at(k - 1)
  return previous === undefined || !previous.word || sentenceStart(doc, k) === k
}
