/**
 * Outlets and organisations a phrase names: ones the lexicon knows, an
 * outlet's head noun (`media`, `kantor berita`), a short quoted name
 * (`media Rusia "Vesti Primorye"`), a description headed by an organisation
 * noun and then its name (`Perusahaan pemilik kapal, Nordlys Cruises`).
 */
import type {AnalysedText} from '../extract/document.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {isRoleWord} from './word-classes.ts'
import {sequenceAt, slice} from './words.ts'

/** The name after `Perusahaan pemilik kapal,`: an organisation noun, lower-case words, a comma, capitalised words to the end. */
export function describedOrganization(doc: AnalysedText, first: number, last: number): TokenRange | null {
  const {tokens, language} = doc
  const head = tokens.at(first)!
  if (!head.word || !language.persons.organizationHeads.has(head.lower) || isRoleWord(doc, head)) return null
  let j = first + 1
  if (!tokens.at(j)?.word || tokens.at(j)!.capitalized) return null
  while (j <= last && tokens.at(j)!.word && !tokens.at(j)!.capitalized) j++
  if (tokens.at(j)?.text !== ',' || j + 1 > last) return null
  for (let k = j + 1; k <= last; k++) if (!tokens.at(k)!.word || !tokens.at(k)!.capitalized) return null
  return {first: j + 1, last}
}

/** A known outlet named anywhere in the stretch (up to four words), with its range. */
export function findKnownOutlet(doc: AnalysedText, first: number, last: number): {range: TokenRange; name: string} | null {
  const {tokens, language} = doc
  const firstWords = doc.lexicon.outletFirstWords
  for (let j = first; j <= last; j++) {
    if ((!tokens.at(j)!.capitalized && !tokens.at(j)!.allCaps) || !firstWords.has(tokens.at(j)!.lower)) continue
    // Keys of one to four words, longest first.
    const keys: string[] = []
    for (let n = 0; n < 4 && j + n <= last && tokens.at(j + n)!.word; n++) keys.push(n === 0 ? tokens.at(j)!.lower : keys[n - 1] + ' ' + tokens.at(j + n)!.lower)
    for (let n = keys.length; n >= 1; n--) {
      const name = language.outlets.outlets.get(keys[n - 1]!)
      if (name && (n > 1 || tokens.at(j)!.allCaps || tokens.at(j)!.text.length > 3)) return {range: {first: j, last: j + n - 1}, name}
    }
  }
  return null
}

/** An organisation the lexicon knows (`Kremlin`), written as the whole stretch of up to four words. */
export function findKnownOrganization(doc: AnalysedText, first: number, last: number): {range: TokenRange; name: string} | null {
  const {tokens, language} = doc
  for (let n = Math.min(4, last - first + 1); n >= 1; n--) {
    const words = tokens.slice(first, first + n)
    if (first + n - 1 !== last) continue
    const key = words.map((word) => word.lower).join(' ')
    const name = language.outlets.organizations.get(key)
    if (name && words[0]!.capitalized) return {range: {first, last}, name: slice(doc, first, last)}
  }
  return null
}

/** The first token where an outlet's head noun stands (`media`, `kantor berita`), or -1. */
export function findOutletHead(doc: AnalysedText, first: number, last: number): number {
  const {tokens} = doc
  for (let j = first; j <= last; j++) {
    const token = tokens.at(j)!
    if (token.word && doc.language.outlets.outletHeads.some((words) => sequenceAt(doc, j, words))) return j
  }
  return -1
}

/** A short quoted name inside a phrase (`media Rusia "Vesti Primorye"`). */
export function findQuotedName(doc: AnalysedText, first: number, last: number) {
  for (let j = first; j <= last; j++) {
    const index = doc.marks.insideOf[j]!
    if (index < 0) continue
    const stretch = doc.marks.stretches[index]!
    if (stretch.openToken === j && stretch.closeToken > 0 && stretch.closeToken <= last) return stretch
  }
  return null
}
