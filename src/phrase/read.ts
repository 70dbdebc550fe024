/**
 * What a speaker phrase names: a pronoun, an organisation or outlet, an
 * unnamed source with its affiliation, a name with its role, a bare title, a
 * description that points back, or a group.
 */
import type {AnalysedText} from '../extract/document.ts'
import {describedOrganization, findKnownOrganization, findKnownOutlet, findOutletHead, findQuotedName} from './known-bodies.ts'
import {isCommonByPosition, lastNameRun, nameWithoutTitles} from './name-run.ts'
import {withoutTrailingParenthetical} from './parentheticals.ts'
import {phraseAfter} from './phrase-after.ts'
import {roleOf, trimEdges} from './roles.ts'
import type {MentionKind, SpeakerPhrase, TokenRange} from './speaker-phrase.ts'
import {isHonorific, isNameLike, isPlaceWord, isRoleWord, joinsTwoNames} from './word-classes.ts'
import {findWord, isFunctionWord, lexiconWord, rankAt, sequenceAt, slice} from './words.ts'

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
  const defined = first === last ? doc.organizationAcronyms.get(head.lower) : undefined
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

/** Whether a phrase has a role, rank or honorific word: then a name in it is a person's. */
function hasPersonWords(doc: AnalysedText, first: number, last: number): boolean {
  for (let j = first; j <= last; j++) {
    const token = doc.tokens[j]!
    if (!token.word) continue
    if (doc.language.persons.roleHeads.has(token.lower) || doc.lexicon.rankWords.has(token.lower) || isHonorific(doc, token) || rankAt(doc, j, last) > j) return true
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
