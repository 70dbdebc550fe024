/**
 * Where a speaker phrase runs after an inverted cue (`kata …`): right, over
 * role and affiliation appositives of any length, commas between
 * appositives, lists inside organisation names, short names in brackets,
 * initials and honorifics with their dots.
 */
import type {AnalysedText} from '../extract/document.ts'
import {isQuoteMark} from '../extract/quote-marks.ts'
import {chunkStart} from './phrase-before.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {isHonorific, isInitial, isNameLike, isNumber, isPlaceWord, isRoleWord} from './word-classes.ts'
import {isConnector, lexiconWord} from './words.ts'

/** A parenthesis holding an acronym or an age: `(KCNA)`, `(37)`. Returns its last token, or -1. */
function parenthetical(doc: AnalysedText, k: number, limit: number): number {
  const {tokens} = doc
  if (tokens.at(k)?.text !== '(' || k + 2 > limit) return -1
  const inner = tokens.at(k + 1)!
  const close = tokens.at(k + 2)!
  if (close.text === ')' && inner.word && (isNumber(inner) || inner.capitalized)) return k + 2
  // A short name of several capitalised words (`PT Kereta Commuter Indonesia (KAI Commuter) Wiwik …`).
  for (let j = k + 1; j <= limit && j - k <= maxParentheticalWords; j++) {
    const token = tokens.at(j)!
    if (token.text === ')') return j > k + 2 ? j : -1
    if (!token.word || !token.capitalized) return -1
  }
  return -1
}

/** Words a parenthetical short name inside a speaker phrase may have. */
const maxParentheticalWords = 4

/**
 * The phrase that starts at token `k` after an inverted cue, up to `limit`.
 * Returns null when nothing there can name a speaker.
 */
export function phraseAfter(doc: AnalysedText, k: number, limit: number): TokenRange | null {
  const {tokens, language} = doc
  let last = k - 1
  let sawCapital = false
  let chunkHasName = false
  let chunkStart = k
  for (let j = k; j <= limit; j++) {
    const token = tokens.at(j)!
    if (token.paragraphStart && j > k) break
    if (token.word) {
      const next = tokens.at(j + 1)
      if (token.capitalized || /^\p{N}/u.test(token.text)) {
        if (language.text.calendar.has(token.lower) && sawCapital) break
        if (token.capitalized) sawCapital = true
        if (isNameLike(doc, token)) chunkHasName = true
        last = j
        continue
      }
      if (language.cues.complementizers.has(token.lower) || language.cues.clausal.has(token.lower)) break
      // `kata politisi senior Partai Golkar ini.`: a demonstrative closing the phrase points back.
      if (language.text.demonstratives.has(token.lower) && (!next || !next.word)) {
        if (last >= k) last = j
        break
      }
      if (language.text.phraseStops.has(token.lower)) {
        const joinsAffiliation =
          language.text.affiliationPrepositions.has(token.lower) && !language.text.occasionPrepositions.has(token.lower) &&
          next !== undefined &&
          next.capitalized &&
          !language.text.calendar.has(next.lower) &&
          (!sawCapital || !chunkHasName)
        if (joinsAffiliation) {
          last = j
          continue
        }
        break
      }
      if (language.text.demonstratives.has(token.lower)) {
        if (last >= k) last = j
        break
      }
      if (!sawCapital || (lexiconWord(doc, token) && next?.capitalized) || (isConnector(doc, token) && next?.capitalized)) {
        if (j === k && language.cues.negators.has(token.lower)) return null
        last = j
        continue
      }
      break
    }
    if (token.text === ',') {
      // Appositives: `Kepala Dusun Nglahar, Kelurahan Sumbersari, …, Wahyu Wibowo`.
      let next = tokens.at(j + 1)
      // `Bidang Politik, Hukum, dan Keamanan`: a list inside a name.
      if (next && language.text.nameConnectors.has(next.lower) && tokens.at(j + 2)?.capitalized) next = tokens.at(j + 2)
      // `kata juru bicara delegasi, Lestari Wulandari`: a description, then the name.
      const describedName = !sawCapital && next !== undefined && isNameLike(doc, next) && (isRoleWord(doc, tokens.at(k)!) || language.persons.anonymousHeads.has(tokens.at(k)!.lower))
      if (describedName) {
        chunkStart = j + 1
        continue
      }
      if (!next || !next.capitalized || language.text.calendar.has(next.lower) || !sawCapital || j - k > 30) break
      // `ujar Rahmad Saleh, Kepala Balai …`: a bare name, then its appositive; `…, M.Sc.`: a degree.
      if (bareName(doc, chunkStart, j - 1) || isDegree(doc, j + 1)) break
      chunkStart = j + 1
      if (isQuoteMark(next)) break
      chunkHasName = false
      continue
    }
    if (token.text === '/' && sawCapital && tokens.at(j + 1)?.capitalized) continue
    const closing = parenthetical(doc, j, limit)
    if (closing > 0) {
      last = closing
      j = closing
      continue
    }
    // `M. Razi`, `Prof. Dr. …`, `H. Darmawan`: the dot of an initial, honorific or title abbreviation.
    if (token.text === '.' && j > k && ((isInitial(tokens.at(j - 1)!) && tokens.at(j - 1)!.text.length === 1) || isHonorific(doc, tokens.at(j - 1)!))) {
      last = j
      continue
    }
    break
  }
  while (last >= k && !tokens.at(last)!.word && tokens.at(last)!.text !== ')') last--
  const closingDemonstrative = (j: number): boolean => language.text.demonstratives.has(tokens.at(j)!.lower) && !tokens.at(j + 1)?.word
  while (last >= k && tokens.at(last)!.word && (isConnector(doc, tokens.at(last)!) || language.text.phraseStops.has(tokens.at(last)!.lower)) && !closingDemonstrative(last)) last--
  return last >= k ? {first: k, last} : null
}

/** An academic degree written with dots after a name (`M.Sc`, `S.H.`, `Ph.D`). */
function isDegree(doc: AnalysedText, k: number): boolean {
  const {tokens} = doc
  let letters = ''
  for (let j = k; j < tokens.length && j - k < 6; j++) {
    const token = tokens.at(j)!
    if (j > k && token.spaceBefore) break
    if (token.text !== '.') letters += token.lower
  }
  return letters.length > 1 && isHonorificWord(doc, letters)
}

function isHonorificWord(doc: AnalysedText, word: string): boolean {
  return doc.language.persons.honorifics.has(word)
}

/** A chunk that is only a name (`Rahmad Saleh`, `Prof. Dr. Darmawan Saputra`), no role or place words. */
function bareName(doc: AnalysedText, first: number, last: number): boolean {
  if (last < first) return false
  let names = 0
  for (let j = first; j <= last; j++) {
    const token = doc.tokens.at(j)!
    if (token.text === '.' || isHonorific(doc, token)) continue
    if (!(isNameLike(doc, token) || isInitial(token)) || isPlaceWord(doc, token)) return false
    names++
  }
  return names > 0
}
