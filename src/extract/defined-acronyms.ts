/**
 * Acronyms defined in the text: `Lembaga Kantor Berita Korut (KCNA)`,
 * `Korea Selatan (Korsel)`. The long form is the shortest run of capitalised
 * words before the parenthesis whose letters can spell the acronym in order
 * (starting with its first letter). The dateline's `(ANTARA)` is not one.
 */
import type {Language} from '../lang/language.ts'
import type {Token, TokenTable} from './tokens.ts'

function spells(acronym: string, words: string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '')
  const text = words.join(' ').toLowerCase()
  if (!letters || text[0] !== letters[0]) return false
  let at = 0
  for (const letter of letters) {
    at = text.indexOf(letter, at)
    if (at < 0) return false
    at++
  }
  return true
}

/** An acronym the text defines in parentheses, with its long form. */
export interface DefinedAcronym {
  acronym: string
  /** The words of the long form. */
  longForm: string[]
  /** The long form's first token. */
  first: number
}

/** Each acronym the text defines in parentheses in its body (from `bodyStart`), with its long form, in text order. */
export function definedAcronyms(tokens: TokenTable, language: Language, bodyStart: number): DefinedAcronym[] {
  const found: DefinedAcronym[] = []
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (tokens.at(k)!.text !== '(' || tokens.at(k + 2)!.text !== ')') continue
    const acronym = tokens.at(k + 1)!
    if (!acronym.word || !acronym.capitalized) continue
    let first = k
    while (first - 1 >= 0 && k - first < 8 && tokens.at(first - 1)!.word && (tokens.at(first - 1)!.capitalized || language.text.nameConnectors.has(tokens.at(first - 1)!.lower) || language.text.fieldConnectors.has(tokens.at(first - 1)!.lower))) first--
    if (first === k) continue
    const words = tokens.slice(first, k).map((token) => token.text)
    let longForm: string[] | null = null
    for (let start = words.length - 1; start >= 0; start--) {
      if (spells(acronym.text, words.slice(start))) {
        longForm = words.slice(start)
        break
      }
    }
    if (longForm && tokens.at(first)!.start >= bodyStart) found.push({acronym: acronym.text, longForm, first: k - longForm.length})
  }
  return found
}

/** An organisation's long form, where the text defines a short name for it. */
export interface DefinedOrganization {
  longForm: string
  start: number
  end: number
}

/**
 * Short names the text defines for organisations, in lower case, with the
 * long form they stand for: the acronym of a long form that opens with an
 * organisation's head (`Asosiasi Pengusaha Ritel Indonesia (Aprindo)`). Such a
 * word names the organisation, never a person.
 */
export function organizationAcronyms(text: string, tokens: TokenTable, language: Language, defined: DefinedAcronym[]): Map<string, DefinedOrganization> {
  const map = new Map<string, DefinedOrganization>()
  for (const {acronym, longForm, first} of defined) {
    const key = acronym.toLowerCase()
    if (map.has(key) || !language.persons.organizationHeads.has(longForm[0]!.toLowerCase())) continue
    const start = tokens.at(first)!.start
    const end = tokens.at(first + longForm.length - 1)!.end
    map.set(key, {longForm: text.slice(start, end), start, end})
  }
  return map
}
