/**
 * The fullest form of a name in the text. A speaker named by one word
 * (`kata Haris`) is the person the text names in full somewhere
 * (`Direktur Lokataru Haris Azhar`): the run of name words around any
 * occurrence of that word, the longest, nearest before the mention first.
 */
import type {AnalysedText} from '../extract/document.ts'
import type {Token} from '../extract/tokens.ts'
import type {TokenRange} from '../phrase/speaker-phrase.ts'
import {isNamePartWord, opensWithCompany} from '../phrase/name-run.ts'
import {trimNameStart} from '../phrase/name-start.ts'
import {taggedNameEnding} from '../phrase/tagged-names.ts'
import {isInitial, isNameLike, isPlaceWord, joinsTwoNames} from '../phrase/word-classes.ts'

function isNamePart(doc: AnalysedText, k: number): boolean {
  const token = doc.tokens.at(k)
  if (!token) return false
  if (token.text === '.' && isInitial(doc.tokens.at(k - 1) ?? token) && doc.tokens.at(k - 1)!.text.length === 1) return true
  if (isPlaceWord(doc, token)) return false
  return isNameLike(doc, token) || (isInitial(token) && token.text.length <= 2)
}

/** The run of name words around token `k`, trimmed like a speaker's name. */
export function nameRunAround(doc: AnalysedText, k: number): TokenRange {
  const {tokens} = doc
  let first = k
  let last = k
  const joined = (j: number): boolean => !tokens.at(j)!.paragraphStart && (tokens.at(j)!.spaceBefore || tokens.at(j)!.text === '.' || tokens.at(j - 1)!.text === '.')
  const sandwiched = (j: number): boolean => isNamePartWord(doc, tokens.at(j)!) && isNamePart(doc, j - 1) && isNamePart(doc, j + 1)
  while (first - 1 >= 0 && joined(first) && (isNamePart(doc, first - 1) || sandwiched(first - 1)) && k - first < 6) first--
  while (last + 1 < tokens.length && joined(last + 1) && (isNamePart(doc, last + 1) || sandwiched(last + 1)) && last - k < 6) last++
  // A word the lexicon knows may close a name (`Juda Agung menjabat`), as in a speaker phrase.
  const closing = tokens.at(last + 1)
  const afterClosing = tokens.at(last + 2)
  if (closing && joined(last + 1) && isNamePartWord(doc, closing) && (!afterClosing || !afterClosing.word || !afterClosing.capitalized)) last++
  while (last > k && !tokens.at(last)!.word) last--
  while (first < k && !tokens.at(first)!.word) first++
  // `BPBD Garut Yusuf Mahendra`: after a head that takes a place, the first word is the place; so is it after a point
  // of the compass that opens the place (`Bupati Kulon Progo Sutarjo Wibowo`).
  const {placeTakingHeads, compassWords} = doc.language.persons
  const takesPlace = (token: Token | undefined): boolean => token !== undefined && token.word && placeTakingHeads.has(token.lower)
  const head = tokens.at(first - 1)
  const opensPlace = takesPlace(head) || (head !== undefined && compassWords.has(head.lower) && takesPlace(tokens.at(first - 2)))
  if ((opensPlace || opensWithCompany(doc, first, last)) && last - first >= 2 && first < k) first++
  // `Deputi Bidang Ketersediaan dan Distribusi Pangan Bapanas Budi Santoso`: after a unit's `dan`, the trained reader
  // says where the name starts (as the phrase readers do: name-run.ts).
  const tagged = taggedNameEnding(doc, first, last)
  if (tagged && tagged.first <= k) first = tagged.first
  return {first: Math.min(trimNameStart(doc, first, last), k), last}
}

export function fullestForm(doc: AnalysedText, words: Set<string>, near: number): {range: TokenRange; words: string[]} | null {
  const index = doc.capitals
  let best: {range: TokenRange; words: string[]; distance: number} | null = null
  for (const word of words) {
    for (const k of index.get(word) ?? []) {
      if (doc.marks.insideOf[k]! >= 0 || doc.tokens.at(k)!.start < doc.bodyStart) continue
      const range = nameRunAround(doc, k)
      // A candidate pair (`Daniel Mutaqien-Taufik Hidayat`) is no one's fullest name.
      if (joinsTwoNames(doc, range.first, range.last)) continue
      const runWords: string[] = []
      for (let j = range.first; j <= range.last; j++) {
        const token = doc.tokens.at(j)!
        if (token.word) runWords.push(...token.lower.split(/[-‐]/u))
      }
      const set = new Set(runWords)
      let covers = true
      for (const wanted of words) if (!set.has(wanted)) covers = false
      if (!covers || runWords.length <= words.size) continue
      const start = doc.tokens.at(range.first)!.start
      const distance = start <= near ? near - start : 1e9 + start
      if (!best || runWords.length > best.words.length || (runWords.length === best.words.length && distance < best.distance)) {
        best = {range, words: runWords, distance}
      }
    }
  }
  return best ? {range: best.range, words: best.words} : null
}
