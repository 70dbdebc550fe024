/**
 * People the text names, speakers or not: a name after a role, rank or
 * honorific (`Presiden Rusia Vladimir Putin`, `pejabat tinggi militer Ri
 * Pyong-chol`), a name with an age (`Trismiati (37)`), and a name joined to
 * one of those by `dan`. These give the fullest form of each name, which a
 * later surname-only mention (`kata Jeon`) resolves to, and the roles that a
 * bare title (`kata Presiden`) resolves through.
 */
import {possessedStem, type AnalysedText} from '../extract/document.ts'
import type {Token} from '../extract/tokens.ts'
import {capitalisedRunStart, chunkStart, isAge, phraseBefore} from '../phrase/phrase-before.ts'
import {readPhrase} from '../phrase/read.ts'
import {appositiveRole, descriptionTitle} from '../phrase/roles.ts'
import {insideUnit} from '../phrase/unit-title.ts'
import type {TokenRange} from '../phrase/speaker-phrase.ts'
import {isDescriptionVerb, isHonorific, isInitial, isNameLike, isOrganizationWord, isPlaceWord, isRoleWord, occurrenceScanLimit} from '../phrase/word-classes.ts'
import {sentenceStart} from '../extract/sentences.ts'

export interface PersonMention {
  name: string
  range: TokenRange
  title: string | null
  affiliation: string | null
  /** The mention opens its clause: a subject a later pronoun may point back to. */
  subject: boolean
}


/** `Warga Desa Banjararum, Tukiyem,`: a name set off by a comma after a role or group chunk. */
function roleChunkBefore(doc: AnalysedText, k: number): boolean {
  const {tokens, language} = doc
  if (tokens.at(k - 1)?.text !== ',') return false
  const j = k - 2 >= 0 ? chunkStart(doc, k - 2, 0, 13) : k - 2
  // The chunk's head, or a role opening the capitalised run that ends the chunk (`menetapkan Bupati Lembah Hijau,`).
  for (let i = Math.max(j, 0); i <= k - 2; i++) {
    const head = tokens.at(i)!
    if (!head.word || k - i > 8) continue
    const isHead = language.persons.roleHeads.has(head.lower) || language.persons.groupHeads.has(head.lower)
    if (isHead && (i === j || head.capitalized)) return true
    // `suaminya, Agus Salim,`: a kinship noun of someone set off right before the name.
    if (i === k - 2 && isKinOfSomeone(doc, head)) return true
  }
  return false
}

/**
 * `menetapkan Bupati Lembah Hijau, Arman Siregar,`: where a name is set off by a comma after a capitalised run that
 * a role opens, where that run starts (else -1); the role phrase is read with the name, as after a cue.
 */
function roleRunStart(doc: AnalysedText, k: number): number {
  const {tokens, language} = doc
  const last = tokens.at(k - 2)
  if (tokens.at(k - 1)?.text !== ',' || !last?.word || !last.capitalized) return -1
  const start = capitalisedRunStart(doc, k - 2, 7)
  return language.persons.roleHeads.has(tokens.at(start)!.lower) ? start : -1
}

/** `suaminya`, `ibunya`: a kinship noun with the possessive. */
function isKinOfSomeone(doc: AnalysedText, token: Token): boolean {
  const stem = token.word && !token.capitalized ? possessedStem(token, doc.language) : null
  return stem !== null && doc.language.persons.kinNouns.has(stem)
}

/** `istri juru mesin kapal Dedi Kurniawan`: a kinship noun a few lower-case words before the name describes its person. */
function kinBefore(doc: AnalysedText, first: number): boolean {
  const {tokens, language} = doc
  for (let j = first - 1; j >= 0 && j >= first - 5; j--) {
    const token = tokens.at(j)!
    if (!token.word || token.capitalized) return false
    if (language.persons.kinNounsAlone.has(token.lower) || isKinOfSomeone(doc, token)) return true
  }
  return false
}

/** A role, rank, honorific or source noun before the name: what marks it as a person's. */
function hasRoleBefore(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = doc.tokens.at(j)!
    if (!token.word) continue
    if (doc.language.persons.roleHeads.has(token.lower) || doc.lexicon.rankWords.has(token.lower) || isHonorific(doc, token) || doc.language.persons.anonymousHeads.has(token.lower)) return true
  }
  return false
}

/**
 * The title of a lower-case description set off by commas right before the
 * name (`Seorang penumpang yang selamat, Joel Bautista (34),`) or right after
 * it and its age (`Slamet Haryanto (47), pengemudi asal Boyolali,`).
 */
function describedBeside(doc: AnalysedText, first: number, last: number): string | null {
  const {tokens, language} = doc
  // After the name (and its age), the nearer description.
  let after = last + 1
  if (isAge(doc, after)) after += 3
  if (tokens.at(after)?.text === ',') {
    let end = after + 1
    while (end + 1 < tokens.length && end - after < 10 && tokens.at(end + 1)!.text !== ',' && tokens.at(end + 1)!.text !== '.') end++
    const title = tokens.at(end + 1)?.text === ',' ? descriptionTitle(doc, after + 1, end) : null
    if (title) return title
  }
  // `suaminya, Agus Salim,`: a kinship, not a title.
  if (tokens.at(first - 2) && isKinOfSomeone(doc, tokens.at(first - 2)!)) return null
  // Before it, past places set off by commas (`petani cabai di Desa …, Kecamatan …, Kabupaten Malang, Mujiono`).
  let chunkEnd = first - 2
  for (let chunk = 0; chunk < 4 && tokens.at(chunkEnd + 1)?.text === ',' && chunkEnd >= 0; chunk++) {
    const start = chunkStart(doc, chunkEnd, 0)
    const head = tokens.at(start)!
    const place = head.word && head.capitalized && (language.persons.placeTakingHeads.has(head.lower) || isPlaceWord(doc, head)) && start !== sentenceStart(doc, start)
    if (!place) return descriptionTitle(doc, start, chunkEnd)
    chunkEnd = start - 2
  }
  return null
}

/** `…, Rudi Hartanto`: a comma right after token `end`, then a name word. */
function nameSetOffAfter(doc: AnalysedText, end: number): boolean {
  const name = doc.tokens.at(end + 2)
  return doc.tokens.at(end + 1)?.text === ',' && name !== undefined && isNameLike(doc, name)
}

/** Whether a full name of two words or more, set off by commas, follows the name ending at `last`. */
function possessorOfApposed(doc: AnalysedText, last: number): boolean {
  const {tokens} = doc
  if (tokens.at(last + 1)?.text !== ',') return false
  let end = last + 2
  while (end < tokens.length && end - last < 7 && isNameLike(doc, tokens.at(end)!)) end++
  return end - (last + 2) >= 2 && tokens.at(end)?.text === ','
}

/**
 * Whether the role phrase starting at `first` is set off after a name, so it
 * describes that name: `Budi Santoso, (yang juga) Ketua Umum Partai Rakyat
 * Maju`, `Sutrisno yang juga Deputi II Kementerian Koordinator Marves` — the
 * last word of the organisation is no one.
 */
function describesNameBefore(doc: AnalysedText, first: number, oneWord: boolean): boolean {
  const {tokens, language} = doc
  let j = first - 1
  while (j >= 0 && first - j <= 4 && tokens.at(j)!.word && language.persons.roleClauseWords.has(tokens.at(j)!.lower)) j--
  // `Sutrisno yang juga Deputi II … Marves`: a relative clause right after the name, with no comma, when one word
  // closes it (a full name there is the person it describes: `istri Budi yang juga Ketua DPRD … Ani Lestari Putri`).
  const relative = tokens.at(j + 1)
  if (j < first - 1 && tokens.at(j)?.text !== ',' && relative !== undefined && language.text.relativePronouns.has(relative.lower)) return oneWord && tokens.at(j) !== undefined && isNameLike(doc, tokens.at(j)!)
  if (tokens.at(j)?.text !== ',') return false
  const name = tokens.at(j - 1)
  return name !== undefined && isNameLike(doc, name)
}

/**
 * `…, mahasiswi magister kesehatan masyarakat di Boston.`: after the name a comma, then an occupation in lower case
 * (`persons.roleHeads`, `persons.groupOccupations`) and words with no comma, to the full stop that ends the sentence.
 */
function introducedWithOccupation(doc: AnalysedText, last: number, sentenceLast: number): boolean {
  const {tokens, language} = doc
  const head = tokens.at(last + 2)
  if (tokens.at(last + 1)?.text !== ',' || !head?.word || head.capitalized || tokens.at(sentenceLast)!.text !== '.') return false
  if (!language.persons.roleHeads.has(head.lower) && !language.persons.groupOccupations.has(head.lower)) return false
  // (A description of ten words at most, with no verb or subordinator in it: not the clause after `Menurut X,`.)
  if (sentenceLast - last > 12) return false
  for (let j = last + 3; j < sentenceLast; j++) {
    const token = tokens.at(j)!
    if ((!token.word && token.text !== '-') || isDescriptionVerb(doc, token) || language.persons.subordinators.has(token.lower)) return false
  }
  return true
}

/** A lower-case verb (meN-, ber-, ter-, di-), adverb or cue right after the name: the name is its subject. */
function followedByVerb(doc: AnalysedText, last: number): boolean {
  const after = doc.tokens.at(last + 1)
  if (!after || !after.word || after.capitalized) return false
  const {persons, cues} = doc.language
  const verb = doc.language.morphology.verbPrefixes.some((prefix) => after.lower.startsWith(prefix) && after.lower.length >= prefix.length + 3)
  return verb || persons.adverbs.has(after.lower) || cues.clausal.has(after.lower)
}

/**
 * A name set off by a comma whose clause's verb comes after the comma (`…, Dimas Wijaya, merilis …`) or after a
 * description set off by a second comma (`Dimas Wijaya, putra sulung aktor Bram Wijaya, merilis …`): the name is the
 * verb's subject.
 */
function verbAfterSetOff(doc: AnalysedText, last: number): boolean {
  const {tokens} = doc
  if (tokens.at(last + 1)?.text !== ',') return false
  if (followedByVerb(doc, last + 1)) return true
  for (let j = last + 2; j < tokens.length && j - last <= 14; j++) {
    const token = tokens.at(j)!
    if (token.paragraphStart || token.text === '.' || token.text === ';' || doc.marks.insideOf[j]! >= 0) return false
    if (token.text === ',') return followedByVerb(doc, j)
  }
  return false
}

/**
 * `Kapolsek Medan Sunggal Kompol Iman …`: a rank and a name right after a run of capitalised words; the run is the
 * place or unit of the office before it, not a person (no name is followed by someone else's rank).
 */
function rankedNameAfter(doc: AnalysedText, last: number): boolean {
  const rank = doc.tokens.at(last + 1)
  const name = doc.tokens.at(last + 2)
  return rank !== undefined && rank.word && rank.capitalized && doc.lexicon.rankWords.has(rank.lower) && name !== undefined && isNameLike(doc, name)
}

/**
 * Whether the words after a run of capitalised words make it part of an organisation's or a place's name:
 * - an organisation's head, word or acronym (`Cabang Pembantu Bank Sultra`, `Presidium HIMKI`, `Dinas Tanaman Pangan …`);
 * - a point of the compass (`Bupati Muna Barat La Ode …`: `Muna Barat`, `Gunung Kidul`);
 * - a place and more name words (`Perwakilan Lintas Samudra Sulsel Agung Prasetyo`: a unit, its place, then the name);
 * - an English connector and more capitalised words (`Komunitas Ride for Change`, `Network for Democracy`; not a name's
 *   particle: `Silva e Santos`).
 */
function continuesAsOrganization(doc: AnalysedText, last: number): boolean {
  const {tokens} = doc
  const {organizationHeads, compassWords, foreignConnectors, nameParticles, namePrefixes} = doc.language.persons
  const after = tokens.at(last + 1)
  const next = tokens.at(last + 2)
  if (!after || !after.word) return false
  if (!after.capitalized) return foreignConnectors.has(after.lower) && !nameParticles.has(after.lower) && next?.capitalized === true
  if (after.allCaps || organizationHeads.has(after.lower) || compassWords.has(after.lower) || isOrganizationWord(doc, after)) return true
  return isPlaceWord(doc, after) && next !== undefined && (isNameLike(doc, next) || (next.capitalized && namePrefixes.has(next.lower)))
}

/**
 * Whether the name starting at `k` follows a place named after someone: a facility's head (`RSUD`, `Bandara`), or its
 * name of up to three capitalised words (`Rumah Sakit Umum Pusat`), then a title or rank (`Dr`, `Jenderal`); or a
 * street word (`Jalan`, `Jl.`), title or none.
 */
function namesFacility(doc: AnalysedText, k: number): boolean {
  const {tokens} = doc
  const {facilityHeads, streetNouns} = doc.language.persons
  let titled = false
  let j = k - 1
  for (; j >= 0 && j >= k - 6; j--) {
    const token = tokens.at(j)!
    if (token.word && facilityHeads.has(token.lower)) return titled || streetNouns.has(token.lower)
    // (A rank's words may also head roles: `Jenderal`, `Kapten`.)
    if (token.text === '.' || (token.word && token.capitalized && (isHonorific(doc, token) || isRoleWord(doc, token) || isInitial(token)))) titled ||= token.word
    else break
  }
  if (!titled) return false
  for (let n = 0; n < 3 && j - n >= 0; n++) {
    const word = tokens.at(j - n)!
    if (!word.word || !word.capitalized) return false
    if (facilityHeads.has(word.lower)) return true
  }
  return false
}

/**
 * In a list of officials, where the role of the name at `k` may start: after the person named before it (of two
 * names or more) and the lower-case word that joins the next role to them (`Wakil Presiden Arman Siregar bersama
 * Menteri Sosial Ratna Dewi dan Kepala … Heru Santoso`); 0 when the name is not in such a list.
 */
function nextRoleAfter(doc: AnalysedText, named: PersonMention | undefined, k: number): number {
  if (named === undefined || named.range.last === named.range.first || named.range.last + 2 >= k) return 0
  const {tokens} = doc
  const joiner = tokens.at(named.range.last + 1)!
  const role = tokens.at(named.range.last + 2)!
  const joins = joiner.word && !joiner.capitalized && !doc.language.persons.foreignConnectors.has(joiner.lower) &&
    role.word && role.capitalized && (isRoleWord(doc, role) || isHonorific(doc, role))
  return joins ? named.range.last + 2 : 0
}

/** Whether every word from `first` to `last` is a word of a name met before. */
function allWordsNamedBefore(tokens: AnalysedText['tokens'], first: number, last: number, namedWords: Set<string>): boolean {
  for (let j = first; j <= last; j++) if (!namedWords.has(tokens.at(j)!.lower)) return false
  return true
}

export function findPersonMentions(doc: AnalysedText): PersonMention[] {
  const {tokens, marks} = doc
  const mentions: PersonMention[] = []
  const longForms = [...doc.organizationAcronyms.values()].sort((a, b) => a.end - b.end)
  let nextForm = 0
  // The words of the names found so far (lower case).
  const namedWords = new Set<string>()
  let bodyFirst = 0
  while (bodyFirst < tokens.length && tokens.at(bodyFirst)!.start < doc.bodyStart) bodyFirst++
  let k = 0
  while (k < tokens.length) {
    const token = tokens.at(k)!
    if (token.start < doc.bodyStart || marks.insideOf[k]! >= 0 || doc.boilerplate[k] === 1 || !isNameLike(doc, token)) {
      k++
      continue
    }
    let last = k
    while (last + 1 < tokens.length && marks.insideOf[last + 1]! < 0) {
      const next = tokens.at(last + 1)!
      if (next.paragraphStart) break
      if (isNameLike(doc, next) || isInitial(next)) last++
      else if (next.text === '.' && isInitial(tokens.at(last)!) && tokens.at(last + 2)?.capitalized) last++
      else break
    }
    if (continuesAsOrganization(doc, last) || rankedNameAfter(doc, last) || insideUnit(doc, k, last, doc.sentences[doc.sentenceOf[k]!]!.last)) {
      k = last + 1
      continue
    }
    // `Direktur Utama PT Sinar Abadi, Rudi Hartanto,`: after an organisation's head, the capitalised words set off before a
    // name are the organisation's (lexicon words among them: `Abadi`).
    const head = tokens.at(k - 1)
    if (head && head.word && doc.language.persons.organizationHeads.has(head.lower)) {
      let end = last
      while (end - last < 6 && tokens.at(end + 1)?.word && tokens.at(end + 1)!.capitalized) end++
      if (nameSetOffAfter(doc, end)) {
        k = end + 1
        continue
      }
    }
    // `Bupati Lembah Hijau, Arman Siregar,`: after an office over a place, a run set off before a name is the place.
    const office = tokens.at(k - 1)
    if (office && office.word && doc.language.persons.placeTakingHeads.has(office.lower) && last - k < 3 && nameSetOffAfter(doc, last)) {
      k = last + 1
      continue
    }
    // `warga Gedebage`, `penduduk Kota Cirebon`: capitalised words right after a lower-case resident noun name the place.
    const resident = tokens.at(k - 1)
    if (resident && resident.word && !resident.capitalized && doc.language.persons.residentNouns.has(resident.lower) && last - k < 4) {
      k = last + 1
      continue
    }
    // `RSUD Dr Hasan Basri`, `Jalan Jenderal Gatot Subroto`, `Jalan Siliwangi`: a short name right after a place named after someone is the place's.
    if (last - k < 2 && namesFacility(doc, k)) {
      k = last + 1
      continue
    }
    // `Kecamatan Seberang Ulu,`: a short run after a place noun is the place's name.
    const placeNoun = tokens.at(k - 1)
    if (placeNoun && placeNoun.word && doc.language.persons.placeTakingHeads.has(placeNoun.lower) && !doc.language.persons.roleHeads.has(placeNoun.lower) && last - k < 2 && !isNameLike(doc, tokens.at(last + 1) ?? placeNoun)) {
      // `Kota Batam Ardiwinata optimistis`: where the first word is a place the text also writes without
      // the next word, a name may follow it (not `Kecamatan Seberang Ulu,`).
      k = last > k && isPlaceWord(doc, token) && (doc.capitals.get(token.lower) ?? []).slice(0, occurrenceScanLimit).some((o) => o !== k && tokens.at(o + 1)?.lower !== tokens.at(k + 1)!.lower) ? k + 1 : last + 1
      continue
    }
    const whole = doc.sentences[doc.sentenceOf[k]!]!
    // A dateline (`Jakarta - `) is no part of the first sentence's clauses: that sentence opens where the body starts.
    const sentence = whole.first < bodyFirst && k >= bodyFirst ? {...whole, first: bodyFirst} : whole
    const range = phraseBefore(doc, last, Math.max(sentence.first, k - 14, nextRoleAfter(doc, mentions[mentions.length - 1], k)))
    let phrase = range ? readPhrase(doc, range) : null
    const roleStart = phrase !== null && phrase.kind === 'name' && phrase.title === null ? roleRunStart(doc, phrase.mention.first) : -1
    if (roleStart >= sentence.first) {
      const withRole = readPhrase(doc, {first: roleStart, last})
      if (withRole && withRole.kind === 'name' && withRole.title !== null && withRole.mention.first === phrase!.mention.first && withRole.mention.last === last) phrase = withRole
    }
    const previous = mentions[mentions.length - 1]
    const coordinated = previous !== undefined && tokens.at(k - 1)?.lower === doc.language.text.additiveConjunction && previous.range.last === k - 2
    // `Kuasa hukum Slamet, Bonifasius Siahaan, menyatakan`: the role is the full name's after the commas; the first name is its possessor.
    if (possessorOfApposed(doc, last)) {
      k = last + 1
      continue
    }
    const hasContext = phrase !== null && phrase.kind === 'name' && phrase.mention.last === last &&
      (hasRoleBefore(doc, phrase.phrase.first, phrase.mention.first - 1) || roleChunkBefore(doc, phrase.mention.first) || kinBefore(doc, phrase.mention.first)) &&
      !(phrase.phrase.first < phrase.mention.first && describesNameBefore(doc, phrase.phrase.first, last === k))
    // `Budi Santoso meninjau …`: a full name opening its sentence before its verb; `Rendy juga melarang …`, `…, Budi sempat …`:
    // so does a word of a name met before, opening its sentence or clause.
    const clauseOpener = tokens.at(k - 1)
    const opensClause = k === sentence.first || clauseOpener?.text === ','
    const repeatsName = last - k < 2 && opensClause && allWordsNamedBefore(tokens, k, last, namedWords)
    const fullNameAtRun = phrase !== null && phrase.mention.first === k && last > k
    const opensBeforeVerb =
      (phrase !== null && phrase.mention.first === sentence.first && last > k) ||
      (repeatsName && phrase?.mention.first === k) ||
      // `Pendirinya Raka Pratama telah …`: a name after the one word that opens the sentence and is no part of it.
      (phrase !== null && k === sentence.first && phrase.mention.first === k + 1 && last > k + 1) ||
      // `Dilansir AFP, Senin (7/7), Raka Pratama meluncurkan …`: a full name opening a clause after a comma.
      (clauseOpener?.text === ',' && fullNameAtRun)
    // `Dimas Wijaya, putra sulung …, merilis`, `…, Dimas Wijaya, merilis`: a full name set off before its verb.
    const setOffBeforeVerb = fullNameAtRun && (phrase!.mention.first === sentence.first || clauseOpener?.text === ',') && verbAfterSetOff(doc, last)
    const opensSentence = (opensBeforeVerb && followedByVerb(doc, last)) || setOffBeforeVerb
    // `Dedy, Kepala Peleton B dari Stasiun …, mengatakan`: a name opening its sentence with its role set off after it;
    // `… datang dari Anindya Rahmawati, mahasiswi magister di Boston.`: a full name introduced with an occupation that
    // closes its sentence.
    const introduced = fullNameAtRun && introducedWithOccupation(doc, last, sentence.last)
    const apposed = phrase !== null && ((phrase.mention.first === sentence.first && k === sentence.first) || introduced) ? appositiveRole(doc, last, sentence.last) : null
    // Words of an organisation's long form the text abbreviates are no one (`Partai Rakyat Maju (PRM)`).
    // (Runs come in text order: one pointer walks the long forms, linear in both.)
    while (nextForm < longForms.length && longForms[nextForm]!.end < tokens.at(k)!.start) nextForm++
    const form = longForms[nextForm]
    const insideOrganization = form !== undefined && tokens.at(k)!.start >= form.start && tokens.at(last)!.end <= form.end
    if (insideOrganization) {
      k = last + 1
      continue
    }
    // Initials alone name no one (`Kepala Peleton B`).
    let initialsOnly = true
    for (let j = k; j <= last && initialsOnly; j++) initialsOnly = !tokens.at(j)!.word || isInitial(tokens.at(j)!)
    if (phrase && phrase.kind === 'name' && phrase.mention.last === last && !initialsOnly && (hasContext || isAge(doc, last + 1) || coordinated || opensSentence || apposed || introduced)) {
      const start = phrase.phrase.first
      const opener = tokens.at(start - 1)
      for (const word of phrase.name.toLowerCase().split(' ')) namedWords.add(word)
      // A name met before, found only by opening its clause, takes no role from the words before it (`Selama menunggu, Budi …`).
      const bare = repeatsName && !hasContext && !coordinated && !apposed && !isAge(doc, last + 1)
      mentions.push({
        name: phrase.name,
        range: phrase.mention,
        title: bare ? null : phrase.title ?? (coordinated ? previous!.title : null) ?? apposed?.title ?? describedBeside(doc, phrase.mention.first, last),
        affiliation: bare ? null : phrase.affiliation ?? (coordinated ? previous!.affiliation : null) ?? apposed?.affiliation ?? null,
        subject: start === sentence.first || opener?.text === ',' || (opener !== undefined && opener.word && !opener.capitalized && doc.language.persons.adverbs.has(opener.lower)) ||
          (followedByVerb(doc, last) && k - sentence.first < 15) ||
          // `Salah satunya adalah Ketua … Darmawan Prasetyo.`: introduced by a copula at the end of its sentence.
          (opener !== undefined && opener.word && doc.language.text.copulas.has(opener.lower) && last + 1 === sentence.last && tokens.at(sentence.last)!.text === '.') ||
          introduced
      })
    }
    k = last + 1
  }
  return mentions
}
