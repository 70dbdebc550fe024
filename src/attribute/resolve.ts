/**
 * From statements to speakers: the speaker rules (speaker-rules.ts) in order
 * of precision, as in CoreNLP's quote attribution; each attribution records
 * the id of the rule that decided it.
 *
 * Pass 1: what the cue itself names — `name`, `outlet`, `organization`,
 * `anonymous`, `group`, `title` (the person the text gave that role).
 * Pass 2: what the context gives — `shared` (the speaker of the statement it
 * belongs to), then `pronoun`, `plural`, `description`, `title-from-context`,
 * `anaphoric`, `floating` (the nearest earlier salient person: the last
 * speaker, or a person named as the subject of a clause since), failing that
 * `title-unresolved` or `unresolved`. For the cue forms the fitted weights name
 * (antecedent-weights.ts `ranked`), the antecedent is instead the best of a
 * scored ranking over the candidate mentions (antecedent-features.ts,
 * antecedent-ranker.ts), the sieve's pick being one feature among them.
 */
import type {AnalysedText} from '../extract/document.ts'
import type {Statement} from '../statements/statement.ts'
import type {EntityRecord, EntityRegistry} from './entities.ts'
import {nameWords} from './entities.ts'
import {learnNickname, nicknamesOfPeople} from './nicknames.ts'
import {fullestForm} from './fullest-name.ts'
import {confidenceOf, type SpeakerRuleId} from './speaker-rules.ts'
import {floatingQuote} from '../statements/quote/floating-quote.ts'
import {someSay} from '../statements/indirect/some-say.ts'
import {quoteInQuote} from '../statements/quote/quote-in-quote.ts'
import type {PersonMention} from './person-names.ts'
import {descriptionRole} from '../phrase/roles.ts'
import type {SpeakerPhrase, TokenRange} from '../phrase/speaker-phrase.ts'
import {isInitial, isNameLike, isPlaceWord} from '../phrase/word-classes.ts'
import {antecedentCandidates, antecedentContext, type AntecedentMention, type CueForm} from './antecedent-features.ts'
import {antecedentTrace, rankAntecedents, ranksForm} from './antecedent-ranker.ts'
import {countBelow} from './sorted-search.ts'

export interface Attribution {
  speaker: EntityRecord | null
  mention: TokenRange | null
  addressee: EntityRecord | null
  addresseeMention: TokenRange | null
  citing: EntityRecord | null
  citingMention: TokenRange | null
  confidence: number
  rule: SpeakerRuleId
}

function offsets(doc: AnalysedText, range: TokenRange): [number, number] {
  return [doc.tokens.at(range.first)!.start, doc.tokens.at(range.last)!.end]
}

/** The entity a phrase names directly, registering it; null for pronouns and descriptions. */
export function entityOfPhrase(doc: AnalysedText, registry: EntityRegistry, phrase: SpeakerPhrase): EntityRecord | null {
  const [start, end] = offsets(doc, phrase.mention)
  switch (phrase.kind) {
    case 'name': {
      const record = registry.person(phrase.name, start, end, {title: phrase.title, affiliation: phrase.affiliation})
      registerAffiliation(doc, registry, phrase)
      return record
    }
    case 'outlet':
      return registry.body('outlet', phrase.name, start, end, phrase.aliases)
    case 'organization': {
      // `terang AHY` after `Agus Harimurti Yudhoyono (AHY)`: the initials the text gives a person name that person.
      const called = phrase.mention.first === phrase.mention.last ? registry.personCalled(doc.tokens.at(phrase.mention.first)!.text) : null
      if (called) {
        registry.addMentionOf(called, start, end)
        return called
      }
      return registry.body('organization', phrase.name, start, end, phrase.aliases)
    }
    case 'group':
      return registry.body('group', phrase.name, start, end)
    case 'anonymous': {
      const record = registry.body('anonymous', phrase.name, start, end)
      registry.addRole(record, phrase.title, phrase.affiliation)
      registerAffiliation(doc, registry, phrase)
      return record
    }
    default:
      return null
  }
}

/** An affiliation that names an organisation becomes an entity of its own. */
function registerAffiliation(doc: AnalysedText, registry: EntityRegistry, phrase: SpeakerPhrase): void {
  if (!phrase.affiliation) return
  // `Juru Bicara KPK …` after `Komisi Pemberantasan Korupsi (KPK)`: the organisation the short name stands for.
  const defined = doc.organizationAcronyms.get(phrase.affiliation.toLowerCase())
  if (defined) {
    registry.body('organization', defined.longForm, defined.start, defined.end, [phrase.affiliation])
    return
  }
  const first = phrase.affiliation.split(/\s+/u)[0]!.toLowerCase()
  // `Direktur … Kemnaker`: a ministry's short name the language expands (`Kementerian Ketenagakerjaan`), named in full.
  const expanded = doc.language.text.expansions.get(phrase.affiliation.toLowerCase())
  const fullName = expanded && doc.language.persons.organizationHeads.has(expanded.split(' ')[0]!.toLowerCase()) ? expanded : null
  if (!fullName && !acronymAtPlace(doc, phrase) && (!doc.language.persons.organizationHeads.has(first) || phrase.affiliation.split(/\s+/u).length < 2)) return
  const start = doc.text.indexOf(phrase.affiliation, doc.tokens.at(phrase.phrase.first)!.start)
  if (start < 0) return
  registry.body('organization', fullName ?? phrase.affiliation, start, start + phrase.affiliation.length, fullName ? [phrase.affiliation] : [])
}

/**
 * `Pelaksana Fungsi Konsuler KJRI Chicago`: the affiliation is an acronym (no place's or abbreviation's the language
 * expands: not `DKI Jakarta`) and the places it serves, as the `acronym-at-place` reading of a speaker phrase reads them.
 */
function acronymAtPlace(doc: AnalysedText, phrase: SpeakerPhrase): boolean {
  const {tokens} = doc
  const affiliation = phrase.affiliation!
  for (let k = phrase.phrase.first; k <= phrase.phrase.last; k++) {
    if (!doc.text.startsWith(affiliation, tokens.at(k)!.start)) continue
    const acronym = tokens.at(k)!
    if (!acronym.allCaps || acronym.text.length < 3 || doc.language.text.expansions.has(acronym.lower) || isPlaceWord(doc, acronym)) return false
    let j = k + 1
    while (j <= phrase.phrase.last && tokens.at(j)!.end <= tokens.at(k)!.start + affiliation.length) {
      if (!isPlaceWord(doc, tokens.at(j)!)) return false
      j++
    }
    return j > k + 1
  }
  return false
}

function titleMatches(registry: EntityRegistry, record: EntityRecord, phrase: SpeakerPhrase): boolean {
  const wanted = registry.normalise(phrase.name)
  return record.roles.some((role) => {
    const title = registry.normalise(role.title)
    const full = registry.normalise(`${role.title} ${role.affiliation ?? ''}`.trim())
    return title === wanted || full === wanted || (phrase.title !== null && registry.normalise(phrase.title) === title && !phrase.affiliation)
  })
}


export function resolveSpeakers(
  doc: AnalysedText,
  statements: Statement[],
  registry: EntityRegistry,
  people: PersonMention[],
  passiveSpeakers: Array<{offset: number; phrase: SpeakerPhrase}> = []
): Attribution[] {
  const {tokens} = doc
  // Register every named person first, so surname-only speakers find their fullest name.
  // A nickname is learnt as soon as its person is, so that later mentions by it (`Gus Ipul menjelaskan`) find them.
  const personAt = new Map<number, EntityRecord>()
  const nicknames = nicknamesOfPeople(doc, people)
  people.forEach((person, index) => {
    const [start, end] = offsets(doc, person.range)
    const record = registry.person(person.name, start, end, {title: person.title, affiliation: person.affiliation})
    personAt.set(person.range.first, record)
    for (const nickname of nicknames.get(index) ?? []) learnNickname(doc, registry, record, nickname)
  })
  const results: Array<Attribution | undefined> = new Array(statements.length)
  const position = (statement: Statement): number =>
    statement.cue && tokens.at(statement.cue.first)!.start < statement.contentStart ? tokens.at(statement.cue.first)!.start : statement.contentStart

  const blank = (rule: SpeakerRuleId): Attribution => ({
    speaker: null,
    mention: null,
    addressee: null,
    addresseeMention: null,
    citing: null,
    citingMention: null,
    confidence: confidenceOf(rule),
    rule
  })

  // Sieves 1–3: what the cue itself names.
  statements.forEach((statement, index) => {
    const phrase = statement.speaker
    if (!phrase) return
    if (phrase.kind === 'pronoun' || phrase.kind === 'description' || phrase.kind === 'plural') return
    const result = blank(phrase.kind)
    result.mention = phrase.mention
    if (phrase.kind === 'title') {
      const at = position(statement)
      let best: EntityRecord | null = null
      let bestScore = -Infinity
      for (const record of registry.records) {
        if (record.type !== 'person' || !titleMatches(registry, record, phrase)) continue
        const last = registry.lastBefore(record, at)
        const score = last >= 0 ? last : -1 - record.firstOffset / 1e9
        if (score > bestScore) {
          bestScore = score
          best = record
        }
      }
      if (best) {
        result.speaker = best
        const [start, end] = offsets(doc, phrase.mention)
        registry.addMentionOf(best, start, end)
      } else {
        // No one in the text holds the title: read it like a description, from context (pass 2).
        return
      }
    } else {
      result.speaker = entityOfPhrase(doc, registry, phrase)
      // Initials read as an organisation's that name a person (entityOfPhrase): the name rule decided.
      if (result.speaker?.type === 'person' && phrase.kind === 'organization') Object.assign(result, {rule: 'name', confidence: confidenceOf('name')})
    }
    results[index] = result
  })

  // The timeline of salient people: subjects of clauses (not inside someone's
  // reported words), speakers named after a passive cue, and speakers.
  const reported = new Uint8Array(tokens.length)
  for (const statement of statements) {
    if (statement.kind === 'indirect') reported.fill(1, statement.firstToken, statement.lastToken + 1)
  }
  // Every person the text names outside reported words: the last resort of a pronoun with no salient person
  // before it (`… oleh Kepala Bidang … Dwi Oktavia, ada 575 kasus. ”…,” katanya.`); the subjects among them.
  const named = people
    .filter((person) => reported[person.range.first] === 0)
    .map((person) => ({offset: tokens.at(person.range.first)!.start, record: personAt.get(person.range.first)!, subject: person.subject}))
  const subjects: Array<{offset: number; record: EntityRecord}> = named.filter((person) => person.subject)
  const mentionedPeople = people.map((person) => ({offset: tokens.at(person.range.first)!.start, record: personAt.get(person.range.first)!}))
  for (const passive of passiveSpeakers) {
    const record = passive.phrase.kind === 'name' ? entityOfPhrase(doc, registry, passive.phrase) : null
    if (record) subjects.push({offset: passive.offset, record})
  }
  subjects.sort((a, b) => a.offset - b.offset)
  const {mentions, quoted} = antecedentMentions(doc, statements, people, personAt, reported)
  for (const passive of passiveSpeakers) {
    const record = passive.phrase.kind === 'name' ? registry.findPerson(passive.phrase.name, passive.offset) : null
    const token = tokenAt(doc, passive.offset)
    if (record) mentions.push({token, record, subject: true, speaker: false, reported: reported[token] === 1, quoted: quoted[token] === 1, embedded: false})
  }
  mentions.sort((a, b) => a.token - b.token)
  const speakerMentions: AntecedentMention[] = []
  const context = antecedentContext(doc)

  const order = statements.map((_, index) => index).sort((a, b) => position(statements[a]!) - position(statements[b]!))
  const speakerTimeline: Array<{offset: number; record: EntityRecord}> = []
  const resolving = new Set<number>()

  // Both timelines are in text order (speakers are pushed in the order statements are resolved), so the
  // nearest earlier item is a binary search: no quadratic scan on articles with thousands of quotes.
  const personTimeline: Array<{offset: number; record: EntityRecord}> = []
  // `excluded`: who the pronoun cannot be (the speaker whose quoted words hold it: `"Dia bilang, ‘…’," kata Rina`).
  const salientBefore = (offset: number, excluded: EntityRecord | null = null): EntityRecord | null => {
    if (excluded !== null) {
      // Inside someone's quoted words the speaker talks about another person: the one named last, speaking or not.
      const nearest = [lastBefore(personTimeline, offset, excluded), lastBefore(subjects, offset, excluded), lastBefore(named, offset, excluded)]
        .filter((item): item is {offset: number; record: EntityRecord} => item !== null && (item.record.type === 'person' || item.record.type === 'anonymous'))
        .sort((a, b) => b.offset - a.offset)[0]
      if (nearest) return nearest.record
    }
    const speaker = lastBefore(speakerTimeline, offset, excluded)
    const subject = lastBefore(subjects, offset, excluded)
    const best = speaker && (!subject || speaker.offset >= subject.offset) ? speaker : subject
    if (best && best.record.type !== 'person' && best.record.type !== 'anonymous') {
      // A pronoun points back to a person: skip organisations and outlets — to a person named even inside the
      // words they report (`Dilansir AFP, Raka Pratama meluncurkan …`), never to an outlet.
      const person = lastBefore(personTimeline, offset, excluded) ?? (best.record.type === 'outlet' ? lastBefore(mentionedPeople, offset, excluded) : null)
      return person ? person.record : best.record
    }
    return best ? best.record : lastBefore(named, offset, excluded)?.record ?? null
  }

  const resolve = (index: number): Attribution => {
    const done = results[index]
    if (done) return done
    const statement = statements[index]!
    if (resolving.has(index)) return blank('unresolved')
    resolving.add(index)
    let result: Attribution
    if (statement.sharesSpeakerWith !== null) {
      const other = resolve(statement.sharesSpeakerWith)
      result = {...blank('shared'), speaker: other.speaker}
    } else {
      const phrase = statement.speaker
      const rule = phrase ? (phrase.kind === 'title' ? 'title-from-context' : phrase.kind) : statement.rule === floatingQuote.id ? 'floating' : 'anaphoric'
      result = blank(rule)
      result.mention = phrase ? phrase.mention : null
      // A third-person pronoun inside someone's quoted words is someone else: they would say `saya`.
      const enclosing = phrase?.kind === 'pronoun' && statement.rule === quoteInQuote.id ? enclosingStatement(statements, index) : -1
      const excluded = enclosing >= 0 ? resolve(enclosing).speaker : null
      const sieve = salientBefore(statement.contentStart < position(statement) ? statement.contentStart : position(statement), excluded)
      result.speaker = sieve
      if (excluded === null) {
        const form: CueForm = phrase ? (phrase.kind === 'title' ? 'title' : (phrase.kind as CueForm)) : statement.rule === floatingQuote.id ? 'floating' : 'anaphoric'
        const anchor = Math.min(statement.firstToken, statement.cue?.first ?? statement.firstToken)
        const candidates = antecedentCandidates(context, anchor, form, mentions, speakerMentions, statement.kind === 'indirect', sieve)
        antecedentTrace.sink?.({form, indirect: statement.kind === 'indirect', contentStart: statement.contentStart, contentEnd: statement.contentEnd, candidates, sieve})
        if (ranksForm(form)) result.speaker = rankAntecedents(candidates)?.record ?? sieve
      }
      if (!result.speaker && phrase?.kind === 'title') {
        // A title no one in the text holds: the title itself names the speaker.
        const [start, end] = offsets(doc, phrase.mention)
        result.speaker = registry.body('person', phrase.name, start, end)
        result.rule = 'title-unresolved'
        result.confidence = confidenceOf(result.rule)
      } else if (!result.speaker) {
        result.rule = 'unresolved'
        result.confidence = confidenceOf(result.rule)
      } else if (phrase) {
        const [start, end] = offsets(doc, phrase.mention)
        registry.addMentionOf(result.speaker, start, end)
        // `ujar karyawan swasta itu`: the description gives the person a role.
        const role = result.speaker.type === 'person' ? descriptionRole(doc, phrase) : null
        if (role) registry.addRole(result.speaker, role.title, role.affiliation)
      }
    }
    results[index] = result
    return result
  }

  for (const index of order) {
    const result = resolve(index)
    // Someone quoted inside a quote does not speak to the reporter: the outer speaker stays the salient one. Nor do
    // the unnamed some of `Ada yang menyebut …` become anyone a later `katanya` points back to.
    if (result.speaker && statements[index]!.rule !== quoteInQuote.id && statements[index]!.rule !== someSay.id) {
      const item = {offset: position(statements[index]!), record: result.speaker}
      speakerTimeline.push(item)
      const statement = statements[index]!
      const token = Math.min(statement.firstToken, statement.cue?.first ?? statement.firstToken)
      speakerMentions.push({token, record: result.speaker, subject: false, speaker: true, reported: false, quoted: false, embedded: false})
      if (item.record.type === 'person' || item.record.type === 'anonymous') personTimeline.push(item)
    }
  }

  // Surname- or first-name-only people take the fullest form the text gives.
  for (const record of [...registry.records]) {
    if (record.type !== 'person' || record.words.size > 2) continue
    const fuller = fullestForm(doc, record.words, record.firstOffset)
    if (!fuller || extendsBeforeRoleReading(doc, record, fuller.range)) continue
    const [start, end] = offsets(doc, fuller.range)
    const name = doc.text.slice(start, end)
    if (name && registry.findPerson(name, start) === record) registry.person(name, start, end)
  }

  addShortMentions(doc, registry)

  // Addressees and cited sources.
  statements.forEach((statement, index) => {
    const result = results[index]!
    if (statement.addressee) {
      result.addressee = entityOfPhrase(doc, registry, statement.addressee)
      result.addresseeMention = statement.addressee.phrase
    }
    if (statement.citing) {
      result.citing = entityOfPhrase(doc, registry, statement.citing)
      result.citingMention = statement.citing.phrase
    }
  })
  return results as Attribution[]
}

/** The token that starts at or holds a character offset. */
function tokenAt(doc: AnalysedText, offset: number): number {
  const {tokens} = doc
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens.at(middle)!.end <= offset) low = middle + 1
    else high = middle
  }
  return Math.min(low, Math.max(tokens.length - 1, 0))
}

/**
 * Every person the text names, as mentions the antecedent ranker weighs: whether each opens its clause, stands
 * inside someone's reported words or a quotation, or is set off after another person of its sentence (`Budi, putra
 * sulung aktor Bram`: Bram is embedded). Also the mask of quoted tokens.
 */
function antecedentMentions(
  doc: AnalysedText,
  statements: Statement[],
  people: PersonMention[],
  personAt: Map<number, EntityRecord>,
  reported: Uint8Array
): {mentions: AntecedentMention[]; quoted: Uint8Array} {
  const {tokens} = doc
  const quoted = new Uint8Array(tokens.length)
  for (const statement of statements) {
    if (statement.kind !== 'indirect') quoted.fill(1, statement.firstToken, statement.lastToken + 1)
  }
  const sorted = [...people].sort((a, b) => a.range.first - b.range.first)
  const mentions = sorted.map((person, index): AntecedentMention => {
    const first = person.range.first
    const before = sorted[index - 1]
    let embedded = false
    if (before && before.range.last < first && first - before.range.last <= 7 && doc.sentenceOf[before.range.last] === doc.sentenceOf[first]) {
      for (let k = before.range.last + 1; k < first; k++) if (tokens.at(k)!.text === ',') embedded = true
    }
    return {token: first, record: personAt.get(first)!, subject: person.subject, speaker: false, reported: reported[first] === 1, quoted: quoted[first] === 1, embedded}
  })
  return {mentions, quoted}
}

/**
 * A two-word name read after its role and affiliation (`kata Kepala Puskesmas Cempaka Putih Dicky Alsadik`) starts
 * where the reader put it: capitalised words before it belong to the affiliation, so a fuller form may add words after
 * the name, or a name prefix or initials before it (`Muhammad`, `FX`), not those.
 */
function extendsBeforeRoleReading(doc: AnalysedText, record: EntityRecord, range: TokenRange): boolean {
  if (record.words.size !== 2 || !record.roles.some((role) => role.affiliation !== null)) return false
  const opener = doc.tokens.at(range.first)!
  const firstWord = record.name.split(/\s+/u)[0]!.toLowerCase()
  return opener.lower !== firstWord && !doc.language.persons.namePrefixes.has(opener.lower) && !isInitial(opener)
}

/**
 * The last item with `offset` before the given one, in a list sorted by offset; with `excluded`, the last one whose
 * record is not that (looking back a few items only, so it stays a binary search).
 */
function lastBefore<T extends {offset: number; record?: EntityRecord}>(items: T[], offset: number, excluded: EntityRecord | null = null): T | null {
  const low = countBelow(items, offset, (item) => item.offset)
  for (let index = low - 1; index >= 0 && index >= low - 8; index--) {
    if (excluded === null || items[index]!.record !== excluded) return items[index]!
  }
  return null
}

/**
 * The statement whose quoted words hold statement `index` (a quote inside a quote), or -1. The outer quote is found
 * just before the inner one (quotes are read in the order they open): a few statements back at most.
 */
function enclosingStatement(statements: Statement[], index: number): number {
  const inner = statements[index]!
  for (let at = index - 1; at >= 0 && at >= index - 8; at--) {
    const other = statements[at]!
    if (other.rule !== quoteInQuote.id && other.contentStart <= inner.contentStart && other.contentEnd >= inner.contentEnd) return at
  }
  return -1
}

/**
 * A word of a person's full name standing alone elsewhere (`Putin`, `Kim`) is
 * a mention of that person, and an alias — where the word belongs to one
 * person only and is not a given-name prefix.
 */
function addShortMentions(doc: AnalysedText, registry: EntityRegistry): void {
  const owners = new Map<string, EntityRecord | null>()
  for (const record of registry.records) {
    if (record.type !== 'person' || record.words.size < 2) continue
    for (const word of record.words) {
      if (doc.language.persons.namePrefixes.has(word) || word.length < 3) continue
      owners.set(word, owners.has(word) && owners.get(word) !== record ? null : record)
    }
  }
  const {tokens} = doc
  // The full name written another way (`Kim Jong-un` for `Kim Jong Un`), quotes included.
  for (const record of registry.records) {
    if (record.type !== 'person' || record.words.size < 2) continue
    const firstWord = nameWords(record.name)[0]!
    for (const k of doc.capitals.get(firstWord) ?? []) {
      const words: string[] = []
      let last = k
      while (last < tokens.length && last - k < 5 && tokens.at(last)!.capitalized && (last === k || tokens.at(last)!.spaceBefore)) {
        words.push(...nameWords(tokens.at(last)!.text))
        if (words.length >= record.words.size) break
        last++
      }
      if (words.length !== record.words.size || !words.every((word) => record.words.has(word))) continue
      const start = tokens.at(k)!.start
      const end = tokens.at(Math.min(last, tokens.length - 1))!.end
      registry.addMentionOf(record, start, end)
      const written = doc.text.slice(start, end)
      if (written !== record.name) record.aliases.add(written)
    }
  }
  for (const [word, record] of owners) {
    if (!record) continue
    for (const k of doc.capitals.get(word) ?? []) {
      if (tokens.at(k)!.start < doc.bodyStart) continue
      const before = tokens.at(k - 1)
      const after = tokens.at(k + 1)
      const alone = !(before && before.capitalized && before.spaceBefore !== undefined && tokens.at(k)!.spaceBefore && isNameLike(doc, before)) &&
        !(after && after.capitalized && after.spaceBefore && isNameLike(doc, after))
      if (!alone) continue
      registry.addMentionOf(record, tokens.at(k)!.start, tokens.at(k)!.end)
      if (tokens.at(k)!.text !== record.name) record.aliases.add(tokens.at(k)!.text)
    }
  }
}

