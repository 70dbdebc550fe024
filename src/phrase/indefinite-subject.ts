/**
 * An unnamed source introduced by an indefinite description: `Seorang perawat di rumah sakit itu yang enggan disebut
 * namanya mengungkapkan …`, `Salah satu pekerja smelter yang meminta namanya tidak ditulis mengatakan …`,
 * `Seorang pekerja PT Sinar Logam …`. The description opens its sentence or clause with `seorang`, `salah satu`,
 * `salah seorang` (`persons.indefiniteOpeners`) and a lower-case noun, may name where the person works (`di …`,
 * `dari …`, or a capitalised body right after the noun) and may close with a relative clause (`yang …`) that says why
 * the source stays unnamed. Indefinite, it introduces someone new: a demonstrative inside (`rumah sakit itu`) points
 * at the place, not back at a person. A name in it (`seorang warga bernama Budi`) makes it no unnamed source.
 */
import type {AnalysedText} from '../extract/document.ts'
import {withoutTrailingParenthetical} from './parentheticals.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {sequenceAt, slice} from './words.ts'

/** How far back from a cue an indefinite description may open (its words and its relative clause). */
const longestDescription = 24
/** How many words the description may have from its noun, and its relative clause after `yang`. */
const longestDescribed = 10
const longestRelativeClause = 10

function allLowerCaseWords(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (!doc.tokens.at(j)!.word || doc.tokens.at(j)!.capitalized) return false
  return true
}

/** The words opening the description (`Seorang`, `Salah satu`) from `first`: the index of its noun, or -1. */
function nounAfterOpeners(doc: AnalysedText, first: number, last: number): number {
  const {tokens, language} = doc
  const opener = language.persons.indefiniteOpeners.find((words) => sequenceAt(doc, first, words))
  const j = first + (opener?.length ?? 0)
  if (j === first || j > last) return -1
  const noun = tokens.at(j)!
  return noun.word && !noun.capitalized && !language.text.relativePronouns.has(noun.lower) ? j : -1
}

/**
 * The indefinite description that is the subject of a cue right after `end`, opening at `limit` or after a comma
 * (`Sementara itu, seorang warga …`), or null.
 */
export function indefiniteSubjectBefore(doc: AnalysedText, end: number, limit: number): TokenRange | null {
  const {tokens} = doc
  for (let j = end; j >= limit && end - j < longestDescription; j--) {
    const token = tokens.at(j)!
    if (!token.word && token.text !== '(' && token.text !== ')') {
      return token.text === ',' ? describedFrom(doc, j + 1, end) : null
    }
    if (j === limit) return describedFrom(doc, j, end)
  }
  return null
}

function describedFrom(doc: AnalysedText, first: number, last: number): TokenRange | null {
  return first < last && readIndefiniteDescription(doc, first, last) ? {first, last} : null
}

export interface IndefiniteDescription {
  /** The noun and its lower-case modifiers (`perawat`, `pekerja smelter`, `mahasiswa semester tiga`). */
  title: string
  /** Where the source works: the capitalised body in the description (`RSUD Sleman`), if any. */
  affiliation: string | null
  /** The description as written, without its relative clause: the source's name in the graph (`Seorang perawat di RSUD Sleman`). */
  described: TokenRange
}

/** The phrase `[first, last]` read as an indefinite description, or null when it is none. */
export function readIndefiniteDescription(doc: AnalysedText, first: number, last: number): IndefiniteDescription | null {
  const {tokens, language} = doc
  const noun = nounAfterOpeners(doc, first, last)
  if (noun < 0) return null
  const {persons, text, cues} = language
  let relative = -1
  let preposition = -1
  let body = -1
  for (let j = noun; j <= last; j++) {
    const token = tokens.at(j)!
    // A comma sets off what follows (`…, Wawan`: the name of the person described).
    if (!token.word) {
      if (token.text === '(' || token.text === ')') continue
      return null
    }
    if (text.relativePronouns.has(token.lower)) {
      relative = j
      break
    }
    // Two clauses joined (`seorang petugas turun dan meminta …`) or a copula (`Salah satu hal … adalah`): no description.
    if (cues.coordinators.has(token.lower) || text.copulas.has(token.lower) || j - noun >= longestDescribed) return null
    // A cue before the relative clause is the description's own verb: no description (`Seorang warga mengatakan`).
    if (cues.clausal.has(token.lower) || cues.inverted.has(token.lower)) return null
    if (!token.capitalized) {
      if (preposition < 0 && body < 0 && text.affiliationPrepositions.has(token.lower)) preposition = j
      continue
    }
    // A capitalised word is a body's or a place's after a preposition, or the body the noun works for when an
    // organisation's head or an acronym opens it (`pekerja PT …`); else a name (`seorang warga bernama Budi`).
    if (body < 0) body = j
  }
  const describedLast = relative >= 0 ? relative - 1 : last
  if (describedLast < noun || persons.nonSpeakers.has(tokens.at(noun)!.lower)) return null
  // A word the text calls someone by at a cue ends it: a person named after the description (`… asal Genuk Wawan`).
  if (doc.shortNames.has(tokens.at(describedLast)!.lower)) return null
  // The relative clause says who the source is in lower-case words (`yang enggan disebut namanya`), a few of them.
  if (relative >= 0 && (last - relative > longestRelativeClause || !allLowerCaseWords(doc, relative + 1, last))) return null
  if (body >= 0 && preposition < 0 && !(persons.organizationHeads.has(tokens.at(body)!.lower) || tokens.at(body)!.allCaps)) return null
  const titleLast = Math.min(preposition >= 0 ? preposition - 1 : describedLast, body >= 0 ? body - 1 : describedLast, noun + 3)
  // Where it works is a body the description names (`di bangsal anak RSUD Sleman` → `RSUD Sleman`); a common noun
  // (`di rumah sakit itu`) stays in the description only.
  const affiliationFirst = body >= 0 && body <= describedLast ? body : -1
  const affiliation = affiliationFirst >= 0 ? withoutTrailingParenthetical(slice(doc, affiliationFirst, describedLast)) : null
  return {title: slice(doc, noun, titleLast), affiliation: affiliation || null, described: {first, last: describedLast}}
}
