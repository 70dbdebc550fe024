/**
 * The entity registry: one entity per real speaker, outlet or organisation.
 *
 * People merge by their name words: `Jeon` joins `Jeon Ha-kyou`, `Kim Jong-un`
 * joins `Kim Jong Un`; the canonical name is the fullest form, the others are
 * aliases. Where a short name fits two people, the one mentioned last before
 * it wins. Organisations and outlets merge by name, alias, or the long form
 * their abbreviations stand for (`Korsel` → `Korea Selatan`).
 */
import type {EntityType, Role, Span} from '../contract/graph.ts'
import type {Language} from '../lang/language.ts'
import {wordCharLength} from '../extract/tokens.ts'
import {withoutParentheticals} from '../phrase/parentheticals.ts'
import {countBelow} from './sorted-search.ts'
import {abbreviates, clipsWordByWord, isNickname, nameWords, oneEditApart, wordsWithin} from '../text/names.ts'

export {nameWords}

export interface EntityRecord {
  key: number
  type: EntityType
  name: string
  aliases: Set<string>
  roles: Array<{title: string; affiliation: string | null}>
  mentions: Span[]
  /** Normalised name words (people). */
  words: Set<string>
  /** Normalised names and aliases (organisations, outlets). */
  keys: Set<string>
  /** Names the text says a person is called by (`yang akrab disapa Ucup`), lower case. */
  nicknames: Set<string>
  /** Where each mention starts, sorted. */
  mentionStarts: number[]
  /** `start:end` of each mention, to add each once. */
  mentionKeys: Set<string>
  firstOffset: number
  /** The record this one turned out to name (foldHeadOnlyOrganizations), whose entity stands for both. */
  foldedInto?: EntityRecord
}

/** A name that is one word in capitals (`KBRI`, `BPS`). */
function isAcronym(name: string): boolean {
  return name.length >= 2 && !name.includes(' ') && name === name.toUpperCase() && name !== name.toLowerCase()
}

/** A one-word person met first by a clipped form of this one-word name (`Khrisna`, then `Khrisnamurti`). */
function clippedFrom(record: EntityRecord, words: string[]): boolean {
  if (words.length !== 1 || record.words.size !== 1) return false
  const [known] = record.words
  return known !== words[0] && isNickname(known!, words)
}

/** Names looked for in full per text (writtenInFull), so that a huge text is read a bounded number of times. */
const maxFullFormSearches = 64

export class EntityRegistry {
  readonly records: EntityRecord[] = []
  private readonly language: Language
  private readonly text: string

  constructor(text: string, language: Language) {
    this.text = text
    this.language = language
  }

  /** The long form of a name, abbreviations expanded, lower case. */
  normalise(name: string): string {
    // Asked of the same few names again and again: answered once per name.
    let normal = this.normalised.get(name)
    if (normal === undefined) {
      normal = this.normaliseUncached(name)
      if (this.normalised.size < 50_000) this.normalised.set(name, normal)
    }
    return normal
  }

  private readonly normalised = new Map<string, string>()

  private normaliseUncached(name: string): string {
    return withoutParentheticals(name)
      .split(/\s+/u)
      .filter(Boolean)
      .map((word) => this.language.text.expansions.get(word.toLowerCase()) ?? word)
      .join(' ')
      .toLowerCase()
  }

  private span(start: number, end: number): Span {
    return {start, end, text: this.text.slice(start, end)}
  }

  private create(type: EntityType, name: string, start: number): EntityRecord {
    const record: EntityRecord = {
      key: this.records.length,
      type,
      name,
      aliases: new Set(),
      roles: [],
      mentions: [],
      words: new Set(nameWords(name)),
      keys: new Set([this.normalise(name)]),
      nicknames: new Set(),
      mentionStarts: [],
      mentionKeys: new Set(),
      firstOffset: start
    }
    this.records.push(record)
    if (type === 'organization') this.organizations.push(record)
    return record
  }

  private readonly organizations: EntityRecord[] = []

  addMentionOf(record: EntityRecord, start: number, end: number): void {
    if (end <= start) return
    const key = start + ':' + end
    if (record.mentionKeys.has(key)) return
    record.mentionKeys.add(key)
    record.mentions.push(this.span(start, end))
    if (start < record.firstOffset) record.firstOffset = start
    const starts = record.mentionStarts
    // In text order mostly (appended); a speaker's mention found later goes in by binary search, not by a walk back
    // over every later mention (a quadratic walk for a person named thousands of times in one long text).
    if (starts.length === 0 || starts[starts.length - 1]! <= start) starts.push(start)
    else starts.splice(countBelow(starts, start + 1, (at) => at), 0, start)
  }


  /** A name the text says the person is called by. */
  addNickname(record: EntityRecord, nickname: string, alias = true): void {
    record.nicknames.add(nickname.toLowerCase())
    if (alias && nickname !== record.name) record.aliases.add(nickname)
    // A nickname may share no word with the name (`Gus Ipul`): its words find the person too.
    for (const word of nameWords(nickname)) {
      let set = this.peopleByWord.get(word)
      if (!set) this.peopleByWord.set(word, (set = new Set()))
      set.add(record)
    }
  }

  addRole(record: EntityRecord, title: string | null, affiliation: string | null): void {
    title = title ? this.titleProper(title) : title
    if (!title && !affiliation) return
    const role = {title: title ?? '', affiliation}
    const sameTitle = (existing: Role): boolean => existing.title.toLowerCase() === role.title.toLowerCase()
    if (record.roles.some((existing) => sameTitle(existing) && (existing.affiliation === role.affiliation || role.affiliation === null))) return
    // The same title, now with its affiliation: the fuller role replaces the bare one.
    const bare = record.roles.findIndex((existing) => sameTitle(existing) && existing.affiliation === null)
    if (bare >= 0) record.roles[bare] = role
    else record.roles.push(role)
  }

  /**
   * A title as a person holds it: from its first capitalised role word when words of the sentence stand before it
   * (`kesehatan Presiden` → `Presiden`, `bersama Menteri Sosial` → `Menteri Sosial`); nothing when it is only
   * function words (`yaitu`, `dalam`, `Sebagai`).
   */
  private titleProper(title: string): string | null {
    const {persons, text} = this.language
    const words = title.split(' ')
    const isTitleWord = (word: string): boolean => {
      const lower = word.toLowerCase()
      return persons.roleHeads.has(lower) || persons.roleWords.has(lower) || persons.companyTitles.has(lower) || persons.anonymousHeads.has(lower) ||
        persons.kinNouns.has(lower) || persons.groupHeads.has(lower) || persons.honorifics.has(lower) ||
        persons.englishTitles.heads.has(lower) || persons.englishTitles.words.has(lower)
    }
    if (!isTitleWord(words[0]!)) {
      const role = words.findIndex((word, n) => n > 0 && word[0] !== undefined && word[0] !== word[0].toLowerCase() && isTitleWord(word))
      if (role > 0) return words.slice(role).join(' ')
    }
    const functionWord = (word: string): boolean => {
      const lower = word.toLowerCase()
      return text.phraseStops.has(lower) || text.titleMarkers.has(lower) || text.copulas.has(lower) || text.affiliationPrepositions.has(lower) ||
        persons.roleClauseWords.has(lower) || persons.functionWords.has(lower) || persons.adverbs.has(lower) || persons.subordinators.has(lower)
    }
    return words.every(functionWord) ? null : title
  }

  /** People, and people by each word of their names. */
  private readonly people: EntityRecord[] = []
  private readonly peopleByWord = new Map<string, Set<EntityRecord>>()

  private indexWords(record: EntityRecord): void {
    for (const word of record.words) {
      let set = this.peopleByWord.get(word)
      if (!set) this.peopleByWord.set(word, (set = new Set()))
      set.add(record)
    }
  }

  /** Last mention of a record before `offset` (or -1): a binary search over its sorted mention starts. */
  lastBefore(record: EntityRecord, offset: number): number {
    const starts = record.mentionStarts
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (starts[middle]! < offset) low = middle + 1
      else high = middle
    }
    return low > 0 ? starts[low - 1]! : -1
  }

  /** The one person the text says is called `name` (`Agus Harimurti Yudhoyono (AHY)`), or null. */
  personCalled(name: string): EntityRecord | null {
    const lower = name.toLowerCase()
    let found: EntityRecord | null = null
    for (const record of this.peopleByWord.get(lower) ?? []) {
      if (!record.nicknames.has(lower)) continue
      if (found && found !== record) return null
      found = record
    }
    return found
  }

  /** A name's words (`nameWords`), kept per name for the text: findPerson asks them of every candidate's name. */
  private wordsOf(name: string): string[] {
    let words = this.namesWords.get(name)
    if (words === undefined) {
      words = nameWords(name)
      if (this.namesWords.size < 50_000) this.namesWords.set(name, words)
    }
    return words
  }

  private readonly namesWords = new Map<string, string[]>()

  /** The person a name refers to, by its words; the nearest earlier one where several fit. */
  findPerson(name: string, offset: number): EntityRecord | null {
    const words = this.wordsOf(name)
    if (words.length === 0) return null
    // Only a name of two words or more with a short word in it can stand for a fuller one (`Sultan HB X`).
    const mayAbbreviate = words.length >= 2 && words.some((word) => word.length >= 2 && word.length <= 4)
    let best: EntityRecord | null = null
    let bestScore = -Infinity
    // Candidates share a word with the name (indexed); a nickname may share none, so a one-word
    // name also looks at the people known so far (bounded, to stay linear on huge texts).
    const candidates = new Set<EntityRecord>()
    for (const word of words) for (const record of this.peopleByWord.get(word) ?? []) candidates.add(record)
    if (words.length === 1) for (let index = 0; index < this.people.length && index < 500; index++) candidates.add(this.people[index]!)
    const wordSet = new Set(words)
    const lower = name.toLowerCase()
    for (const record of candidates) {
      if (!wordsWithin(words, record.words) && !wordsWithin(record.words, wordSet) && !record.nicknames.has(lower) &&
        !(words.length === 1 && isNickname(name, [...record.words])) && !clippedFrom(record, words)) {
        const known = this.wordsOf(record.name)
        if (!(mayAbbreviate && abbreviates(words, known)) && !clipsWordByWord(words, known) && !clipsWordByWord(known, words)) continue
      }
      const last = this.lastBefore(record, offset)
      const score = last >= 0 ? last : -1 - (record.firstOffset - offset) / 1e9
      if (score > bestScore) {
        bestScore = score
        best = record
      }
    }
    return best ?? (words.length === 1 ? this.misspelt(words[0]!, candidates) : null)
  }

  /**
   * The one person with a name word a letter longer or shorter than this one-word name
   * (`Chadir` for Chaidir, `Ivan` for Irvan): a slip of the writer's. None
   * where two people fit, or where the word is short.
   */
  private misspelt(word: string, candidates: Set<EntityRecord>): EntityRecord | null {
    if (word.length < 4) return null
    let found: EntityRecord | null = null
    for (const record of candidates) {
      if (record.words.size < 2 && word.length < 6) continue
      for (const known of record.words) {
        if (known.length < 4 || !oneEditApart(word, known)) continue
        if (found && found !== record) return null
        found = record
      }
    }
    return found
  }

  person(name: string, start: number, end: number, role?: {title: string | null; affiliation: string | null}): EntityRecord {
    let record = this.findPerson(name, start)
    if (!record) {
      record = this.create('person', name, start)
      this.people.push(record)
      this.indexWords(record)
    }
    const words = this.wordsOf(name)
    if ((words.length > record.words.size && wordsWithin(record.words, new Set(words))) || clippedFrom(record, words) || clipsWordByWord(this.wordsOf(record.name), words)) {
      record.aliases.add(record.name)
      record.name = name
      record.words = new Set(words)
      this.indexWords(record)
    } else if (name !== record.name) {
      record.aliases.add(name)
    }
    record.aliases.delete(record.name)
    this.addMentionOf(record, start, end)
    if (role) this.addRole(record, role.title, role.affiliation)
    return record
  }

  /** An organisation, outlet or group, by name or alias. */
  body(type: EntityType, name: string, start: number, end: number, aliases: string[] = []): EntityRecord {
    const keys = [name, ...aliases].map((value) => this.normalise(value))
    let record: EntityRecord | undefined
    for (const key of keys) {
      record = this.byKey.get(type + '\u0000' + key)
      if (record) break
    }
    if (!record && type === 'organization') {
      // `Polda Jateng` in a text that also writes `Kepolisian Daerah Jawa Tengah`: named by its full form.
      const full = this.writtenInFull(name)
      if (full) {
        record = this.create(type, full.text, full.start)
        this.addMentionOf(record, full.start, full.end)
      }
    }
    if (!record) record = this.create(type, name, start)
    for (const value of [name, ...aliases]) this.addKey(record, value)
    // Prefer the fuller written form as the name when an outlet is known by its agency name.
    this.addMentionOf(record, start, end)
    return record
  }

  /**
   * Organisations named by their head word alone (`Kementerian menyebut …`
   * after `Kementerian Luar Negeri menyatakan …`): each is the organisation
   * with that head mentioned last before the head word's first mention (one
   * record holds all of a head word's mentions). Its mentions and roles move
   * there, the head word becomes an alias, and the record leaves the list
   * (`foldedInto` points on, for readings made before the fold). A head word
   * before any fuller name stays an organisation of its own. Run once, after
   * every organisation is registered: they are not registered in text order.
   */
  foldHeadOnlyOrganizations(): void {
    const heads = this.language.persons.headsUsedAlone
    // (So is an acronym alone, `KBRI menjelaskan` after `KBRI Phnom Penh menyatakan`: the office it heads there.)
    const bare = this.organizations.filter((record) => heads.has(record.name.toLowerCase()) || isAcronym(record.name))
    if (bare.length === 0) return
    for (const record of bare) {
      const head = record.name.toLowerCase()
      let target: EntityRecord | null = null
      let targetLast = -1
      for (const candidate of this.organizations) {
        if (candidate === record || candidate.foldedInto || !this.normalise(candidate.name).startsWith(head + ' ')) continue
        const last = this.lastBefore(candidate, record.firstOffset)
        if (last > targetLast) {
          targetLast = last
          target = candidate
        }
      }
      if (!target) continue
      record.foldedInto = target
      for (const mention of record.mentions) this.addMentionOf(target, mention.start, mention.end)
      for (const role of record.roles) this.addRole(target, role.title, role.affiliation)
      this.addKey(target, record.name)
      this.byKey.set(record.type + '\u0000' + this.normalise(record.name), target)
    }
    let kept = 0
    for (const record of this.records) if (!record.foldedInto) this.records[kept++] = record
    this.records.length = kept
  }

  /**
   * Where the text writes out in full a name that uses abbreviations
   * (`Polda Jateng` → `Kepolisian Daerah Jawa Tengah`, the language's
   * expansions): its first such place, as whole words; null when the name has
   * no abbreviation or the text never writes it in full. Each name is looked
   * up once, and at most `maxFullFormSearches` names per text (each search
   * reads the text once).
   */
  private writtenInFull(name: string): Span | null {
    const known = this.fullForms.get(name)
    if (known !== undefined) return known
    let found: Span | null = null
    const words = name.split(' ')
    const expanded = words.map((word) => this.language.text.expansions.get(word.toLowerCase()) ?? word)
    if (this.fullForms.size < maxFullFormSearches && expanded.some((word, index) => word !== words[index])) {
      const full = expanded.join(' ')
      for (let at = this.text.indexOf(full); at >= 0; at = this.text.indexOf(full, at + 1)) {
        // Whole words: no letter, mark or digit right before or after (the tokenizer's test).
        if (wordCharLength(this.text, at - 1) === 0 && wordCharLength(this.text, at + full.length) === 0) {
          found = this.span(at, at + full.length)
          break
        }
      }
    }
    this.fullForms.set(name, found)
    return found
  }

  private readonly fullForms = new Map<string, Span | null>()

  /**
   * Records an alias pair written as `Long Form (ACRONYM)`. `fullForm`: the organisation's name to give a body met only
   * by its acronym (null: keep its name).
   */
  alias(longForm: string, acronym: string, fullForm: string | null = null): void {
    const longKey = this.normalise(longForm)
    const shortKey = this.normalise(acronym)
    for (const record of this.records) {
      if (record.type !== 'person' && (record.keys.has(longKey) || record.keys.has(shortKey))) {
        // A body met only by its short name is named by the full form the text defines it with (`PT … Tbk (SPLT)`).
        if (fullForm && this.normalise(record.name) === shortKey && record.type === 'organization') {
          record.aliases.add(record.name)
          record.name = fullForm
          record.aliases.delete(fullForm)
          this.addKey(record, fullForm)
        }
        this.addKey(record, longForm)
        this.addKey(record, acronym)
      }
    }
  }

  /** Organisations, outlets and groups by type and normalised name or alias. */
  private readonly byKey = new Map<string, EntityRecord>()

  private addKey(record: EntityRecord, value: string): void {
    const key = this.normalise(value)
    record.keys.add(key)
    if (!this.byKey.has(record.type + '\u0000' + key)) this.byKey.set(record.type + '\u0000' + key, record)
    if (value !== record.name) record.aliases.add(value)
  }

  roleOf(record: EntityRecord): Role[] {
    return record.roles.map((role) => ({title: role.title, affiliation: role.affiliation}))
  }
}
