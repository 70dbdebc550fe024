/**
 * The role a phrase gives a person: the title and affiliation before a name
 * (`Juru Bicara Kementerian …`), in an appositive after it (`…, juru bicara
 * PT …,`), in a lower-case description set off by commas, or in a
 * description that points back (`Mantan Gubernur DKI Jakarta itu`).
 */
import type {AnalysedText} from '../extract/document.ts'
import {isQuoteMark} from '../extract/quote-marks.ts'
import type {Token} from '../extract/tokens.ts'
import {classifyTokens} from './name-run.ts'
import {withoutTrailingParenthetical} from './parentheticals.ts'
import type {SpeakerPhrase, TokenRange} from './speaker-phrase.ts'
import {unitEnd} from './unit-title.ts'
import {isPlaceWord, isRoleWord} from './word-classes.ts'
import {isFunctionWord, slice} from './words.ts'
import {sentenceStart} from '../extract/sentences.ts'

/** The range without punctuation at its edges (brackets and quote marks stay) and without a trailing connector or preposition; null when nothing remains. */
export function trimEdges(doc: AnalysedText, range: TokenRange): TokenRange | null {
  let {first, last} = range
  const {tokens} = doc
  while (first <= last && (!tokens.at(first)!.word && tokens.at(first)!.text !== '(' && !isQuoteMark(tokens.at(first)!))) first++
  while (first <= last && (!tokens.at(last)!.word && tokens.at(last)!.text !== ')' && !isQuoteMark(tokens.at(last)!))) last--
  while (first <= last && tokens.at(last)!.word && (doc.language.text.nameConnectors.has(tokens.at(last)!.lower) || doc.language.text.affiliationPrepositions.has(tokens.at(last)!.lower))) last--
  return first <= last ? {first, last} : null
}

/**
 * The title a lower-case description set off by commas gives the name beside
 * it: `Seorang penumpang yang selamat, Joel Bautista` → penumpang; `Pejalan
 * kaki di kawasan Senen, Nur Aisyah` → Pejalan kaki; `Slamet Haryanto (47),
 * pengemudi asal Boyolali,` → pengemudi. Quantifiers and source words before
 * the noun are dropped; the title ends at `yang`, a preposition or a comma.
 * Null where the chunk is no such description (a place, a date, a name).
 */
export function descriptionTitle(doc: AnalysedText, first: number, last: number): string | null {
  const {tokens, language} = doc
  let j = first
  const opener = (token: Token): boolean => token.word && (language.persons.quantifiers.has(token.lower) || language.persons.descriptionOpeners.has(token.lower))
  while (j <= last && opener(tokens.at(j)!)) j++
  const head = tokens.at(j)
  if (!head || !head.word || j > last) return null
  // A lower-case noun, or one capitalised only because it opens the sentence.
  if (head.capitalized && !(j === first && sentenceStart(doc, j) === j)) return null
  const {cues} = language
  const cue = cues.clausal.has(head.lower) || cues.according.has(head.lower) || cues.inverted.has(head.lower) || cues.anaphoric.has(head.lower)
  const verb = language.morphology.verbPrefixes.some((prefix) => head.lower.startsWith(prefix)) && !isRoleWord(doc, head) && !language.persons.anonymousHeads.has(head.lower)
  if (cue || verb || language.persons.subordinators.has(head.lower) || language.text.phraseStops.has(head.lower) || isFunctionWord(doc, head)) return null
  let end = j
  while (end + 1 <= last && end - j < 3) {
    const next = tokens.at(end + 1)!
    if (!next.word || next.capitalized || language.persons.subordinators.has(next.lower) || language.text.phraseStops.has(next.lower) || language.text.affiliationPrepositions.has(next.lower)) break
    end++
  }
  return slice(doc, j, end)
}

/**
 * The role a description gives the person it points back to (`karyawan swasta
 * itu` → karyawan swasta; `Mantan Gubernur DKI Jakarta itu` → Mantan Gubernur @
 * DKI Jakarta): the words before the demonstrative, headed by a role or source noun.
 */
export function descriptionRole(doc: AnalysedText, phrase: SpeakerPhrase): {title: string | null; affiliation: string | null} | null {
  if (phrase.kind !== 'description') return null
  const {tokens, language} = doc
  let last = phrase.phrase.last
  while (last > phrase.phrase.first && tokens.at(last)!.word && language.text.demonstratives.has(tokens.at(last)!.lower)) last--
  const head = tokens.at(phrase.phrase.first)!
  if (!head.word || !(isRoleWord(doc, head) || language.persons.anonymousHeads.has(head.lower))) return null
  const role = roleOf(doc, phrase.phrase.first, last)
  return role.title ? role : null
}

/** Role title and affiliation from the words before a name. */
export function roleOf(doc: AnalysedText, first: number, last: number): {title: string | null; affiliation: string | null} {
  const range = trimEdges(doc, {first, last})
  if (!range) return {title: null, affiliation: null}
  const {tokens, language} = doc
  let j = range.first
  const kinds = classifyTokens(doc, range.first, range.last)
  let titleEnd = -1
  // Drop leading ranks and honorifics.
  while (j < range.last && (kinds[j - range.first] === 'rank' || kinds[j - range.first] === 'honorific')) j++
  // `Research Analyst Samudra Sekuritas …`, `Head of Corporate Communication PT …`: an English title, then the body.
  const english = englishTitleEnd(doc, j, range.last)
  if (english >= j) {
    // The body follows it (`General Manager Kampung Daun`): an English title takes no Indonesian words after it.
    titleEnd = english
    j = range.last + 1
  }
  for (; j <= range.last; j++) {
    const token = tokens.at(j)!
    const kind = kinds[j - range.first]
    if (kind === 'rank' || kind === 'honorific') {
      if (titleEnd < 0) continue
      break
    }
    // `Direktur Pupuk dan Pestisida Kementerian …`, `Wakil Rektor Bidang Akademik dan Kemahasiswaan Universitas …`: the
    // unit right after the title is the field the role covers, part of the title (unit-title.ts).
    if (titleEnd === j - 1 && (kind !== 'role' || language.persons.unitHeads.has(token.lower))) {
      const unit = unitEnd(doc, j, range.last)
      if (unit >= j) {
        titleEnd = unit
        break
      }
    }
    // (A body named for its members opens the affiliation too: `Ketua Kelompok Tani Makmur`.)
    if ((language.persons.organizationHeads.has(token.lower) || language.persons.memberBodyHeads.has(token.lower)) && titleEnd >= 0 &&
      (!isCompoundRole(doc, tokens.at(j - 1)!, token) || (j < range.last && isUnitDesignation(tokens.at(j + 1)!)))) break
    const lowerRole = !token.capitalized && token.word && !language.persons.organizationHeads.has(token.lower) &&
      (isRoleWord(doc, token) || language.persons.anonymousHeads.has(token.lower) || language.persons.institutionalWords.has(token.lower))
    if (kind === 'role' || lowerRole) {
      titleEnd = j
      continue
    }
    if (titleEnd >= 0 && (kind === 'org' || kind === 'place' || kind === 'name' || kind === 'other')) {
      if (language.persons.organizationHeads.has(token.lower) || kind === 'place' || kind === 'name' || token.allCaps || doc.organizationAcronyms.has(token.lower)) break
      titleEnd = j
      continue
    }
    break
  }
  let titleStart = range.first
  while (titleStart <= titleEnd && (kinds[titleStart - range.first] === 'rank' || kinds[titleStart - range.first] === 'honorific')) titleStart++
  // `Pengamat politik dari Universitas …`: the preposition belongs to the affiliation, not the title.
  while (titleEnd >= titleStart && tokens.at(titleEnd)!.word && language.text.affiliationPrepositions.has(tokens.at(titleEnd)!.lower)) titleEnd--
  const title = titleEnd >= titleStart ? slice(doc, titleStart, titleEnd) : null
  let affFirst = titleEnd >= 0 ? titleEnd + 1 : range.first
  if (language.text.affiliationPrepositions.has(tokens.at(affFirst)?.lower ?? '')) affFirst++
  let affLast = range.last
  while (affLast >= affFirst && (kinds[affLast - range.first] === 'rank' || kinds[affLast - range.first] === 'honorific')) affLast--
  const affRange = trimEdges(doc, {first: affFirst, last: affLast})
  const affiliation = affRange ? withoutTrailingParenthetical(slice(doc, affRange.first, affRange.last)) : null
  return {title, affiliation: affiliation || null}
}

/**
 * The last token of an English job title opening at `first` (`Research Analyst`, `Head of Corporate Communication`,
 * `Chief Executive Officer`, `Co-Founder dan COO`: capitalised title words, joined by `of`/`and`/`dan`, with a head noun
 * among them), or -1.
 */
export function englishTitleEnd(doc: AnalysedText, first: number, last: number): number {
  const {tokens} = doc
  const {heads, words, joiners, fieldJoiner} = doc.language.persons.englishTitles
  let end = -1
  for (let j = first; j <= last && j - first < 8; j++) {
    const token = tokens.at(j)!
    if (j > first && (joiners.has(token.lower) || token.lower === doc.language.text.additiveConjunction)) continue
    if (!(token.word && (token.capitalized || token.allCaps) && (heads.has(token.lower) || words.has(token.lower)))) {
      // `Vice President of Marketplace Bukalapak`: one word of its own after `of` names the field, if a word is left for the body.
      if (end >= 0 && end === j - 2 && tokens.at(j - 1)!.lower === fieldJoiner && j < last && isFieldWord(doc, token)) end = j
      break
    }
    // `Head of Corporate Communication`, `Vice President Corporate Communication`: title words after the head name its
    // field, part of the title.
    if (heads.has(token.lower) || end >= 0) end = j
  }
  return end
}

/** A capitalised word that may name a field of work after `of`: no organisation's head, acronym or place. */
function isFieldWord(doc: AnalysedText, token: Token): boolean {
  return token.word && token.capitalized && !token.allCaps && !doc.language.persons.organizationHeads.has(token.lower) && !isPlaceWord(doc, token)
}

/**
 * The role in an appositive right after a name, between commas
 * (`Rudi Hartono, juru bicara PT Kereta Api Indonesia, mengatakan`,
 * `kata Han Ji-woo, juru bicara penjaga pantai Busan.`), up to `limit`.
 */
export function appositiveRole(doc: AnalysedText, nameLast: number, limit: number): {title: string | null; affiliation: string | null} | null {
  const {tokens, language} = doc
  let first = nameLast + 1
  if (tokens.at(first)?.text === ',') first++
  // `kata Budi Santoso, yang juga Ketua Umum …`, `Sugeng yang juga Deputi III …`: a role in a relative clause.
  const relative = first
  while (first - relative < 4 && tokens.at(first)?.word && language.persons.roleClauseWords.has(tokens.at(first)!.lower)) first++
  if (first === nameLast + 1) return null
  if (first > relative && !language.text.relativePronouns.has(tokens.at(relative)!.lower)) return null
  const head = tokens.at(first)
  if (!head || !head.word || !(isRoleWord(doc, head) || language.persons.anonymousHeads.has(head.lower) || englishTitleEnd(doc, first, limit) >= first)) return null
  let last = first
  while (last + 1 <= limit && last - first < 15 && tokens.at(last + 1)!.text !== ',' && tokens.at(last + 1)!.text !== '.' && !(tokens.at(last + 1)!.word && language.text.phraseStops.has(tokens.at(last + 1)!.lower))) last++
  const role = roleOf(doc, first, last)
  return role.title || role.affiliation ? role : null
}

/**
 * What names one unit of a body after its head word: a Roman numeral, a
 * single capital letter or an acronym (`Komisi III`, `Komisi B`, `Fraksi
 * PKB`). After one, the head word opens the affiliation instead of ending a
 * compound title: `Anggota Komisi B DPRD` is an `Anggota` of `Komisi B DPRD`.
 */
function isUnitDesignation(token: Token): boolean {
  return token.word && (token.allCaps || (token.text.length === 1 && token.capitalized))
}

/** `Wali Kota`, `Juru Bicara`: two words that make one role title. */
function isCompoundRole(doc: AnalysedText, previous: Token, token: Token): boolean {
  return doc.language.persons.compoundRoles.has(previous.lower + ' ' + token.lower)
}
