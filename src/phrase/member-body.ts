/**
 * A body named for its members: `Aliansi Mahasiswa Makassar Bergerak`, `Serikat Petani Lestari`, `Forum Guru
 * Honorer Nusantara`. After its head (`persons.memberBodyHeads`) the name runs to its end over member nouns
 * (`Mahasiswa`, `Petani`, `Guru`: role nouns here, no one's role) and any capitalised word, joined by the connectors
 * of organisation names (`dan`, `untuk`): its last capitalised word is the body's, not a person's — a slogan word
 * (`Bergerak`, `Bersatu`) as often as a place. Only the text's own evidence makes a name of its end: a word the text
 * calls someone by at a cue (`kata Budi` beside `Forum Guru Honorer Budi Santoso`) or writes elsewhere on its own
 * (`Budi yang semula …`), a rank or an honorific.
 */
import type {AnalysedText} from '../extract/document.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {isHonorific, usedAlone} from './word-classes.ts'
import {findLastWord, isConnector, rankAt, sequenceAt} from './words.ts'

/** The body the phrase `[first, last]` names, when it is all one body named for its members; null otherwise. */
export function memberBody(doc: AnalysedText, first: number, last: number): TokenRange | null {
  const {tokens, language} = doc
  const head = tokens.at(first)!
  if (!head.word || !head.capitalized || head.allCaps || !language.persons.memberBodyHeads.has(head.lower) || last === first) return null
  let bracket = false
  for (let j = first + 1; j <= last; j++) {
    const token = tokens.at(j)!
    // `(AMMB)`: a short name in brackets is the body's too.
    if (token.text === '(' || token.text === ')') {
      bracket = token.text === '('
      continue
    }
    if (!token.word) return null
    if (bracket) continue
    if (!token.capitalized) {
      if (isConnector(doc, token) && j < last && tokens.at(j + 1)!.capitalized) continue
      return null
    }
    if (doc.lexicon.rankWords.has(token.lower) || rankAt(doc, j, last) > j || isHonorific(doc, token) || doc.shortNames.has(token.lower)) return null
    // A word of its last three the text writes elsewhere on its own (`Asep yang semula …`) is a person's.
    if (last - j < 3 && !language.persons.memberBodyHeads.has(token.lower) && usedAlone(doc, j) > 0) return null
  }
  return {first, last}
}

/** How many tokens a body's name after the verb of belonging may have. */
const longestBodyName = 16

/** How many words the members may be described by before `yang` (`Massa`, `Ratusan buruh`, `Para petani kopi`). */
const longestMembers = 4

/**
 * Members described as belonging to a body, then the body: `Massa yang tergabung dalam Aliansi Mahasiswa Cendana
 * Bergerak`, `Ratusan buruh yang bergabung di Serikat Pekerja Logam`. The members speak as the body: the phrase names
 * it (`persons.membershipVerbs`, then a locative). Returns the body's range, or null.
 */
export function bodyOfMembers(doc: AnalysedText, first: number, last: number): TokenRange | null {
  const {tokens, language} = doc
  for (let j = first + 1; j <= last && j - first <= longestMembers; j++) {
    const token = tokens.at(j)!
    if (!token.word) return null
    if (!language.text.relativePronouns.has(token.lower)) continue
    const verb = language.persons.membershipVerbs.find((words) => sequenceAt(doc, j + 1, words))
    const at = j + 1 + (verb?.length ?? 0)
    if (!verb || at > last) return null
    const head = tokens.at(at)!
    const body = memberBody(doc, at, last)
    if (body) return body
    return head.capitalized && (language.persons.organizationHeads.has(head.lower) || head.allCaps) ? {first: at, last} : null
  }
  return null
}

/** The members of a body and the body, as the subject that ends at `end` (`Massa yang tergabung dalam Aliansi …`), or null. */
export function membersBefore(doc: AnalysedText, end: number, limit: number): TokenRange | null {
  const {tokens, language} = doc
  // Back over the body's capitalised name to the verb of belonging.
  let j = end
  while (j > limit && end - j < longestBodyName && (tokens.at(j)!.capitalized || tokens.at(j)!.text === '(' || tokens.at(j)!.text === ')')) j--
  if (j === end || !tokens.at(j)!.word || tokens.at(j)!.capitalized) return null
  const relative = findLastWord(doc, limit, j, language.text.relativePronouns)
  if (relative < 0 || j - relative > 4) return null
  for (let start = relative - 1; start >= limit && relative - start <= longestMembers; start--) {
    const opens = start === limit || tokens.at(start - 1)!.text === ','
    if (opens && bodyOfMembers(doc, start, end)) return {first: start, last: end}
  }
  return null
}
