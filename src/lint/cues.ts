/**
 * Compiled matchers over the lexicon, shared by the rules (built once per process).
 */
import {anaphoricPronouns, postQuoteCues, speakerPronouns, speechVerbs} from '../lang/id/editorial.ts'
import {wordsRegex} from './words.ts'

const postQuoteForms = postQuoteCues.flatMap((cue) => [cue, cue + 'nya'])

/** Any reporting word: `kata`, `ujarnya`, `mengatakan`, `menurut` … */
export const anyCue = wordsRegex([...postQuoteForms, ...speechVerbs])

/** A cue right after a closing quote mark and its punctuation (`," kata Jeon`): captures the cue and the next word. */
export const cueWithSlot = new RegExp(
  '^[\\s,.!?…]{0,4}(' + wordsRegex(postQuoteForms, 'iu').source + ')(?:\\s+(\\p{L}+))?',
  'iu'
)

/** A `-nya` cue (`katanya`, `ujarnya`): its speaker is someone named before. */
export function isNyaCue(word: string): boolean {
  const lower = word.toLowerCase()
  return lower.endsWith('nya') && postQuoteCues.includes(lower.slice(0, -3))
}

export function isPostQuoteCue(word: string): boolean {
  return postQuoteForms.includes(word.toLowerCase())
}

export function isPronoun(word: string): boolean {
  return speakerPronouns.includes(word.toLowerCase())
}

export function isAnaphoricPronoun(word: string): boolean {
  return anaphoricPronouns.includes(word.toLowerCase())
}

/** Pronoun cues anywhere in a text: `lanjut dia`, `kata beliau`, `ujarnya`, `katanya`. */
export const pronounCue = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:(' +
    postQuoteCues.join('|') +
    ')nya|(' +
    postQuoteCues.join('|') +
    ')\\s+(' +
    anaphoricPronouns.join('|') +
    '))(?![\\p{L}\\p{N}])',
  'giu'
)

const cueWords = new Set([...postQuoteForms, ...speechVerbs].map((word) => word.toLowerCase()))

/** Whether one word is a reporting word (`kata`, `ujarnya`, `mengatakan`, `menurut` …). */
export function isCueWord(word: string): boolean {
  return cueWords.has(word.toLowerCase())
}

const introducers = new Set([...postQuoteCues, 'menurut', 'mengutip', 'dikutip'])

/** Whether the word right before a noun makes that noun the speaker: `kata sumber`, `menurut pejabat`, `mengutip sumber`. */
export function introducesSpeaker(word: string): boolean {
  return introducers.has(word.toLowerCase())
}
