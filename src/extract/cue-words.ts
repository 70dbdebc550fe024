/**
 * Reading cue words at a token: inverted (`kata`), anaphoric (`katanya`),
 * clausal (`mengatakan`), multi-word (`memberikan penilaian`), `menurut`.
 */
import type {AnalysedText} from './document.ts'
import {isQuoteMark} from './quote-marks.ts'

export type CueKind = 'inverted' | 'anaphoric' | 'clausal' | 'according' | 'citing'

export interface CueMatch {
  kind: CueKind
  first: number
  last: number
}

/** The cue that starts at token `k`, if any. Multi-word cues first. */
export function cueAt(doc: AnalysedText, k: number): CueMatch | null {
  const {tokens, language} = doc
  const token = tokens[k]
  if (!token || !token.word) return null
  // A capitalised cue word inside a sentence is part of a name or title (`UU … Kemerdekaan Menyampaikan Pendapat`).
  if (token.capitalized && k > 0 && doc.sentences[doc.sentenceOf[k]!]!.first !== k && !isQuoteMark(tokens[k - 1]!) && tokens[k - 1]!.text !== ',') return null
  const entry = cueWordsOf(language.cues).get(token.lower)
  if (entry === undefined) return null
  for (const phrase of entry.phrases) {
    if (phrase.every((word, n) => tokens[k + n]?.lower === word)) return {kind: 'clausal', first: k, last: k + phrase.length - 1}
  }
  return entry.kind === null ? null : {kind: entry.kind, first: k, last: k}
}

type CueLexicon = AnalysedText['language']['cues']

/**
 * Every word that may open a cue, with the multi-word cues it opens and its kind as a one-word cue (by the
 * precedence cueAt reads them in: according, anaphoric, citing, clausal, inverted): one lookup per word
 * instead of six. Built once per lexicon.
 */
function cueWordsOf(cues: CueLexicon): Map<string, {phrases: ReadonlyArray<readonly string[]>; kind: CueKind | null}> {
  let index = cueWordIndex.get(cues)
  if (!index) {
    index = new Map()
    for (const phrase of cues.phrases) if (!index.has(phrase[0]!)) index.set(phrase[0]!, {phrases: phrasesStartingWith(cues.phrases, phrase[0]!) ?? [], kind: null})
    const kinds: Array<[CueKind, ReadonlySet<string>]> = [['according', cues.according], ['anaphoric', cues.anaphoric], ['citing', cues.citing], ['clausal', cues.clausal], ['inverted', cues.inverted]]
    for (const [kind, words] of kinds) {
      for (const word of words) {
        const entry = index.get(word)
        if (!entry) index.set(word, {phrases: [], kind})
        else if (entry.kind === null) entry.kind = kind
      }
    }
    cueWordIndex.set(cues, index)
  }
  return index
}

const cueWordIndex = new WeakMap<CueLexicon, Map<string, {phrases: ReadonlyArray<readonly string[]>; kind: CueKind | null}>>()

/** The phrases of a lexicon list (cues, ranks) that start with `word`, indexed once per list (not every phrase at every word). */
export function phrasesStartingWith(phrases: ReadonlyArray<readonly string[]>, word: string): Array<readonly string[]> | undefined {
  let index = phrasesByFirst.get(phrases)
  if (!index) {
    index = new Map()
    for (const phrase of phrases) {
      const list = index.get(phrase[0]!)
      if (list) list.push(phrase)
      else index.set(phrase[0]!, [phrase])
    }
    phrasesByFirst.set(phrases, index)
  }
  return index.get(word)
}

const phrasesByFirst = new WeakMap<ReadonlyArray<readonly string[]>, Map<string, Array<readonly string[]>>>()

/** Whether the word before token `k` negates a saying (`tanpa mengatakan`). */
export function isNegated(doc: AnalysedText, k: number): boolean {
  const previous = doc.tokens[k - 1]
  if (!previous || !previous.word) return false
  if (doc.language.cues.negators.has(previous.lower)) return true
  const before = doc.tokens[k - 2]
  return previous.lower === 'akan' && before !== undefined && doc.language.cues.negators.has(before.lower)
}
