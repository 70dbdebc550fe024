/**
 * The speaker phrase next to a cue, and what it names.
 *
 * After an inverted cue (`kata …`) the phrase runs right; before a clausal
 * cue (`… mengatakan`) it runs left. Either way it may hold role and
 * affiliation appositives of any length before the name
 * (`Direktur Reserse Kriminal Umum Polda Jateng Komisaris Besar Djuhandhani
 * Rahardjo Puro`), a pronoun (`dia`), a bare title (`Presiden`), a
 * description (`bek berusia 26 tahun tersebut`), an unnamed source
 * (`pejabat di Kementerian …`), an outlet or an organisation.
 */
import {isPossessiveNoun, type AnalysedText} from '../extract/document.ts'
import {phrasesStartingWith} from '../extract/cue-words.ts'
import {isQuoteMark} from '../extract/quote-marks.ts'
import type {Token} from '../extract/tokens.ts'
import {organizationAcronyms} from './acronyms.ts'
import {withoutTrailingParenthetical} from './parentheticals.ts'
import {
  occurrenceScanLimit,
  standsOnItsOwn,
  joinsTwoNames,
  isNumber,
  isAbbreviationWord,
  isHonorific,
  isLeadingAcronym,
  isInitial,
  isNameLike,
  isOrganizationWord,
  isPlaceWord,
  isRoleWord,
  rankRoleWords,
  rankWords
} from './word-classes.ts'

export type MentionKind =
  | 'name'
  | 'pronoun'
  | 'plural'
  | 'title'
  | 'description'
  | 'anonymous'
  | 'outlet'
  | 'organization'
  | 'group'

export interface TokenRange {
  first: number
  last: number
}

export interface SpeakerPhrase {
  kind: MentionKind
  /** The whole phrase. */
  phrase: TokenRange
  /** The words that name the speaker: the name, the pronoun, the title, or the phrase. */
  mention: TokenRange
  /** Name words without ranks and honorifics (kind `name`), else the entity's name. */
  name: string
  /** The role title before the name (`juru bicara`), if any. */
  title: string | null
  /** The affiliation in the phrase (`Kementerian Pertahanan Korsel`), if any. */
  affiliation: string | null
  /** Other names the phrase gives the same entity (an acronym in parentheses, a long form). */
  aliases: string[]
}

function slice(doc: AnalysedText, first: number, last: number): string {
  if (last < first) return ''
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end)
}

function isConnector(doc: AnalysedText, token: Token): boolean {
  return doc.language.text.nameConnectors.has(token.lower)
}

function lexiconWord(doc: AnalysedText, token: Token): boolean {
  const {persons} = doc.language
  return (
    isRoleWord(doc, token) ||
    isOrganizationWord(doc, token) ||
    persons.anonymousHeads.has(token.lower) ||
    persons.groupHeads.has(token.lower) ||
    persons.nameParticles.has(token.lower) ||
    persons.foreignConnectors.has(token.lower) ||
    isHonorific(doc, token)
  )
}

/** A parenthesis holding an acronym or an age: `(KCNA)`, `(37)`. Returns its last token, or -1. */
function parenthetical(doc: AnalysedText, k: number, limit: number): number {
  const {tokens} = doc
  if (tokens[k]?.text !== '(' || k + 2 > limit) return -1
  const inner = tokens[k + 1]!
  const close = tokens[k + 2]!
  if (close.text === ')' && inner.word && (isNumber(inner) || inner.capitalized)) return k + 2
  // A short name of several capitalised words (`PT Kereta Commuter Indonesia (KAI Commuter) Wiwik …`).
  for (let j = k + 1; j <= limit && j - k <= maxParentheticalWords; j++) {
    const token = tokens[j]!
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
    const token = tokens[j]!
    if (token.paragraphStart && j > k) break
    if (token.word) {
      const next = tokens[j + 1]
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
      let next = tokens[j + 1]
      // `Bidang Politik, Hukum, dan Keamanan`: a list inside a name.
      if (next && language.text.nameConnectors.has(next.lower) && tokens[j + 2]?.capitalized) next = tokens[j + 2]
      // `kata juru bicara delegasi, Lestari Wulandari`: a description, then the name.
      const describedName = !sawCapital && next !== undefined && isNameLike(doc, next) && (isRoleWord(doc, tokens[k]!) || language.persons.anonymousHeads.has(tokens[k]!.lower))
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
    if (token.text === '/' && sawCapital && tokens[j + 1]?.capitalized) continue
    const closing = parenthetical(doc, j, limit)
    if (closing > 0) {
      last = closing
      j = closing
      continue
    }
    // `M. Razi`, `Prof. Dr. …`, `H. Darmawan`: the dot of an initial, honorific or title abbreviation.
    if (token.text === '.' && j > k && ((isInitial(tokens[j - 1]!) && tokens[j - 1]!.text.length === 1) || isHonorific(doc, tokens[j - 1]!))) {
      last = j
      continue
    }
    break
  }
  while (last >= k && !tokens[last]!.word && tokens[last]!.text !== ')') last--
  const closingDemonstrative = (j: number): boolean => language.text.demonstratives.has(tokens[j]!.lower) && !tokens[j + 1]?.word
  while (last >= k && tokens[last]!.word && (isConnector(doc, tokens[last]!) || language.text.phraseStops.has(tokens[last]!.lower)) && !closingDemonstrative(last)) last--
  return last >= k ? {first: k, last} : null
}

/**
 * The subject phrase that ends at token `k` before a clausal cue, reaching
 * back no further than `limit`. Returns null when there is none, or when the
 * cue stands in a subordinate clause (`Saat X mengonfirmasi …,`).
 */
export function phraseBefore(doc: AnalysedText, k: number, limit: number): TokenRange | null {
  const {tokens, language} = doc
  let end = k
  while (end >= limit && tokens[end]!.word && !tokens[end]!.capitalized && language.persons.adverbs.has(tokens[end]!.lower)) end--
  if (end < limit) return null
  if (tokens[end]!.text === ',') return subjectBeforeCommas(doc, end, limit)
  // `Seorang pejabat … yang enggan disebut namanya mengatakan`: a relative clause between subject and verb.
  const relative = relativeClauseBefore(doc, end, limit)
  if (relative >= 0) return phraseBefore(doc, relative - 1, limit)
  // `Menteri … Sri Mulyani Indrawati dalam wawancara khusus dengan Kompas menyampaikan`: an adjunct between subject and verb.
  const adjunctAt = adjunctBeforeVerb(doc, end, limit)
  if (adjunctAt >= 0) return phraseBefore(doc, adjunctAt - 1, limit)
  // `Ia menambahkan`, `…, ia juga mengatakan`: a pronoun subject.
  const pronoun = tokens[end]!
  if (pronoun.word && (language.persons.pronouns.has(pronoun.lower) || language.persons.pluralPronouns.has(pronoun.lower))) {
    const before = tokens[end - 1]
    if (end === limit || !before || !before.word || language.cues.coordinators.has(before.lower) || isFunctionWord(doc, before)) return {first: end, last: end}
  }
  // `Mantan Gubernur DKI Jakarta itu pun …`: a description closed by a demonstrative.
  let j = end
  if (tokens[end]!.word && language.text.demonstratives.has(tokens[end]!.lower) && end > limit) j = end - 1
  // `Reynaldi dari PT House of Rattan mengatakan`: the name before `dari`/`di` is the subject.
  const from = affiliationTail(doc, j, limit)
  if (from >= 0) {
    const anonymous = anonymousHeadBefore(doc, from - 1, limit)
    if (anonymous >= 0) return {first: anonymous, last: end}
    const name = phraseBefore(doc, from - 1, limit)
    if (name && readPhrase(doc, name)?.kind === 'name') return name
  }
  let first = end + 1
  if (j < end) first = end
  while (j >= limit) {
    const token = tokens[j]!
    if (token.word) {
      if (token.capitalized || token.allCaps || /^\p{N}/u.test(token.text)) {
        if (language.persons.subordinators.has(token.lower) && j === limit) return null
        first = j
        j--
        continue
      }
      // `Ri Pyong-chol dan Pak Jong-chon`: two names joined, not one phrase.
      if (isConnector(doc, token) && j > limit && isNameLike(doc, tokens[j - 1]!) && allNameLike(doc, j + 1, end)) break
      if (lexiconWord(doc, token) || (isConnector(doc, token) && j > limit && tokens[j - 1]!.capitalized)) {
        first = j
        j--
        continue
      }
      if (language.persons.subordinators.has(token.lower)) return null
      // `pedagang sayur Sri Wahyuni`, `petani cabai Mujiono`: a role noun and its modifier before the name.
      const roleHead = tokens[j - 1]
      if (first <= end && roleHead && j - 1 >= limit && roleHead.word && !roleHead.capitalized && language.persons.roleHeads.has(roleHead.lower)) first = j - 1
      break
    }
    if (token.text === ')') {
      let open = j - 1
      while (open >= limit && open > j - 6 && tokens[open]!.text !== '(') open--
      if (open >= limit && tokens[open]!.text === '(') {
        first = open
        j = open - 1
        continue
      }
      break
    }
    if (isQuoteMark(token) && doc.marks.insideOf[j]! >= 0) {
      const stretch = doc.marks.stretches[doc.marks.insideOf[j]!]!
      const inner = stretch.lastInner - stretch.firstInner + 1
      if (stretch.closeToken === j && inner <= 6 && tokens[stretch.firstInner]!.capitalized) {
        first = stretch.openToken
        j = stretch.openToken - 1
        continue
      }
      break
    }
    if (token.text === '.' && j > limit && isInitial(tokens[j - 1]!)) {
      first = j
      j--
      continue
    }
    break
  }
  if (first > end) return null
  // A subordinate clause: `Saat Korut dan Rusia mengonfirmasi …, AS menyerukan …`.
  const before = tokens[first - 1]
  if (before && before.word && language.persons.subordinators.has(before.lower)) return null
  // `umat Muslim menilai`: a capitalised word after a common noun modifies it; it names no one.
  // A title (`Presiden`) after a glued subheading (`Tak gegabah Presiden juga mengingatkan`) still speaks.
  if (first === end && before && before.word && !before.capitalized && first > limit && !isFunctionWord(doc, before) && !language.cues.coordinators.has(before.lower) && !lexiconWord(doc, before) && !isRoleWord(doc, tokens[first]!)) return null
  while (first <= end && tokens[first]!.word && isConnector(doc, tokens[first]!)) first++
  return first <= end ? {first, last: end} : null
}

/**
 * The index of `dari`/`di` in `NAME dari ORGANISATION` ending at `j`, or -1:
 * a capitalised run (foreign connectors allowed) back to the preposition, with
 * a name right before it.
 */
function affiliationTail(doc: AnalysedText, j: number, limit: number): number {
  const {tokens, language} = doc
  let k = j
  let sawCapital = false
  while (k > limit) {
    const token = tokens[k]!
    if (token.word && (token.capitalized || token.allCaps)) sawCapital = true
    else if (!(token.word && language.persons.foreignConnectors.has(token.lower)) && token.text !== '(' && token.text !== ')') break
    k--
  }
  const preposition = tokens[k]
  if (!sawCapital || !preposition || !language.text.affiliationPrepositions.has(preposition.lower) || k - 1 < limit) return -1
  const before = tokens[k - 1]!
  // `pejabat di Kementerian …`, `Seorang pemilik apotek di Depok`: an unnamed source and its affiliation.
  if (anonymousHeadBefore(doc, k - 1, limit) >= 0) return k
  return isNameLike(doc, before) && !isPlaceWord(doc, before) ? k : -1
}

/**
 * The first token of the comma-delimited chunk that ends at `j`: back to the
 * comma before it, the sentence start, `limit`, or `maxLength` tokens.
 */
export function chunkStart(doc: AnalysedText, j: number, limit: number, maxLength = 13): number {
  const {tokens} = doc
  let first = j
  while (first - 1 >= limit && j - first < maxLength - 1 && tokens[first - 1]!.text !== ',' && doc.sentenceOf[first - 1] === doc.sentenceOf[j]) first--
  return first
}

/** `(37)` at token `k`: an age after a name. */
export function isAge(doc: AnalysedText, k: number): boolean {
  const {tokens} = doc
  return tokens[k]?.text === '(' && /^\p{N}{1,3}$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')'
}

/** The start of a chunk ending at `j` that opens with a role word (`Pengamat politik dari …`), or -1. */
function roleChunkEndingAt(doc: AnalysedText, j: number, limit: number): number {
  const {tokens} = doc
  const first = chunkStart(doc, j, limit)
  const head = tokens[first]
  return head && head.word && doc.language.persons.roleHeads.has(head.lower) ? first : -1
}

/** The start of `Perusahaan pemilik kapal` ending at `j`: an organisation noun and lower-case words, or -1. */
function organizationChunkEndingAt(doc: AnalysedText, j: number, limit: number): number {
  const {tokens} = doc
  let first = j
  while (first - 1 >= limit && j - first < 6 && tokens[first]!.word && !tokens[first]!.capitalized) first--
  const head = tokens[first]!
  return first < j && head.word && doc.language.persons.organizationHeads.has(head.lower) && !isRoleWord(doc, head) ? first : -1
}

/** An unnamed-source head (`seorang`, `pejabat`) at most three lower-case words back from `j`, or -1. */
function anonymousHeadBefore(doc: AnalysedText, j: number, limit: number): number {
  const {tokens, language} = doc
  for (let i = j; i >= limit && j - i < 3; i--) {
    const token = tokens[i]!
    const sentenceInitial = doc.sentences[doc.sentenceOf[i]!]!.first === i
    if (!token.word || (token.capitalized && !sentenceInitial)) return -1
    if (language.persons.anonymousHeads.has(token.lower)) return i
  }
  return -1
}

/** The index of `yang` opening a lower-case relative clause that ends at `end`, or -1. */
function relativeClauseBefore(doc: AnalysedText, end: number, limit: number): number {
  const {tokens} = doc
  for (let j = end; j > limit && end - j < 10; j--) {
    const token = tokens[j]!
    if (!token.word || token.capitalized) return -1
    if (doc.language.text.relativePronouns.has(token.lower)) return j - 1 >= limit && tokens[j - 1]!.word ? j : -1
  }
  return -1
}


/**
 * The index of a preposition that opens an adjunct ending at `end`, right
 * after a name (`… Indrawati dalam wawancara … menyampaikan`), or -1.
 */
function adjunctBeforeVerb(doc: AnalysedText, end: number, limit: number): number {
  const {tokens} = doc
  for (let j = end; j > limit && end - j < 10; j--) {
    const token = tokens[j]!
    if (!token.word) {
      if (token.text === '(' || token.text === ')' || token.text === '/') continue
      return -1
    }
    if (!doc.language.text.verbAdjuncts.has(token.lower)) continue
    const before = tokens[j - 1]!
    // `Nordlys Cruises, dalam pernyataannya menyatakan`: the subject may stand before a comma.
    return (isNameLike(doc, before) && !isPlaceWord(doc, before)) || isInitial(before) || before.allCaps || before.text === ',' || endsOrganization(doc, j - 1) ? j : -1
  }
  return -1
}

/** The name after `Perusahaan pemilik kapal,`: an organisation noun, lower-case words, a comma, capitalised words to the end. */
function describedOrganization(doc: AnalysedText, first: number, last: number): TokenRange | null {
  const {tokens, language} = doc
  const head = tokens[first]!
  if (!head.word || !language.persons.organizationHeads.has(head.lower) || isRoleWord(doc, head)) return null
  let j = first + 1
  if (!tokens[j]?.word || tokens[j]!.capitalized) return null
  while (j <= last && tokens[j]!.word && !tokens[j]!.capitalized) j++
  if (tokens[j]?.text !== ',' || j + 1 > last) return null
  for (let k = j + 1; k <= last; k++) if (!tokens[k]!.word || !tokens[k]!.capitalized) return null
  return {first: j + 1, last}
}

/** Whether the capitalised run ending at `j` opens with an organisation's head (`Kementerian Luar Negeri Malaysia`). */
function endsOrganization(doc: AnalysedText, j: number): boolean {
  const head = doc.tokens[capitalisedRunStart(doc, j, 7)]!
  return head.word && head.capitalized && doc.language.persons.organizationHeads.has(head.lower)
}

/** The first token of the run of capitalised words that ends at `j`, at most `maxLength` words long (bounded: linear). */
export function capitalisedRunStart(doc: AnalysedText, j: number, maxLength: number): number {
  const {tokens} = doc
  let first = j
  while (first - 1 >= 0 && j - first < maxLength - 1 && tokens[first - 1]!.word && tokens[first - 1]!.capitalized) first--
  return first
}


/**
 * A subject set off from its verb by commas: `Suhup, mengatakan`,
 * `Abdian Saputra, Koordinator Ekajaya Fast Boat untuk Gili, juga menyampaikan`,
 * `Ketua … Lalu Kusnawan, di Lombok Utara, Jumat (31/7/2020), mengatakan`.
 * Walks back over time, place and role chunks to the chunk that names someone.
 */
function subjectBeforeCommas(doc: AnalysedText, comma: number, limit: number): TokenRange | null {
  const {tokens, language} = doc
  let end = comma
  for (let chunk = 0; chunk < 4; chunk++) {
    let open = end - 1
    while (open >= limit && end - open < 25 && tokens[open]!.text !== ',') open--
    const first = open + 1
    let last = end - 1
    if (last < first || last < limit) return null
    // `Nur Aisyah (29), mengatakan`: an age after the name.
    if (last - 3 >= first && isAge(doc, last - 2)) last -= 3
    const head = tokens[first]!
    const adjunct =
      (head.word && (language.text.subjectAdjuncts.has(head.lower) || language.text.calendar.has(head.lower))) ||
      head.text === '(' ||
      /^\p{N}/u.test(head.text)
    const tail = tokens[last]!
    const endsInName = (isNameLike(doc, tail) && !isPlaceWord(doc, tail)) || (tail.allCaps && chunk === 0)
    // Passive adjuncts (`dihubungi kemarin`) and lower-case descriptions (`lembaga kajian …`) are set off, not subjects.
    const passive = language.morphology.passivePrefix
    const passiveAdjunct = head.word && !head.capitalized && head.lower.startsWith(passive) && head.lower.length >= passive.length + 4
    if (passiveAdjunct && open >= limit && tokens[open]?.text === ',') {
      end = open
      continue
    }
    const describes = isRoleWord(doc, head) || language.persons.anonymousHeads.has(head.lower) || (head.word && !head.capitalized)
    // A lower-case description between commas is an appositive, even when it names someone (`kuasa hukum FPI dan Rizieq Shihab`).
    // So is a role after a bare name that opens the sentence (`Dedy, Kepala Peleton B dari Pos …, mengatakan`).
    const appositive = describes && open >= limit && tokens[open]?.text === ',' && (!head.capitalized || bareNameOpening(doc, open - 1, limit))
    if (!adjunct && endsInName && !appositive) {
      const name = phraseBefore(doc, last, first)
      // `Pengamat politik dari Universitas Indonesia, Dewi Kartikasari, menilai`: the role chunk before the name is its role.
      const setOff = name !== null && name.first === first && open >= limit && tokens[open]?.text === ','
      const roleChunk = setOff ? roleChunkEndingAt(doc, open - 1, limit) : -1
      if (name && roleChunk >= 0) return {first: roleChunk, last: name.last}
      // `Perusahaan pemilik kapal, Nordlys Cruises, …`: the description names an organisation.
      const organization = setOff ? organizationChunkEndingAt(doc, open - 1, limit) : -1
      return name && organization >= 0 ? {first: organization, last: name.last} : name
    }
    if (!adjunct && !describes) return null
    if (open < limit || tokens[open]!.text !== ',') return null
    end = open
  }
  return null
}

interface Classified {
  kind: 'name' | 'role' | 'rank' | 'honorific' | 'org' | 'place' | 'other' | 'punct'
}

function classifyTokens(doc: AnalysedText, first: number, last: number): Classified['kind'][] {
  const {tokens} = doc
  const kinds: Classified['kind'][] = []
  let placeExpected = false
  let rankUntil = -1
  for (let j = first; j <= last; j++) {
    const token = tokens[j]!
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
    if (token.capitalized && rankRoleWords(doc).has(token.lower) && (previousKind === 'org' || previousKind === 'place' || previousKind === 'name') && tokens[j + 1] !== undefined && isNameLike(doc, tokens[j + 1]!)) {
      kinds.push('rank')
      placeExpected = false
      continue
    }
    // The place after `Kabupaten`, `Polres`, `Wali Kota` — unless the text calls someone by that word alone (`Wali Kota Risma`).
    // An unknown word is a place only with a name of two words or more after it (`Bupati Bogor Ade Yasin`, not `Bupati Sutarjo Wibowo`).
    if (placeExpected && (isPlaceWord(doc, token) || isAbbreviationWord(doc, token) || nameWordsFrom(doc, j + 1, last) >= 2) && token.capitalized && !isRoleWord(doc, token) && !isHonorific(doc, token) && !doc.shortNames.has(token.lower)) {
      // After `Polres`, `Gubernur`, `Kabupaten`: a place name, one word unless the lexicon knows more.
      kinds.push('place')
      const next = tokens[j + 1]
      // `Bidara Cina`, `Jawa Tengah`: the place goes on while the lexicon knows the next word and a name still follows.
      const {compassWords} = doc.language.persons
      placeExpected = next !== undefined && next.word && next.capitalized && (
        // `Bandung Barat`, `Gunung Kidul`: a point of the compass after a place belongs to it.
        compassWords.has(next.lower) ||
        // `Kulon Progo Sutarjo Wibowo`: a point of the compass opening the place (not closing one: `Jawa Timur Khofifah …`)
        // opens a place of two words, when a name of two follows.
        (compassWords.has(token.lower) && kinds[kinds.length - 2] !== 'place' && nameWordsFrom(doc, j + 2, last) >= 2) ||
        ((isPlaceWord(doc, next) || isAbbreviationWord(doc, next)) && (isPlaceWord(doc, token) || nameWordsFrom(doc, j + 2, last) >= 2)))
      continue
    }
    placeExpected = false
    const kind = baseKind(doc, j)
    kinds.push(kind === 'other' && kinds[kinds.length - 1] === 'name' && isNamedCalendarWord(doc, token) ? 'name' : kind)
    if (doc.language.persons.placeTakingHeads.has(token.lower)) placeExpected = true
  }
  return kinds
}

const kindNames: ReadonlyArray<Classified['kind']> = ['name', 'role', 'rank', 'honorific', 'org', 'place', 'other', 'punct']
const baseKinds = new WeakMap<AnalysedText, Int8Array>()

/**
 * What the word at `j` is on its own, outside a multi-word rank and not after a place-taking head (classifyTokens
 * reads those from the words around it). Phrases overlap, so the same token is classified many times: answered
 * once per token.
 */
function baseKind(doc: AnalysedText, j: number): Classified['kind'] {
  let cache = baseKinds.get(doc)
  if (!cache) baseKinds.set(doc, (cache = new Int8Array(doc.tokens.length)))
  const known = cache[j]!
  if (known > 0) return kindNames[known - 1]!
  const token = doc.tokens[j]!
  let kind: Classified['kind']
  if (!token.word) kind = 'punct'
  else if (rankWords(doc).has(token.lower)) kind = 'rank'
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
  while (count < 2 && j + count <= last && isNameLike(doc, doc.tokens[j + count]!)) count++
  return count
}

/** The last token of a multi-word rank starting at `j` (`Komisaris Besar`), or -1. */
function rankAt(doc: AnalysedText, j: number, last: number): number {
  const {tokens} = doc
  if (!tokens[j]!.capitalized) return -1
  let best = -1
  for (const rank of phrasesStartingWith(doc.language.persons.ranks, tokens[j]!.lower) ?? []) {
    if (rank.length < 2 || j + rank.length - 1 > last) continue
    let matches = true
    for (let n = 0; n < rank.length; n++) if (tokens[j + n]!.lower !== rank[n]) matches = false
    if (matches) best = Math.max(best, j + rank.length - 1)
  }
  return best
}

/** The last run of name words in a stretch (initials and particles allowed inside). */
function lastNameRun(doc: AnalysedText, first: number, last: number): TokenRange | null {
  // Asked for the same stretches by several readers: answered once per stretch.
  return perRange(nameRunCache, doc, first, last, lastNameRunUncached)
}

const nameRunCache = new WeakMap<AnalysedText, Map<number, TokenRange | null>>()

/**
 * `compute(doc, first, last)`, remembered per document and token range (ranges of up to 63 tokens; longer ones,
 * rare, are computed each time): the phrase readers ask about the same runs again and again.
 */
function perRange<T>(caches: WeakMap<AnalysedText, Map<number, T>>, doc: AnalysedText, first: number, last: number, compute: (doc: AnalysedText, first: number, last: number) => T): T {
  if (last - first >= 63) return compute(doc, first, last)
  let cache = caches.get(doc)
  if (!cache) caches.set(doc, (cache = new Map()))
  const key = first * 64 + (last - first)
  if (cache.has(key)) return cache.get(key)!
  const answer = compute(doc, first, last)
  cache.set(key, answer)
  return answer
}

function lastNameRunUncached(doc: AnalysedText, first: number, last: number): TokenRange | null {
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
  if (isInitial(tokens[runLast]!) && (runLast === first || kindAt(runLast - 1) !== 'name') && !(runLast + 1 <= last && kindAt(runLast + 1) === 'name')) return null
  if ((runLast === first || kindAt(runLast - 1) !== 'name') && isCommonByPosition(doc, runLast) && (runLast === last || kindAt(runLast + 1) !== 'name')) return null
  // A name may end in a word the lexicon knows (`Tubagus Utama`, `Juda Agung`) when it closes the phrase.
  const closes = (j: number): boolean => j === last || !tokens[j + 1]!.word
  // So may a role noun, which opens phrases but never closes one (`Arif Rahman Hakim menyampaikan`).
  const closing = tokens[runLast + 1]
  const closingRole = closing !== undefined && kindAt(runLast + 1) === 'role' && closing.capitalized && !closing.allCaps && doc.language.persons.roleHeads.has(closing.lower)
  if (runLast + 1 <= last && (isNamePartWord(doc, closing!, kindAt(runLast + 1)) || closingRole) && closes(runLast + 1)) runLast++
  let runFirst = runLast
  for (let j = runLast - 1; j >= first; j--) {
    const token = tokens[j]!
    const kind = kindAt(j)
    if (kind === 'name' || (kind === 'punct' && token.text === '.' && isInitial(tokens[j - 1] ?? token))) {
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
      !organizationAcronyms(doc).has(token.lower) && !doc.language.outlets.organizations.has(token.lower) && !doc.language.outlets.outlets.has(token.lower)) {
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
  return j - 4 >= first && tokens[j - 1]!.text === ')' && tokens[j - 3]!.text === '(' && tokens[j - 2]!.word && kindAt(j - 4) === 'rank'
}

/**
 * `CEO Tokopedia William Tanuwijaya`: after a company officer's title, the first of a run of three words or more is
 * the company (not a name prefix or title of birth, and not a word the text calls someone by).
 */
export function opensWithCompany(doc: AnalysedText, first: number, last: number): boolean {
  const {persons} = doc.language
  const title = doc.tokens[first - 1]
  const opener = doc.tokens[first]!
  return title !== undefined && title.word && persons.companyTitles.has(title.lower) && last - first >= 2 &&
    !persons.namePrefixes.has(opener.lower) && !persons.nameTitles.has(opener.lower) && !doc.shortNames.has(opener.lower)
}

/** A capitalised lexicon word that may still be part of a name (not a head noun, rank or place). */
export function isNamePartWord(doc: AnalysedText, token: Token, kind?: string): boolean {
  if (!token.word || !token.capitalized || token.allCaps) return false
  if (kind !== undefined && kind !== 'org' && kind !== 'role' && kind !== 'other') return false
  const {persons} = doc.language
  if (persons.roleHeads.has(token.lower) || persons.organizationHeads.has(token.lower) || rankWords(doc).has(token.lower)) return false
  return !isPlaceWord(doc, token) && !doc.lowerVocabulary.has(token.lower)
}

/**
 * Where a name really starts in a run of capitalised words: not at a word the
 * text also writes in lower case, not at an organisation's acronym, not at a
 * word that stands elsewhere before other words (`Commuter Anne Purba`).
 */
export function trimNameStart(doc: AnalysedText, first: number, last: number): number {
  return perRange(trimCache, doc, first, last, trimNameStartUncached)
}

const trimCache = new WeakMap<AnalysedText, Map<number, number>>()

function trimNameStartUncached(doc: AnalysedText, first: number, last: number): number {
  const {tokens} = doc
  // Honorifics and their dots open no name (`H. Darmawan`).
  while (first < last && (isHonorific(doc, tokens[first]!) || tokens[first]!.text === '.')) first++
  // A title of birth opens the name; words before it belong to something else (`Hotel Gili Lalu Wiratmaja`).
  for (let j = first + 1; j < last; j++) {
    if (doc.language.persons.nameTitles.has(tokens[j]!.lower) && tokens[j]!.capitalized) {
      first = j
      break
    }
  }
  while (first < last) {
    const token = tokens[first]!
    if ((doc.lowerVocabulary.has(token.lower) && capitalizedByPosition(doc, first)) || isLeadingAcronym(doc, token)) first++
    else break
  }
  // `Terminal Terpadu Pulo Gebang Bernad Octavianus Pasaribu` beside `di Terminal Pulo Gebang,`: the place ends before the name.
  // (Organisations and places glued before a name are a few words: bounded, so a huge run stays linear.)
  for (let j = Math.min(last - 1, first + 3); j >= first; j--) {
    if (standsOnItsOwn(doc, first, j, last)) {
      first = j + 1
      break
    }
  }
  // Where the text calls the person by one word of the run, the name starts
  // there — unless only given-name prefixes stand before it (`Muhammad Rizieq`),
  // or the run follows a rank or honorific, after which a name begins
  // (`Inspektur Jenderal Raden Prabowo Argo Yuwono`).
  // So does a run set off by a comma or a closing bracket (`anggota Bawaslu, Ratna Dewi Pettalolo,`),
  // and a run after an organisation or place the text writes elsewhere ending there
  // (`Dinas Kesehatan Kabupaten Magelang Oktora Kunto Edy` beside `Kabupaten Magelang juga`).
  const before = tokens[first - 1]
  const closed = before !== undefined && (before.text === ',' || before.text === ')' || (before.word && before.capitalized &&
    (rankWords(doc).has(before.lower) || isHonorific(doc, before) || (first >= 2 && rankAt(doc, first - 2, first - 1) === first - 1) || endsElsewhere(doc, first - 1))))
  // The word a cue calls the person by, where the run holds one; else any short name (`Tokoku Rania …` beside
  // `Tokoku memprediksi` and `kata Rania`: Rania).
  let calledAfterCue = -1
  for (let j = first + 1; j < last && !closed && calledAfterCue < 0; j++) if (doc.shortNamesAfterCues.has(tokens[j]!.lower)) calledAfterCue = j
  for (let j = calledAfterCue >= 0 ? calledAfterCue : first + 1; j < last && !closed; j++) {
    if (!doc.shortNames.has(tokens[j]!.lower)) continue
    let onlyPrefixes = true
    for (let i = first; i < j; i++) {
      const word = tokens[i]!
      if (!doc.language.persons.namePrefixes.has(word.lower.replace(/\.$/u, '')) && !(isInitial(word) && word.text.length <= 2) && word.text !== '.') onlyPrefixes = false
    }
    if (!onlyPrefixes) {
      // …with the given-name prefixes right before that word (`Laskar Bumi Pertiwi Muhammad Fikri Hasan` beside `Fikri`).
      const runStart = first
      first = j
      while (first - 1 > runStart && tokens[first - 1]!.capitalized && doc.language.persons.namePrefixes.has(tokens[first - 1]!.lower)) first--
    }
    break
  }
  return first
}

/**
 * Whether the capital of the word at `k` may come from its place alone: it
 * opens a sentence or follows a mark (`“Namun`, `(Selain`). Inside a
 * sentence, a word the text also writes in lower case is capitalised as part
 * of a name (`Kejaksaan Agung Hari Setiyono`).
 */
function capitalizedByPosition(doc: AnalysedText, k: number): boolean {
  const previous = doc.tokens[k - 1]
  return previous === undefined || !previous.word || doc.sentences[doc.sentenceOf[k]!]!.first === k
}

/** Whether the two words ending at `k` stand elsewhere in the text at the end of a run of capitalised words. */
function endsElsewhere(doc: AnalysedText, k: number): boolean {
  const {tokens} = doc
  const previous = tokens[k - 1]
  if (!previous || !previous.word || !previous.capitalized) return false
  const others = doc.capitals.get(tokens[k]!.lower) ?? []
  for (let i = 0; i < others.length && i < occurrenceScanLimit; i++) {
    const o = others[i]!
    const after = tokens[o + 1]
    if (o !== k && tokens[o - 1]?.lower === previous.lower && (!after || !after.word || !after.capitalized)) return true
  }
  return false
}

/**
 * A common word capitalised only by its place, which names no one on its
 * own: one the text also writes in lower case (`Pemuka agama Islam`), or a
 * possessive `-nya` noun (`Tujuannya memastikan …`, `Alasannya …`).
 */
function isCommonByPosition(doc: AnalysedText, k: number): boolean {
  const token = doc.tokens[k]!
  if (!token.capitalized || !capitalizedByPosition(doc, k) || doc.shortNames.has(token.lower)) return false
  if (doc.lowerVocabulary.has(token.lower)) return true
  return isPossessiveNoun(token, doc.language) && (doc.capitals.get(token.lower)?.length ?? 0) <= 1
}

/** Whether the tokens ending at `j` are one to four name words that open their sentence. */
function bareNameOpening(doc: AnalysedText, j: number, limit: number): boolean {
  let first = j
  while (first > limit && j - first < 4 && isNameLike(doc, doc.tokens[first - 1]!)) first--
  return first <= j && isNameLike(doc, doc.tokens[j]!) && doc.sentences[doc.sentenceOf[first]!]!.first === first && allNameLike(doc, first, j)
}

/** Whether a word sequence of the lexicon starts at token `j`. */
function sequenceAt(doc: AnalysedText, j: number, words: readonly string[]): boolean {
  return words.every((word, n) => doc.tokens[j + n]?.lower === word)
}

/** A known outlet named anywhere in the stretch (up to four words), with its range. */
/** The first word of every outlet name the lexicon knows: most words start none, and are skipped at once. */
function outletFirstWords(outlets: ReadonlyMap<string, string>): Set<string> {
  let words = outletFirstWordCache.get(outlets)
  if (!words) {
    words = new Set([...outlets.keys()].map((key) => key.split(' ')[0]!))
    outletFirstWordCache.set(outlets, words)
  }
  return words
}

const outletFirstWordCache = new WeakMap<ReadonlyMap<string, string>, Set<string>>()

function findKnownOutlet(doc: AnalysedText, first: number, last: number): {range: TokenRange; name: string} | null {
  const {tokens, language} = doc
  const firstWords = outletFirstWords(language.outlets.outlets)
  for (let j = first; j <= last; j++) {
    if ((!tokens[j]!.capitalized && !tokens[j]!.allCaps) || !firstWords.has(tokens[j]!.lower)) continue
    // Keys of one to four words, longest first.
    const keys: string[] = []
    for (let n = 0; n < 4 && j + n <= last && tokens[j + n]!.word; n++) keys.push(n === 0 ? tokens[j]!.lower : keys[n - 1] + ' ' + tokens[j + n]!.lower)
    for (let n = keys.length; n >= 1; n--) {
      const name = language.outlets.outlets.get(keys[n - 1]!)
      if (name && (n > 1 || tokens[j]!.allCaps || tokens[j]!.text.length > 3)) return {range: {first: j, last: j + n - 1}, name}
    }
  }
  return null
}

function findKnownOrganization(doc: AnalysedText, first: number, last: number): {range: TokenRange; name: string} | null {
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

/** A person's name from a run of words, without ranks and honorifics (`H. Darmawan Saputra` → `Darmawan Saputra`). */
export function nameWithoutTitles(doc: AnalysedText, range: TokenRange): string {
  const {tokens} = doc
  const words: string[] = []
  for (let j = range.first; j <= range.last; j++) {
    const token = tokens[j]!
    if (!token.word) continue
    if (rankWords(doc).has(token.lower) || isHonorific(doc, token)) continue
    words.push(token.text)
  }
  return words.join(' ')
}

function trimEdges(doc: AnalysedText, range: TokenRange): TokenRange | null {
  let {first, last} = range
  const {tokens} = doc
  while (first <= last && (!tokens[first]!.word && tokens[first]!.text !== '(' && !isQuoteMark(tokens[first]!))) first++
  while (first <= last && (!tokens[last]!.word && tokens[last]!.text !== ')' && !isQuoteMark(tokens[last]!))) last--
  while (first <= last && tokens[last]!.word && (doc.language.text.nameConnectors.has(tokens[last]!.lower) || doc.language.text.affiliationPrepositions.has(tokens[last]!.lower))) last--
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
  while (j <= last && opener(tokens[j]!)) j++
  const head = tokens[j]
  if (!head || !head.word || j > last) return null
  // A lower-case noun, or one capitalised only because it opens the sentence.
  if (head.capitalized && !(j === first && doc.sentences[doc.sentenceOf[j]!]!.first === j)) return null
  const {cues} = language
  const cue = cues.clausal.has(head.lower) || cues.according.has(head.lower) || cues.inverted.has(head.lower) || cues.anaphoric.has(head.lower)
  const verb = language.morphology.verbPrefixes.some((prefix) => head.lower.startsWith(prefix)) && !isRoleWord(doc, head) && !language.persons.anonymousHeads.has(head.lower)
  if (cue || verb || language.persons.subordinators.has(head.lower) || language.text.phraseStops.has(head.lower) || isFunctionWord(doc, head)) return null
  let end = j
  while (end + 1 <= last && end - j < 3) {
    const next = tokens[end + 1]!
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
  while (last > phrase.phrase.first && tokens[last]!.word && language.text.demonstratives.has(tokens[last]!.lower)) last--
  const head = tokens[phrase.phrase.first]!
  if (!head.word || !(isRoleWord(doc, head) || language.persons.anonymousHeads.has(head.lower))) return null
  const role = roleOf(doc, phrase.phrase.first, last)
  return role.title ? role : null
}

/** Role title and affiliation from the words before a name. */
function roleOf(doc: AnalysedText, first: number, last: number): {title: string | null; affiliation: string | null} {
  const range = trimEdges(doc, {first, last})
  if (!range) return {title: null, affiliation: null}
  const {tokens, language} = doc
  let j = range.first
  // Drop leading ranks and honorifics.
  const kinds = classifyTokens(doc, range.first, range.last)
  let titleEnd = -1
  for (; j <= range.last; j++) {
    const token = tokens[j]!
    const kind = kinds[j - range.first]
    if (kind === 'rank' || kind === 'honorific') {
      if (titleEnd < 0) continue
      break
    }
    if (language.persons.organizationHeads.has(token.lower) && titleEnd >= 0 &&
      (!isCompoundRole(doc, tokens[j - 1]!, token) || (j < range.last && isUnitDesignation(tokens[j + 1]!)))) break
    const lowerRole = !token.capitalized && token.word && !language.persons.organizationHeads.has(token.lower) &&
      (isRoleWord(doc, token) || language.persons.anonymousHeads.has(token.lower) || language.persons.institutionalWords.has(token.lower))
    if (kind === 'role' || lowerRole) {
      titleEnd = j
      continue
    }
    if (titleEnd >= 0 && (kind === 'org' || kind === 'place' || kind === 'name' || kind === 'other')) {
      if (language.persons.organizationHeads.has(token.lower) || kind === 'place' || kind === 'name' || token.allCaps) break
      titleEnd = j
      continue
    }
    break
  }
  let titleStart = range.first
  while (titleStart <= titleEnd && (kinds[titleStart - range.first] === 'rank' || kinds[titleStart - range.first] === 'honorific')) titleStart++
  // `Pengamat politik dari Universitas …`: the preposition belongs to the affiliation, not the title.
  while (titleEnd >= titleStart && tokens[titleEnd]!.word && language.text.affiliationPrepositions.has(tokens[titleEnd]!.lower)) titleEnd--
  const title = titleEnd >= titleStart ? slice(doc, titleStart, titleEnd) : null
  let affFirst = titleEnd >= 0 ? titleEnd + 1 : range.first
  if (language.text.affiliationPrepositions.has(tokens[affFirst]?.lower ?? '')) affFirst++
  let affLast = range.last
  while (affLast >= affFirst && (kinds[affLast - range.first] === 'rank' || kinds[affLast - range.first] === 'honorific')) affLast--
  const affRange = trimEdges(doc, {first: affFirst, last: affLast})
  const affiliation = affRange ? withoutTrailingParenthetical(slice(doc, affRange.first, affRange.last)) : null
  return {title, affiliation: affiliation || null}
}

/**
 * The role in an appositive right after a name, between commas
 * (`Rudi Hartono, juru bicara PT Kereta Api Indonesia, mengatakan`,
 * `kata Han Ji-woo, juru bicara penjaga pantai Busan.`), up to `limit`.
 */
export function appositiveRole(doc: AnalysedText, nameLast: number, limit: number): {title: string | null; affiliation: string | null} | null {
  const {tokens, language} = doc
  let first = nameLast + 1
  if (tokens[first]?.text === ',') first++
  // `kata Budi Santoso, yang juga Ketua Umum …`, `Sugeng yang juga Deputi III …`: a role in a relative clause.
  const relative = first
  while (first - relative < 4 && tokens[first]?.word && language.persons.roleClauseWords.has(tokens[first]!.lower)) first++
  if (first === nameLast + 1) return null
  if (first > relative && !language.text.relativePronouns.has(tokens[relative]!.lower)) return null
  const head = tokens[first]
  if (!head || !head.word || !(isRoleWord(doc, head) || language.persons.anonymousHeads.has(head.lower))) return null
  let last = first
  while (last + 1 <= limit && last - first < 15 && tokens[last + 1]!.text !== ',' && tokens[last + 1]!.text !== '.' && !(tokens[last + 1]!.word && language.text.phraseStops.has(tokens[last + 1]!.lower))) last++
  const role = roleOf(doc, first, last)
  return role.title || role.affiliation ? role : null
}

/**
 * Every word of `words` outside quote marks with the phrase after it, read
 * (`disampaikan oleh X`, `dikutip dari Reuters`): `skip` is the preposition
 * that may stand between them.
 */
export function phrasesAfterWords(doc: AnalysedText, words: ReadonlySet<string>, skip: string): Array<{at: number; phrase: SpeakerPhrase}> {
  const {tokens} = doc
  const found: Array<{at: number; phrase: SpeakerPhrase}> = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!
    if (!token.word || !words.has(token.lower) || doc.marks.insideOf[k]! >= 0) continue
    const after = phraseAfterWord(doc, k, skip, doc.sentences[doc.sentenceOf[k]!]!.last)
    if (after) found.push({at: k, phrase: after.phrase})
  }
  return found
}

/** The phrase after the word at `k`, past an optional `skip` word (`disampaikan oleh X`), up to `limit`, and what it names. */
export function phraseAfterWord(doc: AnalysedText, k: number, skip: string, limit: number): {range: TokenRange; phrase: SpeakerPhrase} | null {
  let start = k + 1
  if (doc.tokens[start]?.lower === skip) start++
  if (start > limit) return null
  const range = phraseAfter(doc, start, limit)
  const phrase = range ? readPhrase(doc, range) : null
  return range && phrase ? {range, phrase} : null
}

/** What a phrase names: a person by name, a pronoun, a title, an outlet … */
export function readPhrase(doc: AnalysedText, range: TokenRange): SpeakerPhrase | null {
  const trimmed = trimEdges(doc, range)
  if (!trimmed) return null
  const {first, last} = trimmed
  const {tokens, language} = doc
  const head = tokens[first]!
  const make = (kind: MentionKind, mention: TokenRange, name: string, extra: Partial<SpeakerPhrase> = {}): SpeakerPhrase => ({
    kind,
    phrase: trimmed,
    mention,
    name,
    title: null,
    affiliation: null,
    aliases: [],
    ...extra
  })

  if (first === last && language.persons.pronouns.has(head.lower)) return make('pronoun', trimmed, head.text)
  if (first === last && language.persons.pluralPronouns.has(head.lower)) return make('plural', trimmed, head.text)

  // A common noun capitalised only because it opens the sentence (`Seorang pejabat …`, `Pejabat itu …`).
  const common = !head.capitalized || (doc.sentences[doc.sentenceOf[first]!]!.first === first && lexiconWord(doc, head))
  // `Perbarindo memperkirakan`: a short name the text defines for an organisation.
  const defined = first === last ? organizationAcronyms(doc).get(head.lower) : undefined
  if (defined) return make('organization', trimmed, defined.longForm, {aliases: [head.text]})
  if (first === last && head.capitalized && !head.allCaps && !isCommonByPosition(doc, first) && !isFunctionWord(doc, head) && !isRoleWord(doc, head) && !language.persons.anonymousHeads.has(head.lower) && !doc.language.outlets.outlets.has(head.lower) && !doc.language.outlets.organizations.has(head.lower) && !doc.language.persons.organizationHeads.has(head.lower) && !isPlaceWord(doc, head)) {
    return make('name', trimmed, head.text)
  }
  const knownOrganization = findKnownOrganization(doc, first, last)
  if (knownOrganization) return make('organization', trimmed, knownOrganization.name)

  // Outlets: a known agency, `Kantor Berita X`, `media X "Name"`.
  const knownOutlet = findKnownOutlet(doc, first, last)
  const quoted = findQuotedName(doc, first, last)
  const outletHead = findOutletHead(doc, first, last)
  if (knownOutlet || (outletHead >= 0 && quoted)) {
    const aliases: string[] = []
    let mention = knownOutlet ? knownOutlet.range : trimmed
    let name = knownOutlet ? knownOutlet.name : ''
    if (quoted) {
      name = doc.text.slice(quoted.contentStart, quoted.contentEnd)
      mention = {first: quoted.firstInner, last: quoted.lastInner}
    }
    const longForm = withoutTrailingParenthetical(slice(doc, first, last))
    if (knownOutlet && longForm !== slice(doc, knownOutlet.range.first, knownOutlet.range.last) && !quoted) {
      if (outletHead >= 0 || tokens[last]!.text === ')') aliases.push(longForm)
    }
    return make('outlet', mention, name, {aliases})
  }
  // Not `Direktur Media Baru Kementerian … Ahmad Mahendra`: a role or a name makes it a person.
  if (outletHead >= 0 && outletHead === first && !hasPersonWords(doc, first, last) && (!head.capitalized || !lastNameRun(doc, first, last))) {
    // `kantor berita NTB`: an agency named after its head noun; `media Rusia`: an outlet known by a description.
    const pair = language.outlets.agencyHeads.some((words) => sequenceAt(doc, first, words))
    if (pair && first + 2 <= last && tokens[first + 2]!.capitalized) {
      return make('outlet', {first: first + 2, last}, slice(doc, first + 2, last), {aliases: [slice(doc, first, last)]})
    }
    return make('outlet', trimmed, slice(doc, first, last))
  }

  if (common && language.persons.anonymousHeads.has(head.lower) && !hasName(doc, first, last) && !language.text.demonstratives.has(tokens[last]!.lower)) {
    const diAt = findWord(doc, first, last, language.text.affiliationPrepositions)
    const affiliation = diAt >= 0 ? withoutTrailingParenthetical(slice(doc, diAt + 1, last)) : null
    return make('anonymous', trimmed, withoutTrailingParenthetical(slice(doc, first, last)), {
      title: slice(doc, first, diAt >= 0 ? diAt - 1 : last),
      affiliation
    })
  }

  // `Pejabat itu`, `bek berusia 26 tahun tersebut`: a description that points back.
  if (common && language.text.demonstratives.has(tokens[last]!.lower)) return make('description', trimmed, slice(doc, first, last))
  // `Lembaga Riset Pangan Nusantara (LRPN)`, `Kementerian Pertahanan Korea Selatan`: an organisation speaks, no person named.
  if (head.capitalized && language.persons.organizationHeads.has(head.lower) && !hasPersonWords(doc, first, last)) {
    const lastToken = tokens[last]!
    const acronym = lastToken.text === ')' && tokens[last - 1]?.word && tokens[last - 2]?.text === '(' ? [tokens[last - 1]!.text] : []
    return make('organization', trimmed, withoutTrailingParenthetical(slice(doc, first, last)), {aliases: acronym})
  }
  // `Perusahaan pemilik kapal, Nordlys Cruises`: a description headed by an organisation noun, then its name.
  const described = describedOrganization(doc, first, last)
  if (described) return make('organization', described, slice(doc, described.first, described.last))
  const nameRun = lastNameRun(doc, first, last)
  if (nameRun) {
    const role = roleOf(doc, first, nameRun.first - 1)
    const name = nameWithoutTitles(doc, nameRun)
    // `paslon Anna Morinda-Frizt Akhmad Nuzir menyatakan`: a candidate pair speaks as a group.
    if (name) return make(joinsTwoNames(doc, nameRun.first, nameRun.last) ? 'group' : 'name', nameRun, name, role)
  }

  const lastToken = tokens[last]!
  if (lastToken.word && language.text.demonstratives.has(lastToken.lower)) {
    return make('description', trimmed, slice(doc, first, last))
  }
  if (language.persons.groupHeads.has(head.lower)) return make('group', trimmed, slice(doc, first, last))
  if (language.persons.organizationHeads.has(head.lower) && head.capitalized) {
    return make('organization', trimmed, withoutTrailingParenthetical(slice(doc, first, last)))
  }
  if (isRoleWord(doc, head)) {
    const role = roleOf(doc, first, last)
    // `Presiden` names one office holder; `pasangan calon`, `petugas` do not.
    return make(head.capitalized ? 'title' : 'anonymous', trimmed, slice(doc, first, last), role)
  }
  if (head.allCaps && first === last) return make('organization', trimmed, head.text)
  if (common && language.persons.anonymousHeads.has(head.lower)) {
    return make('anonymous', trimmed, slice(doc, first, last))
  }
  return null
}

/** Conjunctions, prepositions and adverbs: capitalised at a sentence start, never a name. */
function isFunctionWord(doc: AnalysedText, token: Token): boolean {
  const {persons, text, cues} = doc.language
  const word = token.lower
  return text.phraseStops.has(word) || persons.subordinators.has(word) || persons.adverbs.has(word) ||
    cues.coordinators.has(word) || text.demonstratives.has(word) || persons.functionWords.has(word)
}

/** Months and holidays that are also names after a given name (`Ahmad Ramadhan`, `Siti Agustus`). */
function isNamedCalendarWord(doc: AnalysedText, token: Token): boolean {
  return token.capitalized && doc.language.text.calendar.has(token.lower) && !doc.language.text.weekdays.has(token.lower)
}

/** An academic degree written with dots after a name (`M.Sc`, `S.H.`, `Ph.D`). */
function isDegree(doc: AnalysedText, k: number): boolean {
  const {tokens} = doc
  let letters = ''
  for (let j = k; j < tokens.length && j - k < 6; j++) {
    const token = tokens[j]!
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
    const token = doc.tokens[j]!
    if (token.text === '.' || isHonorific(doc, token)) continue
    if (!(isNameLike(doc, token) || isInitial(token)) || isPlaceWord(doc, token)) return false
    names++
  }
  return names > 0
}

function allNameLike(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if (!isNameLike(doc, doc.tokens[j]!)) return false
  return last >= first
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

/** Whether a phrase has a role, rank or honorific word: then a name in it is a person's. */
function hasPersonWords(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = doc.tokens[j]!
    if (!token.word) continue
    if (doc.language.persons.roleHeads.has(token.lower) || rankWords(doc).has(token.lower) || isHonorific(doc, token) || rankAt(doc, j, last) > j) return true
  }
  return false
}

function hasName(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = doc.tokens[j]!
    if (token.capitalized && isNameLike(doc, token) && !isPlaceWord(doc, token) && !doc.lowerVocabulary.has(token.lower) && !lexiconWord(doc, token)) {
      const previous = doc.tokens[j - 1]
      if (previous && doc.language.text.affiliationPrepositions.has(previous.lower)) return false
      return true
    }
  }
  return false
}

function findWord(doc: AnalysedText, first: number, last: number, words: ReadonlySet<string>): number {
  for (let j = first; j <= last; j++) if (words.has(doc.tokens[j]!.lower)) return j
  return -1
}

function findOutletHead(doc: AnalysedText, first: number, last: number): number {
  const {tokens} = doc
  for (let j = first; j <= last; j++) {
    const token = tokens[j]!
    if (token.word && doc.language.outlets.outletHeads.some((words) => sequenceAt(doc, j, words))) return j
  }
  return -1
}

/** A short quoted name inside a phrase (`media Rusia "Vesti Primorye"`). */
function findQuotedName(doc: AnalysedText, first: number, last: number) {
  for (let j = first; j <= last; j++) {
    const index = doc.marks.insideOf[j]!
    if (index < 0) continue
    const stretch = doc.marks.stretches[index]!
    if (stretch.openToken === j && stretch.closeToken > 0 && stretch.closeToken <= last) return stretch
  }
  return null
}
