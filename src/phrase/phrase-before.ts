/**
 * Where a subject phrase runs before a clausal cue (`… mengatakan`): left,
 * over adverbs, relative clauses, adjuncts between subject and verb, time and
 * place chunks set off by commas, `NAME dari ORGANISATION`, descriptions
 * closed by a demonstrative. None in a subordinate clause (`Saat X …`).
 */
import type {AnalysedText} from '../extract/document.ts'
import {isQuoteMark} from '../extract/quote-marks.ts'
import {indefiniteSubjectBefore} from './indefinite-subject.ts'
import {membersBefore} from './member-body.ts'
import {readPhrase} from './read.ts'
import {englishTitleEnd} from './roles.ts'
import {unitEnd} from './unit-title.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {isDegree, isHonorific, isInitial, isNameLike, isPassiveVerb, isPlaceWord, isRoleWord} from './word-classes.ts'
import {allNameLike, isConnector, isFunctionWord, joinsFields, lexiconWord} from './words.ts'
import {sentenceStart} from '../extract/sentences.ts'

/**
 * The subject phrase that ends at token `k` before a clausal cue, reaching
 * back no further than `limit`. Returns null when there is none, or when the
 * cue stands in a subordinate clause (`Saat X mengonfirmasi …,`).
 */
export function phraseBefore(doc: AnalysedText, k: number, limit: number): TokenRange | null {
  const {tokens, language} = doc
  let end = k
  while (end >= limit && tokens.at(end)!.word && !tokens.at(end)!.capitalized && language.persons.adverbs.has(tokens.at(end)!.lower)) end--
  if (end < limit) return null
  if (tokens.at(end)!.text === ',') return subjectBeforeCommas(doc, end, limit)
  // `Seorang perawat di rumah sakit itu yang enggan disebut namanya mengungkapkan`: an indefinite description.
  const indefinite = indefiniteSubjectBefore(doc, end, limit)
  if (indefinite) return indefinite
  // `Massa yang tergabung dalam Aliansi … menilai`: members, then the body they belong to.
  const members = membersBefore(doc, end, limit)
  if (members) return members
  // `Seorang pejabat … yang enggan disebut namanya mengatakan`: a relative clause between subject and verb.
  const relative = relativeClauseBefore(doc, end, limit)
  if (relative >= 0) return phraseBefore(doc, relative - 1, limit)
  // `Menteri … Ratna Dewi Lestari dalam wawancara khusus dengan Harian Nusantara menyampaikan`: an adjunct between subject and verb.
  const adjunctAt = adjunctBeforeVerb(doc, end, limit)
  if (adjunctAt >= 0) return phraseBefore(doc, adjunctAt - 1, limit)
  // `PT Sentosa Niaga Mandiri selaku pengelola pasar menyatakan`: the subject's capacity between it and the verb.
  const capacityAt = capacityBefore(doc, end, limit)
  if (capacityAt >= 0) return phraseBefore(doc, capacityAt - 1, limit)
  // `Ia menambahkan`, `…, ia juga mengatakan`: a pronoun subject.
  const pronoun = tokens.at(end)!
  if (pronoun.word && (language.persons.pronouns.has(pronoun.lower) || language.persons.pluralPronouns.has(pronoun.lower))) {
    const before = tokens.at(end - 1)
    if (end === limit || !before || !before.word || language.cues.coordinators.has(before.lower) || isFunctionWord(doc, before)) return {first: end, last: end}
  }
  // `Mantan Gubernur DKI Jakarta itu pun …`: a description closed by a demonstrative.
  let j = end
  if (tokens.at(end)!.word && language.text.demonstratives.has(tokens.at(end)!.lower) && end > limit) j = end - 1
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
    const token = tokens.at(j)!
    if (token.word) {
      if (token.capitalized || token.allCaps || /^\p{N}/u.test(token.text)) {
        if (language.persons.subordinators.has(token.lower) && j === limit) return null
        first = j
        j--
        continue
      }
      // `Ri Pyong-chol dan Pak Jong-chon`: two names joined, not one phrase.
      if (isConnector(doc, token) && j > limit && isNameLike(doc, tokens.at(j - 1)!) && allNameLike(doc, j + 1, end)) break
      // (`… Permukiman serta Pertanahan`: `serta` joins the fields of a body's name, not two officials: `Mahfud MD serta Menteri …`.)
      const joins = isConnector(doc, token) ||
        (joinsFields(doc, token) && j > limit && !isNameLike(doc, tokens.at(j - 1)!) && !tokens.at(j - 1)!.allCaps && tokens.at(j + 1)?.capitalized === true)
      if (lexiconWord(doc, token) || (joins && j > limit && tokens.at(j - 1)!.capitalized)) {
        first = j
        j--
        continue
      }
      if (language.persons.subordinators.has(token.lower)) return null
      // `…, dan Alat Pertahanan Kementerian …`: the last field of a unit listed after its role.
      const listedRole = joinsFields(doc, token) && tokens.at(j - 1)?.text === ',' && j - 1 > limit ? roleBeforeListedUnit(doc, j - 1, first, end, limit) : -1
      if (listedRole >= 0) {
        first = listedRole
        j = listedRole - 1
        continue
      }
      // `pedagang sayur Sri Wahyuni`, `petani cabai Mujiono`: a role noun and its modifier before the name.
      const roleHead = tokens.at(j - 1)
      if (first <= end && roleHead && j - 1 >= limit && roleHead.word && !roleHead.capitalized && language.persons.roleHeads.has(roleHead.lower)) first = j - 1
      break
    }
    if (token.text === ')') {
      let open = j - 1
      while (open >= limit && open > j - 6 && tokens.at(open)!.text !== '(') open--
      if (open >= limit && tokens.at(open)!.text === '(') {
        first = open
        j = open - 1
        continue
      }
      break
    }
    if (isQuoteMark(token) && doc.marks.insideOf[j]! >= 0) {
      const stretch = doc.marks.stretches[doc.marks.insideOf[j]!]!
      const inner = stretch.lastInner - stretch.firstInner + 1
      if (stretch.closeToken === j && inner <= 6 && tokens.at(stretch.firstInner)!.capitalized) {
        first = stretch.openToken
        j = stretch.openToken - 1
        continue
      }
      break
    }
    if (token.text === '.' && j > limit && isInitial(tokens.at(j - 1)!)) {
      first = j
      j--
      continue
    }
    // `Direktur Industri Maritim, Alat Transportasi, dan Alat Pertahanan Kementerian …`: commas between the fields of a
    // unit after its role.
    if (token.text === ',' && first <= end) {
      const role = roleBeforeListedUnit(doc, j, first, end, limit)
      if (role >= 0) {
        first = role
        j = role - 1
        continue
      }
    }
    break
  }
  if (first > end) return null
  // A subordinate clause: `Saat Korut dan Rusia mengonfirmasi …, AS menyerukan …`.
  const before = tokens.at(first - 1)
  if (before && before.word && language.persons.subordinators.has(before.lower)) return null
  // `umat Muslim menilai`: a capitalised word after a common noun modifies it; it names no one.
  // A title (`Presiden`) after a glued subheading (`Tak gegabah Presiden juga mengingatkan`) still speaks.
  if (first === end && before && before.word && !before.capitalized && first > limit && !isFunctionWord(doc, before) && !language.cues.coordinators.has(before.lower) && !lexiconWord(doc, before) && !isRoleWord(doc, tokens.at(first)!)) return null
  while (first <= end && tokens.at(first)!.word && isConnector(doc, tokens.at(first)!)) first++
  return first <= end ? {first, last: end} : null
}

/**
 * The role whose unit runs over the comma at `comma` (`Direktur Industri Maritim, Alat Transportasi, dan …`): a
 * capitalised role head at most a unit's length back, over capitalised words, commas and lower-case connectors, whose
 * unit reaches past the comma into the run `[first, end]`; else -1.
 */
function roleBeforeListedUnit(doc: AnalysedText, comma: number, first: number, end: number, limit: number): number {
  const {tokens, language} = doc
  for (let h = comma - 1; h >= limit && comma - h < 14; h--) {
    const token = tokens.at(h)!
    if (token.text === ',') continue
    if (!token.word || (!token.capitalized && !joinsFields(doc, token))) return -1
    if (token.capitalized && language.persons.roleHeads.has(token.lower)) {
      const unit = unitEnd(doc, h + 1, end)
      // (The unit must reach into the run, and leave words after it: a name, or an organisation and a name.)
      if (unit < first || unit >= end) return -1
      // A list of officials (`Menteri Sosial X, Menteri Keuangan Y, dan Sekretaris Kabinet Z`) is no unit: no other role in it.
      for (let k = h + 1; k <= unit; k++) if (tokens.at(k)!.capitalized && language.persons.roleHeads.has(tokens.at(k)!.lower) && !language.persons.unitHeads.has(tokens.at(k)!.lower)) return -1
      return h
    }
  }
  return -1
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
    const token = tokens.at(k)!
    if (token.word && (token.capitalized || token.allCaps)) sawCapital = true
    else if (!(token.word && language.persons.foreignConnectors.has(token.lower)) && token.text !== '(' && token.text !== ')') break
    k--
  }
  const preposition = tokens.at(k)
  if (!sawCapital || !preposition || !language.text.affiliationPrepositions.has(preposition.lower) || k - 1 < limit) return -1
  const before = tokens.at(k - 1)!
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
  while (first - 1 >= limit && j - first < maxLength - 1 && tokens.at(first - 1)!.text !== ',' && doc.sentenceOf[first - 1] === doc.sentenceOf[j]) first--
  return first
}

/** `(37)` at token `k`: an age after a name. */
export function isAge(doc: AnalysedText, k: number): boolean {
  const {tokens} = doc
  return tokens.at(k)?.text === '(' && /^\p{N}{1,3}$/u.test(tokens.at(k + 1)?.text ?? '') && tokens.at(k + 2)?.text === ')'
}

/** The start of a chunk ending at `j` that opens with a role word (`Pengamat politik dari …`), or -1. */
function roleChunkEndingAt(doc: AnalysedText, j: number, limit: number): number {
  const {tokens} = doc
  const first = chunkStart(doc, j, limit)
  const head = tokens.at(first)
  return head && head.word && doc.language.persons.roleHeads.has(head.lower) ? first : -1
}

/** The start of `Perusahaan pemilik kapal` ending at `j`: an organisation noun and lower-case words, or -1. */
function organizationChunkEndingAt(doc: AnalysedText, j: number, limit: number): number {
  const {tokens} = doc
  let first = j
  while (first - 1 >= limit && j - first < 6 && tokens.at(first)!.word && !tokens.at(first)!.capitalized) first--
  const head = tokens.at(first)!
  return first < j && head.word && doc.language.persons.organizationHeads.has(head.lower) && !isRoleWord(doc, head) ? first : -1
}

/** An unnamed-source head (`seorang`, `pejabat`) at most three lower-case words back from `j`, or -1. */
function anonymousHeadBefore(doc: AnalysedText, j: number, limit: number): number {
  const {tokens, language} = doc
  for (let i = j; i >= limit && j - i < 3; i--) {
    const token = tokens.at(i)!
    const sentenceInitial = sentenceStart(doc, i) === i
    if (!token.word || (token.capitalized && !sentenceInitial)) return -1
    if (language.persons.anonymousHeads.has(token.lower)) return i
  }
  return -1
}

/** The index of `yang` opening a lower-case relative clause that ends at `end`, or -1. */
function relativeClauseBefore(doc: AnalysedText, end: number, limit: number): number {
  const {tokens} = doc
  for (let j = end; j > limit && end - j < 10; j--) {
    const token = tokens.at(j)!
    if (!token.word || token.capitalized) return -1
    if (doc.language.text.relativePronouns.has(token.lower)) return j - 1 >= limit && tokens.at(j - 1)!.word ? j : -1
  }
  return -1
}

/**
 * The index of a preposition that opens an adjunct ending at `end`, right
 * after a name (`… Indrawati dalam wawancara … menyampaikan`), or -1. Adjuncts
 * may follow each other (`AS dalam pernyataan tertulis kepada VOA menyatakan`):
 * the first one after the subject counts.
 */
function adjunctBeforeVerb(doc: AnalysedText, end: number, limit: number): number {
  const {tokens} = doc
  for (let j = end; j > limit && end - j < 10; j--) {
    const token = tokens.at(j)!
    if (!token.word) {
      if (token.text === '(' || token.text === ')' || token.text === '/') continue
      return -1
    }
    if (!doc.language.text.verbAdjuncts.has(token.lower)) continue
    // `Fatma Nisa dkk dalam buku … menjelaskan`: the people with the name follow it; the phrase ends before them.
    const companion = tokens.at(j - 1)!.word && doc.language.text.nameCompanions.has(tokens.at(j - 1)!.lower) && j - 2 > limit
    const at = companion ? j - 1 : j
    const before = tokens.at(at - 1)!
    // `Nordlys Cruises, dalam pernyataannya menyatakan`: the subject may stand before a comma; `OJK (…) dalam …`
    // after its short name; `PT … selaku pengelola pasar dalam …` after its capacity.
    if (endsSubject(doc, at - 1) || before.text === ',' || capacityBefore(doc, at - 1, limit) >= 0) return at
  }
  return -1
}

/** Whether token `j` can end the subject before an adjunct: a name word, an initial, an acronym, an organisation's name or its short name in brackets. */
function endsSubject(doc: AnalysedText, j: number): boolean {
  const {tokens} = doc
  const token = tokens.at(j)!
  if (token.text === ')' && tokens.at(j - 2)?.text === '(' && tokens.at(j - 1)!.word) return j - 3 >= 0 && endsSubject(doc, j - 3)
  return (isNameLike(doc, token) && !isPlaceWord(doc, token)) || isInitial(token) || token.allCaps || endsOrganization(doc, j)
}

/**
 * The index of `selaku`/`sebagai` (`text.capacityMarkers`) opening a lower-case description of the subject's capacity
 * that ends at `end`, right after the subject (`PT Sentosa Niaga Mandiri selaku pengelola pasar`, `PT … sebagai salah
 * satu perusahaan aplikasi`), or -1.
 */
function capacityBefore(doc: AnalysedText, end: number, limit: number): number {
  const {tokens} = doc
  for (let j = end; j > limit && end - j < 7; j--) {
    const token = tokens.at(j)!
    if (!token.word || token.capitalized) return -1
    if (doc.language.text.capacityMarkers.has(token.lower)) return j < end && endsSubject(doc, j - 1) ? j : -1
  }
  return -1
}

/** Whether the capitalised run ending at `j` opens with an organisation's head (`Kementerian Luar Negeri Malaysia`). */
function endsOrganization(doc: AnalysedText, j: number): boolean {
  const head = doc.tokens.at(capitalisedRunStart(doc, j, 7))!
  return head.word && head.capitalized && doc.language.persons.organizationHeads.has(head.lower)
}

/** The first token of the run of capitalised words that ends at `j`, at most `maxLength` words long (bounded: linear). */
export function capitalisedRunStart(doc: AnalysedText, j: number, maxLength: number): number {
  const {tokens} = doc
  let first = j
  while (first - 1 >= 0 && j - first < maxLength - 1 && tokens.at(first - 1)!.word && tokens.at(first - 1)!.capitalized) first--
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
  let described: TokenRange | null = null
  for (let chunk = 0; chunk < 4; chunk++) {
    let open = end - 1
    while (open >= limit && end - open < 25 && tokens.at(open)!.text !== ',') open--
    const first = open + 1
    let last = end - 1
    if (last < first || last < limit) return described
    // `Nur Aisyah (29), mengatakan`: an age after the name.
    if (last - 3 >= first && isAge(doc, last - 2)) last -= 3
    // `dr Ratna Sari MKes, menyebut`: degrees after the name.
    while (last > first && isDegree(doc, tokens.at(last)!)) last--
    const head = tokens.at(first)!
    const adjunct =
      (head.word && (language.text.subjectAdjuncts.has(head.lower) || language.text.calendar.has(head.lower))) ||
      head.text === '(' ||
      /^\p{N}/u.test(head.text)
    const tail = tokens.at(last)!
    const endsInName = (isNameLike(doc, tail) && !isPlaceWord(doc, tail)) || (tail.allCaps && chunk === 0)
    // Passive adjuncts (`dihubungi kemarin`) and lower-case descriptions (`lembaga kajian …`) are set off, not subjects.
    const passiveAdjunct = head.word && !head.capitalized && isPassiveVerb(doc, head)
    if (passiveAdjunct && open >= limit && tokens.at(open)?.text === ',') {
      end = open
      continue
    }
    const describes = isRoleWord(doc, head) || language.persons.anonymousHeads.has(head.lower) || (head.word && !head.capitalized && !isHonorific(doc, head)) ||
      englishTitleEnd(doc, first, last) >= first
    // A lower-case description between commas is an appositive, even when it names someone (`kuasa hukum FPI dan Rizieq Shihab`).
    // So is a role after a bare name that opens the sentence (`Dedy, Kepala Peleton B dari Pos …, mengatakan`).
    const appositive = describes && open >= limit && tokens.at(open)?.text === ',' && (!head.capitalized || bareNameOpening(doc, open - 1, limit))
    if (!adjunct && endsInName && !appositive) {
      const name = phraseBefore(doc, last, first)
      // `Pengamat politik dari Universitas Indonesia, Dewi Kartikasari, menilai`: the role chunk before the name is its role.
      const setOff = name !== null && name.first === first && open >= limit && tokens.at(open)?.text === ','
      const roleChunk = setOff ? roleChunkEndingAt(doc, open - 1, limit) : -1
      if (name && roleChunk >= 0) return {first: roleChunk, last: name.last}
      // `Perusahaan pemilik kapal, Nordlys Cruises, …`: the description names an organisation.
      const organization = setOff ? organizationChunkEndingAt(doc, open - 1, limit) : -1
      return name && organization >= 0 ? {first: organization, last: name.last} : name
    }
    // `Kantor Ombudsman Peru dalam laporannya, …, menyebut`: a subject and its adjunct in one chunk.
    if (!adjunct && !describes) return phraseBefore(doc, last, first)
    if (open < limit || tokens.at(open)!.text !== ',') return described
    // `Sementara itu, seorang warga … bernama Massimo Mascoli (68), mengatakan`: with no subject before it, the
    // description that ends in a name is the subject.
    if (appositive && endsInName && described === null) described = phraseBefore(doc, last, first)
    end = open
  }
  return described
}

/** Whether the tokens ending at `j` are one to four name words that open their sentence. */
function bareNameOpening(doc: AnalysedText, j: number, limit: number): boolean {
  let first = j
  while (first > limit && j - first < 4 && isNameLike(doc, doc.tokens.at(first - 1)!)) first--
  return first <= j && isNameLike(doc, doc.tokens.at(j)!) && sentenceStart(doc, first) === first && allNameLike(doc, first, j)
}
