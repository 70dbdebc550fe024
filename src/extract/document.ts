/**
 * The analysed document every later stage reads: the text, its tokens,
 * quote marks, paragraphs and sentences, and what the text itself teaches
 * about its words (which capitalised words also appear in lower case, which
 * follow a locative preposition and so name places, which acronyms it
 * defines). Everything derived from the text is computed here, once, or held
 * here as the later stages fill it (`memo`): no stage keeps state of its own
 * about a text.
 */
import {splitGluedCues} from './glued-cues.ts'
import type {Language} from '../lang/language.ts'
import {definedAcronyms, organizationAcronyms, type DefinedAcronym, type DefinedOrganization} from './defined-acronyms.ts'
import {lexiconTables, type LexiconTables} from './lexicon-tables.ts'
import {scanQuoteMarks, type QuoteMarkScan} from './quote-marks.ts'
import {sentenceOfToken, splitSentences, type Sentence} from './sentences.ts'
import {markSubheadings} from './subheadings.ts'
import {tokenize, type Token, type TokenTable} from './tokens.ts'

/**
 * The text base: a text's tokens, quote marks and sentences, read once. The
 * engine's analysis starts from it, and lint and verify read the same one
 * (src/text/reading.ts), so a word, a quote or a sentence is the same thing to
 * all of them.
 */
export interface TextBase {
  /** The text the base was read from (its offsets index it). */
  readonly text: string
  /** The language it was read in (its cues end quotes and sentences). */
  readonly language: Language
  readonly tokens: TokenTable
  readonly marks: QuoteMarkScan
  readonly sentences: Sentence[]
}

/**
 * Reads the text base of `text`: tokens, then quote marks over them, then sentences over both. `keepTokensBelow`: the
 * size below which the token table keeps an object per token (src/extract/token-table.ts; tests give another).
 */
export function readTextBase(text: string, language: Language, keepTokensBelow?: number): TextBase {
  const tokens = splitGluedCues(tokenize(text, keepTokensBelow), language)
  // A `-nya` cue (`katanya`) only follows a quote: a mark before one closes.
  const marks = scanQuoteMarks(tokens, (word) => language.cues.anaphoric.has(word.lower))
  return {text, language, tokens, marks, sentences: splitSentences(tokens, marks, language)}
}

export interface AnalysedText {
  text: string
  language: Language
  tokens: TokenTable
  marks: QuoteMarkScan
  sentences: Sentence[]
  sentenceOf: Int32Array
  /** Words seen in lower case somewhere in the text. */
  lowerVocabulary: Set<string>
  /** Capitalised words seen after a locative preposition (`di Bogor`): places. */
  placeWords: Set<string>
  /** Offset where the article body starts (after the dateline), 0 when none. */
  readonly bodyStart: number
  /**
   * Single names the text uses on their own next to a cue (`kata Parwati`,
   * `Menurut Haris,`): where a longer run holds one of them, the person's
   * name starts there (`OCBC NISP Parwati Surjaudaja` → `Parwati Surjaudaja`).
   */
  shortNames: Set<string>
  /** The short names among them that follow a cue (`kata Parwati`, `Menurut Haris`): a person's, never an organisation's subject. */
  shortNamesAfterCues: Set<string>
  /** Capitalised words by lower-case text: token indices in order. */
  capitals: Map<string, number[]>
  /** Tokens of site boilerplate paragraphs (`Baca juga: …`, `SCROLL TO CONTINUE …`) and of subheadings (`subheadings.ts`): never statements. */
  boilerplate: Uint8Array
  /** Acronyms the body defines in parentheses (`Korea Selatan (Korsel)`), in text order. */
  definedAcronyms: DefinedAcronym[]
  /** Short names the body defines for organisations, in lower case, with their long forms (`(Aprindo)`). */
  organizationAcronyms: ReadonlyMap<string, DefinedOrganization>
  /** The language's lexicon tables (built once per language). */
  lexicon: LexiconTables
  /** What the phrase readers derive from the text, filled as they ask: each answer computed once per text. */
  memo: PhraseMemo
}

/** Answers about words and runs of words, asked again and again by the phrase readers (src/phrase). */
export interface PhraseMemo {
  /** Per token: 0 not asked yet, 1 a name word, 2 not (isNameLike). */
  nameLike: Int8Array
  /** Per token: 0 not asked yet, else 1 + the index of the word's kind on its own (name-run.ts). */
  wordKind: Int8Array
  /** Per token: 0 not asked yet, else 1 + its lexicon classes (src/phrase/word-classes.ts `tokenLexiconBits`). */
  lexiconBits: Uint8Array
  /** The last run of name words in a token range, by `first * 64 + (last - first)` (ranges under 64 tokens). */
  nameRuns: Map<number, {first: number; last: number} | null>
  /** Where a name starts in a token range, keyed as `nameRuns`. */
  nameStarts: Map<number, number>
}

const lowerStart = /^\p{Ll}/u

function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  return lowerStart.test(text)
}

/**
 * Analyses a text whose article body starts at `bodyStart` (after a dateline),
 * from its text base when the caller has already read it (lint does), else
 * reading it here.
 */
export function analyse(text: string, language: Language, bodyStart = 0, base?: TextBase): AnalysedText {
  const {tokens, marks, sentences} = base !== undefined && base.text === text && base.language === language ? base : readTextBase(text, language)
  const lowerVocabulary = new Set<string>()
  const capitals = new Map<string, number[]>()
  const placeWords = new Set<string>()
  const {shortNames, shortNamesAfterCues} = shortNamesAtCues(tokens, language)
  const acronyms = definedAcronyms(tokens, language, bodyStart)
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens.at(k)!
    if (!token.word) continue
    if (!token.capitalized && startsLowerCase(token.text)) lowerVocabulary.add(token.lower)
    if (token.capitalized) {
      const list = capitals.get(token.lower)
      if (list) list.push(k)
      else capitals.set(token.lower, [k])
    }
    const previous = tokens.at(k - 1)
    if (token.capitalized && previous && language.text.locatives.has(previous.text) && !language.persons.organizationHeads.has(token.lower)) {
      placeWords.add(token.lower)
      // `di Phnom Penh sebelum …`: a place of two words, the run ending there, is a place in both.
      const second = tokens.at(k + 1)
      const after = tokens.at(k + 2)
      if (second && second.word && second.capitalized && second.spaceBefore && !second.allCaps && !shortNames.has(second.lower) &&
        !language.persons.organizationHeads.has(second.lower) && !language.persons.roleHeads.has(second.lower) &&
        (!after || !after.word || !after.capitalized)) placeWords.add(second.lower)
    }
    // `Kota Diding` is no place where the text says `kata Diding`.
    if (token.capitalized && previous && language.text.placeNouns.has(previous.lower) && !shortNames.has(token.lower) && !(tokens.at(k - 2) && language.persons.compoundRoles.has(tokens.at(k - 2)!.lower + ' ' + previous.lower)) && !language.persons.organizationHeads.has(token.lower)) {
      placeWords.add(token.lower)
    }
  }
  return {
    text,
    language,
    tokens,
    marks,
    sentences,
    sentenceOf: sentenceOfToken(sentences, tokens.length),
    lowerVocabulary,
    placeWords,
    bodyStart,
    shortNames,
    shortNamesAfterCues,
    capitals,
    boilerplate: markSubheadings(text, tokens, boilerplateTokens(text, tokens, language)),
    definedAcronyms: acronyms,
    organizationAcronyms: organizationAcronyms(text, tokens, language, acronyms),
    lexicon: lexiconTables(language),
    memo: {nameLike: new Int8Array(tokens.length), wordKind: new Int8Array(tokens.length), lexiconBits: new Uint8Array(tokens.length), nameRuns: new Map(), nameStarts: new Map()}
  }
}

/** Paragraphs that open with a boilerplate phrase of news sites (`Baca juga:`). */
function boilerplateTokens(text: string, tokens: TokenTable, language: Language): Uint8Array {
  const marks = new Uint8Array(tokens.length)
  let k = 0
  while (k < tokens.length) {
    let end = k + 1
    while (end < tokens.length && !tokens.at(end)!.paragraphStart) end++
    const head = text.slice(tokens.at(k)!.start, tokens.at(k)!.start + 40).toLowerCase()
    if (language.text.boilerplate.some((prefix) => head.startsWith(prefix))) marks.fill(1, k, end)
    k = end
  }
  return marks
}

/** A long word ending in the possessive suffix (`Tujuannya`, `Alasannya`): a noun, never a name. */
export function isPossessiveNoun(token: Token, language: Language): boolean {
  return (possessedStem(token, language)?.length ?? 0) >= 4
}

/** The word without its possessive suffix (`suaminya` → `suami`), or null when it has none. */
export function possessedStem(token: Token, language: Language): string | null {
  const suffix = language.morphology.possessiveSuffix
  return token.lower.length > suffix.length && token.lower.endsWith(suffix) ? token.lower.slice(0, -suffix.length) : null
}

function shortNamesAtCues(tokens: TokenTable, language: Language): {shortNames: Set<string>; shortNamesAfterCues: Set<string>} {
  const names = new Set<string>()
  const afterCues = new Set<string>()
  const {cues} = language
  for (let k = 1; k + 1 < tokens.length; k++) {
    const token = tokens.at(k)!
    if (!token.capitalized || token.allCaps) continue
    const before = tokens.at(k - 1)!
    const after = tokens.at(k + 1)!
    if (after.capitalized) continue
    const cueBefore = before.word && (cues.inverted.has(before.lower) || cues.according.has(before.lower))
    const cueAfter = after.word && cues.clausal.has(after.lower) && (!before.word || token.paragraphStart) && !isPossessiveNoun(token, language)
    if (cueBefore || cueAfter) names.add(token.lower)
    if (cueBefore) afterCues.add(token.lower)
  }
  return {shortNames: names, shortNamesAfterCues: afterCues}
}
