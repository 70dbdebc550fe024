/**
 * Where a person's name lies in a phrase: each word classified (name, role,
 * rank, honorific, organisation, place), then the last run of name words,
 * with initials, particles and name-part lexicon words inside it.
 */
import {type AnalysedText, isPossessiveNoun} from '../extract/document.ts'
import type {Token} from '../extract/tokens.ts'
import {perRange, trimNameStart} from './name-start.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {chosenNameRun, taggedNameEnding} from './tagged-names.ts'
import {isAbbreviationWord, isDegree, isHonorific, isInitial, isNameLike, isOrganizationWord, isPlaceWord, isRoleWord} from './word-classes.ts'
import {capitalizedByPosition, rankAt} from './words.ts'

interface Classified {
  kind: 'name' | 'role' | 'rank' | 'honorific' | 'org' | 'place' | 'other' | 'punct'
}

/** What each token from `first` to `last` is inside the phrase: a name word, role, rank, honorific, organisation word, place, other or punctuation. */
export function classifyTokens(doc: AnalysedText, first: number, last: number): Classified['kind'][] {
  const {tokens} = doc
  const kinds: Classified['kind'][] = []
  let placeExpected = false
  let rankUntil = -1
  for (let j = first; j <= last; j++) {
    const token = tokens.at(j)!
    if (!token.word) {
      kinds.push('punct')
      continue
    }
    // A rank of several words (`Komisaris Besar`, `Ajun Komisaris Besar`) even where one of them heads roles.
    if (j > rankUntil) rankUntil = rankAt(doc, j, last)
    if (j <= rankUntil) {
      kinds.push('rank')
      placeExpected = false
      continue
    }
    // `Polsek Menteng Komisaris Bambang Irawan`, `Polri Jenderal Idham Azis`: a one-word rank that also heads roles is the
    // rank where an organisation, place or name stands before it and a name follows (not `Sekretaris Jenderal PBB`).
    const previousKind = kinds[kinds.length - 1]
    if (token.capitalized && doc.lexicon.rankRoleWords.has(token.lower) && (previousKind === 'org' || previousKind === 'place' || previousKind === 'name') && tokens.at(j + 1) !== undefined && isNameLike(doc, tokens.at(j + 1)!)) {
      kinds.push('rank')
      placeExpected = false
      continue
    }
    // The place after `Kabupaten`, `Polres`, `Wali Kota` — unless the text calls someone by that word alone (`Wali Kota Risma`).
    // An unknown word is a place only with a name of two words or more after it (`Bupati Bogor Ade Yasin`, not `Bupati Sutarjo Wibowo`).
    if (placeExpected && (isPlaceWord(doc, token) || isAbbreviationWord(doc, token) || nameWordsFrom(doc, j + 1, last) >= 2) && token.capitalized && !isRoleWord(doc, token) && !isHonorific(doc, token) && !doc.shortNames.has(token.lower)) {
      // After `Polres`, `Gubernur`, `Kabupaten`: a place name, one word — or two where a point of the compass opens it
      // (`Kulon Progo Sutarjo Wibowo`; not one closing a place: `Jawa Timur Khofifah …`), when a name of two follows.
      // (A place the lexicon or the text knows goes on by its own kind: `Jawa Tengah`, `Bandung Barat`.)
      kinds.push('place')
      const next = tokens.at(j + 1)
      placeExpected = next !== undefined && next.word && next.capitalized &&
        doc.language.persons.compassWords.has(token.lower) && kinds[kinds.length - 2] !== 'place' && nameWordsFrom(doc, j + 2, last) >= 2
      continue
    }
    placeExpected = false
    kinds.push(baseKind(doc, j))
    if (doc.language.persons.placeTakingHeads.has(token.lower)) placeExpected = true
  }
  return kinds
}

const kindNames: ReadonlyArray<Classified['kind']> = ['name', 'role', 'rank', 'honorific', 'org', 'place', 'other', 'punct']


/**
 * What the word at `j` is on its own, outside a multi-word rank and not after a place-taking head (classifyTokens
 * reads those from the words around it). Phrases overlap, so the same token is classified many times: answered
 * once per token.
 */
function baseKind(doc: AnalysedText, j: number): Classified['kind'] {
  const cache = doc.memo.wordKind
  const known = cache[j]!
  if (known > 0) return kindNames[known - 1]!
  const token = doc.tokens.at(j)!
  let kind: Classified['kind']
  if (!token.word) kind = 'punct'
  else if (doc.lexicon.rankWords.has(token.lower)) kind = 'rank'
  else if (isHonorific(doc, token)) kind = 'honorific'
  else if (isRoleWord(doc, token)) kind = 'role'
  // An organisation word the text calls someone by is a name word (isNameLike decides: `kata Agung`).
  else if (isOrganizationWord(doc, token) && !isNameLike(doc, token)) kind = 'org'
  else if (isPlaceWord(doc, token) && token.capitalized) kind = 'place'
  else if (isNameLike(doc, token)) kind = 'name'
  else kind = 'other'
  cache[j] = kindNames.indexOf(kind) + 1
  return kind
}

/** How many name-like words follow from `j` in a row (up to `last`), counting no further than two. */
function nameWordsFrom(doc: AnalysedText, j: number, last: number): number {
  let count = 0
  while (count < 2 && j + count <= last && isNameLike(doc, doc.tokens.at(j + count)!)) count++
  return count
}

/** The last run of name words in a stretch (initials and particles allowed inside). */
export function lastNameRun(doc: AnalysedText, first: number, last: number): TokenRange | null {
  // Asked for the same stretches by several readers: answered once per stretch.
  return perRange(doc.memo.nameRuns, doc, first, last, lastNameRunUncached)
}

function lastNameRunUncached(doc: AnalysedText, first: number, last: number): TokenRange | null {
  const ruled = ruleNameRun(doc, first, last)
  // A run right after a unit's `dan` may open with the unit's last field: there the trained reader says where the name starts.
  const tagged = ruled && ruled.last > ruled.first ? taggedNameEnding(doc, ruled.first, ruled.last) : null
  if (tagged) return tagged
  return chosenNameRun(doc, first, last, ruled)
}

/** The rule reader's last run of name words in a stretch. */
function ruleNameRun(doc: AnalysedText, first: number, last: number): TokenRange | null {
  const kinds = classifyTokens(doc, first, last)
  const {tokens} = doc
  const kindAt = (j: number): string | undefined => kinds[j - first]
  let runLast = -1
  for (let j = last; j >= first; j--) {
    if (kindAt(j) === 'name') {
      runLast = j
      break
    }
  }
  if (runLast < 0) return null
  // Initials alone name no one (`Kepala Peleton B`).
  if (isInitial(tokens.at(runLast)!) && (runLast === first || kindAt(runLast - 1) !== 'name') && !(runLast + 1 <= last && kindAt(runLast + 1) === 'name')) return null
  if ((runLast === first || kindAt(runLast - 1) !== 'name') && isCommonByPosition(doc, runLast) && (runLast === last || kindAt(runLast + 1) !== 'name')) return null
  // A name may end in a word the lexicon knows (`Tubagus Utama`, `Juda Agung`) when it closes the phrase.
  const closes = (j: number): boolean => j === last || !tokens.at(j + 1)!.word
  // So may a role noun, which opens phrases but never closes one (`Arif Rahman Hakim menyampaikan`).
  const closing = tokens.at(runLast + 1)
  const closingRole = closing !== undefined && kindAt(runLast + 1) === 'role' && closing.capitalized && !closing.allCaps && doc.language.persons.roleHeads.has(closing.lower)
  if (runLast + 1 <= last && (isNamePartWord(doc, closing!, kindAt(runLast + 1)) || closingRole) && closes(runLast + 1)) runLast++
  let runFirst = runLast
  for (let j = runLast - 1; j >= first; j--) {
    const token = tokens.at(j)!
    const kind = kindAt(j)
    if (kind === 'name' || (kind === 'punct' && token.text === '.' && isInitial(tokens.at(j - 1) ?? token))) {
      runFirst = j
      continue
    }
    // A lexicon word or initials between two name words are part of the name (`Budi Karya Sumadi`, `Bambang PS Brodjonegoro`).
    if ((isNamePartWord(doc, token, kind) || (isInitial(token) && token.text.length <= 2)) && kindAt(j - 1) === 'name' && j - 1 >= first) {
      runFirst = j
      continue
    }
    if (token.word && doc.language.persons.nameParticles.has(token.lower) && kindAt(j - 1) === 'name') {
      runFirst = j
      continue
    }
    // `Wilayah Sulsel Agung Prasetyo`: a given-name prefix right after a place opens the name, even one the lexicon
    // also knows as an organisation's word (`Kejaksaan Agung`, where no place stands before it).
    if (token.word && token.capitalized && kind !== 'name' && kindAt(j - 1) === 'place' && doc.language.persons.namePrefixes.has(token.lower)) {
      runFirst = j
      break
    }
    // `Inspektur Jenderal RK Bonar Tarigan`, `Kolonel (Inf) IGK Wiratama`: capitals of up to three letters between a rank
    // (and its corps) and the name are the name's initials — not a corps code, an acronym the text defines or a known name.
    if (isInitial(token) && kind === 'other' && afterRank(doc, j, first, kindAt) && !doc.language.persons.corps.has(token.lower) &&
      !doc.organizationAcronyms.has(token.lower) && !doc.language.outlets.organizations.has(token.lower) && !doc.language.outlets.outlets.has(token.lower)) {
      // (Right after a rank, nothing of the run belongs to an organisation: no start to trim.)
      return {first: j, last: runLast}
    }
    break
  }
  if (opensWithCompany(doc, runFirst, runLast)) runFirst++
  return {first: trimNameStart(doc, runFirst, runLast), last: runLast}
}

/** Whether the token before `j` ends a rank, or a corps in brackets after one (`Kolonel (Czi)`), within the phrase. */
function afterRank(doc: AnalysedText, j: number, first: number, kindAt: (j: number) => string | undefined): boolean {
  if (kindAt(j - 1) === 'rank') return true
  const {tokens} = doc
  return j - 4 >= first && tokens.at(j - 1)!.text === ')' && tokens.at(j - 3)!.text === '(' && tokens.at(j - 2)!.word && kindAt(j - 4) === 'rank'
}

/**
 * `CEO Tokopedia William Tanuwijaya`: after a company officer's title, the first of a run of three words or more is
 * the company (not a name prefix or title of birth, and not a word the text calls someone by).
 */
export function opensWithCompany(doc: AnalysedText, first: number, last: number): boolean {
  const {persons} = doc.language
  const title = doc.tokens.at(first - 1)
  const opener = doc.tokens.at(first)!
  return title !== undefined && title.word && persons.companyTitles.has(title.lower) && last - first >= 2 &&
    !persons.namePrefixes.has(opener.lower) && !persons.nameTitles.has(opener.lower) && !doc.shortNames.has(opener.lower)
}

/** A capitalised lexicon word that may still be part of a name (not a head noun, rank or place). */
export function isNamePartWord(doc: AnalysedText, token: Token, kind?: string): boolean {
  if (!token.word || !token.capitalized || token.allCaps) return false
  if (kind !== undefined && kind !== 'org' && kind !== 'role' && kind !== 'other') return false
  const {persons} = doc.language
  if (persons.roleHeads.has(token.lower) || persons.organizationHeads.has(token.lower) || doc.lexicon.rankWords.has(token.lower) || isDegree(doc, token)) return false
  return !isPlaceWord(doc, token) && !doc.lowerVocabulary.has(token.lower)
}


/** A person's name from a run of words, without ranks and honorifics (`H. Darmawan Saputra` → `Darmawan Saputra`). */
export function nameWithoutTitles(doc: AnalysedText, range: TokenRange): string {
  const {tokens} = doc
  const words: string[] = []
  for (let j = range.first; j <= range.last; j++) {
    const token = tokens.at(j)!
    if (!token.word) continue
    if (doc.lexicon.rankWords.has(token.lower) || isHonorific(doc, token)) continue
    words.push(token.text)
  }
  return words.join(' ')
}

/**
 * A common word capitalised only by its place, which names no one on its
 * own: one the text also writes in lower case (`Pemuka agama Islam`), or a
 * possessive `-nya` noun (`Tujuannya memastikan …`, `Alasannya …`).
 */
export function isCommonByPosition(doc: AnalysedText, k: number): boolean {
  const token = doc.tokens.at(k)!
  if (!token.capitalized || !capitalizedByPosition(doc, k) || doc.shortNames.has(token.lower)) return false
  if (doc.lowerVocabulary.has(token.lower)) return true
  return isPossessiveNoun(token, doc.language) && (doc.capitals.get(token.lower)?.length ?? 0) <= 1
}
