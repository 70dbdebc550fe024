/**
 * Compiled matchers over the lexicon, shared by the rules (built once per process).
 */
import {getLanguage} from '../lang/index.ts'
import {CaseFreePattern, wordList, wordsAlternation} from './words.ts'

const language = getLanguage('id')
const {anaphoricPronouns, postQuoteCues, speakerIntroducers, speakerPronouns, speechVerbs} = language.editorial
/** The suffix of a `-nya` cue (`ujarnya`): the language's possessive. */
const nya = language.morphology.possessiveSuffix
const postQuoteForms = postQuoteCues.flatMap((cue) => [cue, cue + nya])

/** Any reporting word: `kata`, `ujarnya`, `mengatakan`, `menurut` … */
export const anyCue = wordList([...postQuoteForms, ...speechVerbs])

const postQuoteLower = postQuoteForms.map((word) => word.toLowerCase())
/** A cue right after a closing quote mark and its punctuation (`," kata Jeon`): the punctuation, the cue, the space and the next word. */
const cueWithSlot = new CaseFreePattern(
  '^([\\s,.!?…]{0,4})((?<![\\p{L}\\p{N}])(?:' + wordsAlternation(postQuoteLower) + ')(?![\\p{L}\\p{N}]))(?:(\\s+)(\\p{L}+))?',
  'u',
  postQuoteLower
)

export interface CueAtQuote {
  /** The cue as written (`kata`, `Ujarnya`). */
  cue: string
  /** The word after the cue, if any (`Jeon`, `dia`). */
  slot: string | undefined
  /** Offset of the cue in the text. */
  start: number
}

/** The cue standing at `offset` after at most four spaces or punctuation marks (`," kata Jeon` from after the closing mark). */
export function cueStartingAt(text: string, offset: number): CueAtQuote | undefined {
  const after = text.slice(offset, offset + 59)
  const {regex, subject} = cueWithSlot.on(after)
  const match = regex.exec(subject)
  if (!match) return undefined
  // Offsets in the lower-case subject are offsets in `after`: read the words as written.
  const cueStart = match[1].length
  const cueEnd = cueStart + match[2].length
  const slotStart = cueEnd + (match[3]?.length ?? 0)
  return {
    cue: after.slice(cueStart, cueEnd),
    slot: match[4] === undefined ? undefined : after.slice(slotStart, slotStart + match[4].length),
    start: offset + cueStart
  }
}

const postQuoteCueSet = new Set(postQuoteCues)
const speakerPronounSet = new Set(speakerPronouns)
const anaphoricPronounSet = new Set(anaphoricPronouns)

/** A `-nya` cue (`katanya`, `ujarnya`): its speaker is someone named before. */
export function isNyaCue(word: string): boolean {
  const lower = word.toLowerCase()
  return lower.endsWith(nya) && postQuoteCueSet.has(lower.slice(0, -nya.length))
}

export function isPronoun(word: string): boolean {
  return speakerPronounSet.has(word.toLowerCase())
}

export function isAnaphoricPronoun(word: string): boolean {
  return anaphoricPronounSet.has(word.toLowerCase())
}

const {pluralPronouns} = language.persons

/** A plural pronoun (`mereka`): it may stand for a group named by a common noun (`warga`), not a named speaker. */
export function isPluralPronoun(word: string): boolean {
  return pluralPronouns.has(word.toLowerCase())
}

const introducers = new Set(speakerIntroducers)

/** Whether the word right before a noun makes that noun the speaker: `kata sumber`, `menurut pejabat`, `mengutip sumber`. */
export function introducesSpeaker(word: string): boolean {
  return introducers.has(word.toLowerCase())
}
