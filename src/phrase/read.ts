/**
 * What a speaker phrase names: a pronoun, an organisation or outlet, an
 * unnamed source with its affiliation, a name with its role, a bare title, a
 * description that points back, or a group.
 */
import type {AnalysedText} from '../extract/document.ts'
import type {QuotedStretch} from '../extract/quote-marks.ts'
import type {Token} from '../extract/tokens.ts'
import {describedOrganization, findKnownOrganization, findKnownOutlet, findOutletHead, findQuotedName} from './known-bodies.ts'
import {readIndefiniteDescription} from './indefinite-subject.ts'
import {bodyOfMembers, memberBody} from './member-body.ts'
import {isCommonByPosition, lastNameRun, nameWithoutTitles} from './name-run.ts'
import {withoutParentheticals, withoutTrailingParenthetical} from './parentheticals.ts'
import {phraseAfter} from './phrase-after.ts'
import {roleOf, trimEdges} from './roles.ts'
import type {MentionKind, SpeakerPhrase, TokenRange} from './speaker-phrase.ts'
import {isHonorific, isNameLike, isPlaceWord, isRoleWord, joinsTwoNames} from './word-classes.ts'
import {findWord, isFunctionWord, lexiconWord, rankAt, sequenceAt, slice} from './words.ts'
import {sentenceStart} from '../extract/sentences.ts'

/**
 * Every word of `words` outside quote marks with the phrase after it, read
 * (`disampaikan oleh X`, `dikutip dari Reuters`): `skip` is the preposition
 * that may stand between them.
 */
export function phrasesAfterWords(doc: AnalysedText, words: ReadonlySet<string>, skip: string): Array<{at: number; phrase: SpeakerPhrase}> {
  const {tokens} = doc
  const found: Array<{at: number; phrase: SpeakerPhrase}> = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens.at(k)!
    if (!token.word || !words.has(token.lower) || doc.marks.insideOf[k]! >= 0) continue
    const after = phraseAfterWord(doc, k, skip, doc.sentences[doc.sentenceOf[k]!]!.last)
    if (after) found.push({at: k, phrase: after.phrase})
  }
  return found
}

/** The phrase after the word at `k`, past an optional `skip` word (`disampaikan oleh X`), up to `limit`, and what it names. */
export function phraseAfterWord(doc: AnalysedText, k: number, skip: string, limit: number): {range: TokenRange; phrase: SpeakerPhrase} | null {
  let start = k + 1
  if (doc.tokens.at(start)?.lower === skip) start++
  if (start > limit) return null
  const range = phraseAfter(doc, start, limit)
  const phrase = range ? readPhrase(doc, range) : null
  return range && phrase ? {range, phrase} : null
}

/** One phrase and what the readings ask about it, each answered once. */
class PhraseSite {
  readonly first: number
  readonly last: number
  readonly head: Token
  #common: boolean | undefined
  #outlets: {known: {range: TokenRange; name: string} | null; quoted: QuotedStretch | null; head: number} | undefined

  constructor(readonly doc: AnalysedText, readonly phrase: TokenRange) {
    this.first = phrase.first
    this.last = phrase.last
    this.head = doc.tokens.at(phrase.first)!
  }

  /** A single word. */
  get single(): boolean {
    return this.first === this.last
  }

  /** The phrase's words, as written. */
  get text(): string {
    return slice(this.doc, this.first, this.last)
  }

  /** A common noun heads it, or one capitalised only because it opens the sentence (`Seorang pejabat …`, `Pejabat itu …`). */
  get common(): boolean {
    if (this.#common === undefined) {
      const {doc, first, head} = this
      this.#common = !head.capitalized || (sentenceStart(doc, first) === first && lexiconWord(doc, head))
    }
    return this.#common
  }

  /** It ends with a demonstrative (`itu`, `tersebut`): it points back. */
  get pointsBack(): boolean {
    return this.doc.language.text.demonstratives.has(this.doc.tokens.at(this.last)!.lower)
  }

  /** A known outlet in it, a short quoted name (`media Rusia "Vesti Primorye"`), and where an outlet's head noun stands (or -1). */
  get outlets(): {known: {range: TokenRange; name: string} | null; quoted: QuotedStretch | null; head: number} {
    if (this.#outlets === undefined) {
      const {doc, first, last} = this
      this.#outlets = {known: findKnownOutlet(doc, first, last), quoted: findQuotedName(doc, first, last), head: findOutletHead(doc, first, last)}
    }
    return this.#outlets
  }

  /** What the phrase names, as a speaker phrase of `kind`. */
  make(kind: MentionKind, mention: TokenRange, name: string, extra: Partial<SpeakerPhrase> = {}): SpeakerPhrase {
    return {kind, phrase: this.phrase, mention, name, title: null, affiliation: null, aliases: [], ...extra}
  }
}

/** A way to read what a phrase names: the first reading that gives a speaker phrase decides. */
interface PhraseReading {
  readonly id: string
  /** What the reading reads, in one line (docs/engine.md lists it). */
  readonly reads: string
  read(site: PhraseSite): SpeakerPhrase | null
}

/** The readings of a phrase, in the order they are tried. */
export const phraseReadings: readonly PhraseReading[] = [
  {
    id: 'pronoun',
    reads: 'a pronoun alone: `dia`, `ia`, `beliau`',
    read: (site) => (site.single && site.doc.language.persons.pronouns.has(site.head.lower) ? site.make('pronoun', site.phrase, site.head.text) : null)
  },
  {
    id: 'plural-pronoun',
    reads: 'a plural pronoun alone: `mereka`',
    read: (site) => (site.single && site.doc.language.persons.pluralPronouns.has(site.head.lower) ? site.make('plural', site.phrase, site.head.text) : null)
  },
  {
    id: 'defined-acronym',
    reads: 'a short name the text defines for an organisation: `Perbarindo` after `Perhimpunan Bank Perkreditan Rakyat Indonesia (Perbarindo)`',
    read(site) {
      const defined = site.single ? site.doc.organizationAcronyms.get(site.head.lower) : undefined
      return defined ? site.make('organization', site.phrase, defined.longForm, {aliases: [site.head.text]}) : null
    }
  },
  {
    id: 'single-name',
    reads: 'one capitalised word that is no lexicon word, place or word capitalised by its place: `kata Parwati`',
    read(site) {
      const {doc, head, first} = site
      const {persons, outlets} = doc.language
      const name = site.single && head.capitalized && !head.allCaps && !isCommonByPosition(doc, first) && !isFunctionWord(doc, head) && !isRoleWord(doc, head) &&
        !persons.anonymousHeads.has(head.lower) && !outlets.outlets.has(head.lower) && !outlets.organizations.has(head.lower) && !persons.organizationHeads.has(head.lower) && !isPlaceWord(doc, head)
      return name ? site.make('name', site.phrase, head.text) : null
    }
  },
  {
    id: 'known-organization',
    reads: 'an organisation the lexicon knows that speaks as one: `Kremlin`, `Gedung Putih`',
    read(site) {
      const known = findKnownOrganization(site.doc, site.first, site.last)
      return known ? site.make('organization', site.phrase, known.name) : null
    }
  },
  {
    id: 'known-outlet',
    reads: 'an outlet the lexicon knows, or an outlet\'s head noun with a quoted name: `Kantor Berita Yonhap`, `media Rusia "Vesti Primorye"`',
    read(site) {
      const {doc, first, last} = site
      const {known, quoted, head} = site.outlets
      if (!known && !(head >= 0 && quoted)) return null
      const aliases: string[] = []
      let mention = known ? known.range : site.phrase
      let name = known ? known.name : ''
      if (quoted) {
        name = doc.text.slice(quoted.contentStart, quoted.contentEnd)
        mention = {first: quoted.firstInner, last: quoted.lastInner}
      }
      const longForm = withoutTrailingParenthetical(site.text)
      const written = known ? slice(doc, known.range.first, known.range.last) : ''
      if (known && longForm !== written && !quoted) {
        if (head >= 0 || doc.tokens.at(last)!.text === ')') aliases.push(longForm)
      }
      // `kepada VOA`: the outlet as written is an alias of its name (`VOA Indonesia`).
      if (known && !quoted && written.toLowerCase() !== name.toLowerCase()) aliases.push(written)
      return site.make('outlet', mention, name, {aliases})
    }
  },
  {
    id: 'outlet-by-head',
    reads: 'an outlet named by its head noun, with no role or name in it: `kantor berita NTB`, `media Rusia` (not `Direktur Media Baru … Ahmad Mahendra`)',
    read(site) {
      const {doc, first, last, head} = site
      if (site.outlets.head !== first || hasPersonWords(doc, first, last) || (head.capitalized && lastNameRun(doc, first, last))) return null
      // `kantor berita NTB`: an agency named after its head noun; `media Rusia`: an outlet known by a description.
      const pair = doc.language.outlets.agencyHeads.some((words) => sequenceAt(doc, first, words))
      if (pair && first + 2 <= last && doc.tokens.at(first + 2)!.capitalized) {
        return site.make('outlet', {first: first + 2, last}, slice(doc, first + 2, last), {aliases: [site.text]})
      }
      return site.make('outlet', site.phrase, site.text)
    }
  },
  {
    id: 'party-of-body',
    reads: 'a word for a side or party before an organisation or outlet that speaks as one: `pihak Gedung Putih` is the White House',
    read(site) {
      const {doc, first, last, head} = site
      if (site.single || !doc.language.persons.partyHeads.has(head.lower) || !doc.tokens.at(first + 1)!.capitalized) return null
      // The body's name: the capitalised run after the word (`pihak Gedung Putih di situs resminya`).
      let end = first + 1
      while (end < last && doc.tokens.at(end + 1)!.word && doc.tokens.at(end + 1)!.capitalized) end++
      const body = readPhrase(doc, {first: first + 1, last: end})
      return body && (body.kind === 'organization' || body.kind === 'outlet') ? {...body, phrase: site.phrase} : null
    }
  },
  {
    id: 'indefinite-description',
    reads: 'an unnamed source introduced by an indefinite description, with where it works and why it stays unnamed: `Seorang perawat di rumah sakit itu yang enggan disebut namanya`',
    read(site) {
      const described = readIndefiniteDescription(site.doc, site.first, site.last)
      if (!described) return null
      const {title, affiliation} = described
      return site.make('anonymous', site.phrase, slice(site.doc, described.described.first, described.described.last), {title, affiliation})
    }
  },
  {
    id: 'unnamed-source',
    reads: 'an unnamed source and its affiliation, no name in it: `seorang pejabat di Kementerian Luar Negeri`',
    read(site) {
      const {doc, first, last, head} = site
      const {language} = doc
      if (!site.common || !language.persons.anonymousHeads.has(head.lower) || hasName(doc, first, last) || site.pointsBack) return null
      // `Otoritas Jasa Keuangan menyatakan`: a capitalised organisation's head before more capitals is the organisation's
      // name, not `otoritas` (the authorities) unnamed.
      const next = doc.tokens.at(first + 1)
      if (head.capitalized && language.persons.organizationHeads.has(head.lower) && next?.word && next.capitalized) return null
      const diAt = findWord(doc, first, last, language.text.affiliationPrepositions)
      const affiliation = diAt >= 0 ? withoutTrailingParenthetical(slice(doc, diAt + 1, last)) : null
      return site.make('anonymous', site.phrase, withoutTrailingParenthetical(site.text), {title: slice(doc, first, diAt >= 0 ? diAt - 1 : last), affiliation})
    }
  },
  {
    id: 'pointing-description',
    reads: 'a common noun phrase closed by a demonstrative, which points back: `Pejabat itu`, `bek berusia 26 tahun tersebut`',
    read: (site) => (site.common && site.pointsBack ? site.make('description', site.phrase, site.text) : null)
  },
  {
    id: 'members-of-body',
    reads: 'members described as belonging to a body, which speaks: `Massa yang tergabung dalam Aliansi Mahasiswa Cendana Bergerak`',
    read(site) {
      const body = bodyOfMembers(site.doc, site.first, site.last)
      return body ? namedOrganization(site, slice(site.doc, body.first, body.last), body.last) : null
    }
  },
  {
    id: 'member-body',
    reads: 'a body named for its members, its head opening the phrase: `Aliansi Mahasiswa Makassar Bergerak`, `Serikat Petani Lestari` (member nouns in it are no role, its last word no person)',
    read(site) {
      return memberBody(site.doc, site.first, site.last) ? namedOrganization(site) : null
    }
  },
  {
    id: 'organization-by-head',
    reads: 'an organisation\'s head opening the phrase, with no role or rank in it: `Kementerian Pertahanan Korea Selatan`, `Lembaga Riset Pangan Nusantara (LRPN)`',
    read(site) {
      const {doc, first, last, head} = site
      const {tokens} = doc
      if (!head.capitalized || !doc.language.persons.organizationHeads.has(head.lower) || hasPersonWords(doc, first, last)) return null
      // `kata Kementerian Pendidikan di Singapura`: a locative and its place after the name say where, not who.
      const locative = findWord(doc, first + 2, last, doc.language.text.locatives)
      if (locative > first && !doc.tokens.at(locative)!.capitalized && locative < last && isPlaceWord(doc, tokens.at(locative + 1)!)) {
        return site.make('organization', {first, last: locative - 1}, slice(doc, first, locative - 1))
      }
      return namedOrganization(site)
    }
  },
  {
    id: 'described-organization',
    reads: 'a description headed by an organisation noun, then its name: `Perusahaan pemilik kapal, Nordlys Cruises`',
    read(site) {
      const described = describedOrganization(site.doc, site.first, site.last)
      return described ? site.make('organization', described, slice(site.doc, described.first, described.last)) : null
    }
  },
  {
    id: 'name-run',
    reads: 'the last run of name words, with the role and affiliation before it: `Juru Bicara Kementerian … Budi Santoso`; a candidate pair (`Anna Morinda-Frizt Akhmad Nuzir`) is a group',
    read(site) {
      const {doc, first, last} = site
      let nameRun = lastNameRun(doc, first, last)
      if (!nameRun) return null
      // `Menteri Sosial Saifullah Yusuf (Gus Ipul)`: a name in closing brackets right after a full name is what the
      // person is called by (src/attribute/resolve.ts learns it); the person is the full name before it.
      const fullBefore = nameBeforeClosingBrackets(doc, first, last, nameRun)
      if (fullBefore) nameRun = fullBefore
      const role = roleOf(doc, first, nameRun.first - 1)
      const name = nameWithoutTitles(doc, nameRun)
      return name ? site.make(joinsTwoNames(doc, nameRun.first, nameRun.last) ? 'group' : 'name', nameRun, name, role) : null
    }
  },
  {
    id: 'closing-demonstrative',
    reads: 'any other phrase closed by a demonstrative: `Mantan Gubernur DKI Jakarta itu`',
    read: (site) => (site.doc.tokens.at(site.last)!.word && site.pointsBack ? site.make('description', site.phrase, site.text) : null)
  },
  {
    id: 'group',
    reads: 'a group noun at its head: `warga`, `masyarakat`, `massa`',
    read: (site) => (site.doc.language.persons.groupHeads.has(site.head.lower) ? site.make('group', site.phrase, site.text) : null)
  },
  {
    id: 'organization-head',
    reads: 'an organisation\'s head opening the phrase, whatever follows',
    read: (site) => (site.doc.language.persons.organizationHeads.has(site.head.lower) && site.head.capitalized ? site.make('organization', site.phrase, withoutTrailingParenthetical(site.text)) : null)
  },
  {
    id: 'role-title',
    reads: 'a role with no name: a capitalised title names one office holder (`Presiden`), a lower-case role an unnamed source (`petugas`)',
    read(site) {
      const {doc, first, last, head} = site
      if (!isRoleWord(doc, head)) return null
      return site.make(head.capitalized ? 'title' : 'anonymous', site.phrase, site.text, roleOf(doc, first, last))
    }
  },
  {
    id: 'acronym',
    reads: 'an acronym alone that nothing else reads: an organisation',
    read: (site) => (site.head.allCaps && site.single ? site.make('organization', site.phrase, site.head.text) : null)
  },
  {
    id: 'acronym-at-place',
    reads: 'an acronym and the place it serves, nothing else: `KBRI Phnom Penh`, `KJRI Jeddah`',
    read(site) {
      const {doc, first, last, head} = site
      if (!head.allCaps || site.single) return null
      for (let j = first + 1; j <= last; j++) if (!isPlaceWord(doc, doc.tokens.at(j)!)) return null
      return site.make('organization', site.phrase, site.text)
    }
  },
  {
    id: 'unnamed-head',
    reads: 'an unnamed-source noun at its head, whatever follows: `sumber`, `pejabat`',
    read: (site) => (site.common && site.doc.language.persons.anonymousHeads.has(site.head.lower) ? site.make('anonymous', site.phrase, site.text) : null)
  }
]

/**
 * The organisation named by `text` (the whole phrase's by default), ending at token `last`, with a short name in
 * closing brackets as its alias.
 */
function namedOrganization(site: PhraseSite, text = site.text, last = site.last): SpeakerPhrase {
  const {tokens} = site.doc
  const acronym = tokens.at(last)!.text === ')' && tokens.at(last - 1)?.word && tokens.at(last - 2)?.text === '(' ? [tokens.at(last - 1)!.text] : []
  // `Badan Pusat Statistik (BPS) Nusa Tenggara Barat (NTB)`: the name without the short forms written inside it.
  return site.make('organization', site.phrase, withoutParentheticals(text).replace(/ +/gu, ' ').trim(), {aliases: acronym})
}

/** What a phrase names: a person by name, a pronoun, a title, an outlet … (the first of `phraseReadings` that reads it). */
export function readPhrase(doc: AnalysedText, range: TokenRange): SpeakerPhrase | null {
  const trimmed = trimEdges(doc, range)
  if (!trimmed) return null
  const site = new PhraseSite(doc, trimmed)
  for (const reading of phraseReadings) {
    const phrase = reading.read(site)
    if (phrase) return phrase
  }
  return null
}

/**
 * The full name of two words or more right before brackets that close the phrase and hold its last name run
 * (`… Saifullah Yusuf (Gus Ipul)`, `… Saifullah Yusuf, (Gus Ipul)`), or null.
 */
function nameBeforeClosingBrackets(doc: AnalysedText, first: number, last: number, nameRun: TokenRange): TokenRange | null {
  const {tokens} = doc
  const open = nameRun.first - 1
  if (tokens.at(last)!.text !== ')' || nameRun.last !== last - 1 || tokens.at(open)?.text !== '(') return null
  const end = tokens.at(open - 1)?.text === ',' ? open - 2 : open - 1
  if (end <= first) return null
  const before = lastNameRun(doc, first, end)
  return before && before.last === end && before.last > before.first ? before : null
}

/** Whether a phrase has a role, rank or honorific word: then a name in it is a person's. */
function hasPersonWords(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = doc.tokens.at(j)!
    if (!token.word) continue
    if (doc.language.persons.roleHeads.has(token.lower) || doc.lexicon.rankWords.has(token.lower) || isHonorific(doc, token) || rankAt(doc, j, last) > j) return true
  }
  return false
}

function hasName(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = doc.tokens.at(j)!
    if (token.capitalized && isNameLike(doc, token) && !isPlaceWord(doc, token) && !doc.lowerVocabulary.has(token.lower) && !lexiconWord(doc, token)) {
      const previous = doc.tokens.at(j - 1)
      if (previous && doc.language.text.affiliationPrepositions.has(previous.lower)) return false
      return true
    }
  }
  return false
}
