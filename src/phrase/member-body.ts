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
import {isConnector, rankAt} from './words.ts'

/** The body the phrase `[first, last]` names, when it is all one body named for its members; null otherwise. */
export function memberBody(doc: AnalysedText, first: number, last: number): TokenRange | null {
  const {tokens, language} = doc
  const head = tokens[first]!
  if (!head.word || !head.capitalized || head.allCaps || !language.persons.memberBodyHeads.has(head.lower) || last === first) return null
  let bracket = false
  for (let j = first + 1; j <= last; j++) {
    const token = tokens[j]!
    // `(AMMB)`: a short name in brackets is the body's too.
    if (token.text === '(' || token.text === ')') {
      bracket = token.text === '('
      continue
    }
    if (!token.word) return null
    if (bracket) continue
    if (!token.capitalized) {
      if (isConnector(doc, token) && j < last && tokens[j + 1]!.capitalized) continue
      return null
    }
    if (doc.lexicon.rankWords.has(token.lower) || rankAt(doc, j, last) > j || isHonorific(doc, token) || doc.shortNames.has(token.lower)) return null
    // A word of its last three the text writes elsewhere on its own (`Asep yang semula …`) is a person's.
    if (last - j < 3 && !language.persons.memberBodyHeads.has(token.lower) && usedAlone(doc, j) > 0) return null
  }
  return {first, last}
}
