/**
 * What a single token can be inside a speaker phrase, read from the language
 * lexicon and from the text itself.
 */
import type {AnalysedText} from '../extract/document.ts'
import {isUpper, type Token} from '../extract/tokens.ts'
import type {WordShape} from '../lang/language.ts'

/**
 * How many other occurrences of a word the evidence scans look at (`standsOnItsOwn`,
 * `usedAlone`, `endsElsewhere`): a news article rarely writes a name more often, and the
 * bound keeps a text that repeats a name thousands of times linear with a small constant.
 */
export const occurrenceScanLimit = 24

export function isHonorific(doc: AnalysedText, token: Token): boolean {
  const word = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower
  if (!doc.language.persons.honorifics.has(word)) return false
  return !(token.capitalized && isKoreanGivenName(doc.tokens.at(token.index + 1)))
}

export function isRoleWord(doc: AnalysedText, token: Token): boolean {
  return (tokenLexiconBits(doc, token) & ROLE) !== 0
}

/** `lexiconBits` of a token's lower case, kept per token of the text (no string look-up when asked again). */
export function tokenLexiconBits(doc: AnalysedText, token: Token): number {
  const memo = doc.memo.lexiconBits
  // Only a word the text has at that index: a token made elsewhere may share an index (the bits are the lower case's).
  if (doc.tokens.lowerAt(token.index) !== token.lower) return lexiconBits(doc, token.lower)
  const known = memo[token.index]!
  if (known !== 0) return known - 1
  const bits = lexiconBits(doc, token.lower)
  memo[token.index] = bits + 1
  return bits
}

/** Lexicon classes of a lower-case word (`lexiconBits`): a role or rank word, then the classes `lexiconWord` and `isFunctionWord` ask. */
export const ROLE = 1
export const ANONYMOUS_HEAD = 2
export const GROUP_HEAD = 4
export const NAME_PARTICLE = 8
export const FOREIGN_CONNECTOR = 16
export const FUNCTION_WORD = 32
/** A word of organisations' names, by lexicon (heads, institutional words) or shape (`Kemenkop`, `Kepegawaian`). */
export const ORGANIZATION = 64

/**
 * Bits of a word (a number per key), computed once per word and language and kept (bounded in size); the last
 * language's table at hand, since most runs read one language.
 */
class WordBitsCache {
  private language: AnalysedText['language'] | null = null
  private words = new Map<string, number>()
  private readonly byLanguage = new WeakMap<AnalysedText['language'], Map<string, number>>()

  get(language: AnalysedText['language'], key: string, compute: () => number): number {
    if (this.language !== language) {
      this.language = language
      let known = this.byLanguage.get(language)
      if (!known) this.byLanguage.set(language, (known = new Map()))
      this.words = known
    }
    let bits = this.words.get(key)
    if (bits === undefined) {
      bits = compute()
      if (this.words.size < 100_000) this.words.set(key, bits)
    }
    return bits
  }
}

const lexiconCache = new WordBitsCache()

/**
 * The lexicon classes of a lower-case word (the bits above), answered once per word and language: the phrase readers
 * ask them of every word again and again, each a few set look-ups.
 */
export function lexiconBits(doc: AnalysedText, lower: string): number {
  return lexiconCache.get(doc.language, lower, () => {
    const {persons, text, cues} = doc.language
    return (persons.roleHeads.has(lower) || persons.roleWords.has(lower) || doc.lexicon.rankWords.has(lower) ? ROLE : 0) |
      (persons.anonymousHeads.has(lower) ? ANONYMOUS_HEAD : 0) |
      (persons.groupHeads.has(lower) ? GROUP_HEAD : 0) |
      (persons.nameParticles.has(lower) ? NAME_PARTICLE : 0) |
      (persons.foreignConnectors.has(lower) ? FOREIGN_CONNECTOR : 0) |
      // Conjunctions, prepositions and adverbs: capitalised at a sentence start, never a name.
      (text.phraseStops.has(lower) || persons.subordinators.has(lower) || persons.adverbs.has(lower) ||
        cues.coordinators.has(lower) || text.demonstratives.has(lower) || persons.functionWords.has(lower) ? FUNCTION_WORD : 0) |
      // `Kemenkop`, `Kepegawaian`, `Koordinasi`: the shapes of ministries and of the fields offices are named after.
      (persons.organizationHeads.has(lower) || persons.institutionalWords.has(lower) || hasOrganizationShape(doc.language.morphology, lower) ? ORGANIZATION : 0)
  })
}

export function isOrganizationWord(doc: AnalysedText, token: Token): boolean {
  return (tokenLexiconBits(doc, token) & ORGANIZATION) !== 0
}

function hasOrganizationShape(morphology: AnalysedText['language']['morphology'], word: string): boolean {
  if (morphology.organizationPrefixes.some((prefix) => word.length > prefix.length + 1 && word.startsWith(prefix))) return true
  return hasShape(morphology.institutionalCircumfixes, word)
}

function hasShape(shapes: ReadonlyArray<WordShape>, word: string): boolean {
  return shapes.some(({prefix, suffix, minLength}) => word.length >= minLength && word.startsWith(prefix) && word.endsWith(suffix))
}

export function isPlaceWord(doc: AnalysedText, token: Token): boolean {
  // Two-letter places (`AS`, `RI`) only in capitals: `Ri` is a name.
  if (token.text.length <= 2 && !token.allCaps) return false
  return doc.language.persons.places.has(token.lower) || doc.placeWords.has(token.lower)
}

/**
 * A romanised Korean given name (`Jong-chon`, `Son-hui`): after it, the word
 * before is a surname even where it looks like an honorific (`Pak`).
 */
export function isKoreanGivenName(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(token.text)
}

/** An abbreviation the lexicon knows (`Korsel`, `Jubir`), or an acronym (`KPU`). */
export function isAbbreviationWord(doc: AnalysedText, token: Token): boolean {
  return doc.language.text.expansions.has(token.lower) || (token.allCaps && token.text.length >= 2)
}

/**
 * A token that can be part of a person's name: capitalised, and nothing the
 * lexicon or the text says it is instead (role, organisation, place, day,
 * honorific, acronym). Initials (`M`, `PS`) count inside a name.
 */
export function isNameLike(doc: AnalysedText, token: Token): boolean {
  if (!token.word || !token.capitalized) return false
  // Asked many times per token by the phrase readers: answered once per token.
  const cache = doc.memo.nameLike
  const known = cache[token.index]
  if (known !== undefined && known !== 0) return known === 1
  const answer = nameLikeUncached(doc, token)
  if (token.index < cache.length) cache[token.index] = answer ? 1 : 2
  return answer
}

/** A degree written after a name (`SpPD-KEMD`, `M.Kes`, `PhD`): every part between hyphens is one, dots aside. */
export function isDegree(doc: AnalysedText, token: Token): boolean {
  if (!token.word) return false
  const {degrees} = doc.language.persons
  return token.lower.split('-').every((part) => part !== '' && degrees.has(part.replaceAll('.', '')))
}

/**
 * A degree by its written shape too — a capital after the first letter, a dot or a hyphen (`MKes`, `MSi`, `M.Kes`,
 * `SpPD-KEMD`) — so that names that are also degrees' letters (`Ma`, `Eng`, `Mars`) stay names.
 */
function isDegreeShaped(doc: AnalysedText, token: Token): boolean {
  const {text} = token
  let shaped = text.includes('.') || text.includes('-')
  for (let index = 1; index < text.length && !shaped; index++) {
    const code = text.charCodeAt(index)
    shaped = code >= 65 && code <= 90
  }
  return shaped && isDegree(doc, token)
}

/** What `nameLikeUncached` reads of a word alone, from its text and the language, besides its lexicon classes: bits, kept once per written word. */
const NOT_NAME_SHAPE = 1
const NAME_TITLE = 2
const ORGANIZATION_HEAD = 4
const NOT_NAME_WORD = 8

/** Per language, the bits above by a capitalised word's text. */
const nameWordCache = new WordBitsCache()

function nameWordBits(doc: AnalysedText, token: Token): number {
  return nameWordCache.get(doc.language, token.text, () => wordBitsUncached(doc, token))
}

/** The bits of a capitalised word: all that decides whether it may be a name but its neighbours and the text's own words. */
function wordBitsUncached(doc: AnalysedText, token: Token): number {
  // Numbers; brands and sites, not people: an inner capital (`NeuroSensum`) or a dot between letters
  // (`Startupindonesia.co`); capitals are acronyms (`AL`, `KPU`; as initials inside a name they are read apart,
  // isInitial); degrees after a name (`Ratna Sari MKes`).
  if (/^\p{N}/u.test(token.text) || hasInnerCapitalOrDot(token.text) || token.allCaps || isDegreeShaped(doc, token)) return NOT_NAME_SHAPE
  const {cues, persons, text, outlets, morphology} = doc.language
  const lower = token.lower
  let bits = 0
  if (persons.nameTitles.has(lower)) bits |= NAME_TITLE
  if (persons.organizationHeads.has(lower)) bits |= ORGANIZATION_HEAD
  if (
    text.calendar.has(lower) ||
    (text.expansions.has(lower) && (token.allCaps || token.text.length > 2)) ||
    (outlets.outlets.has(lower) && token.allCaps) ||
    persons.referenceNouns.has(lower) || hasShape(morphology.abstractNounSuffixes, lower) ||
    cues.inverted.has(lower) || cues.according.has(lower) || cues.clausal.has(lower) || cues.anaphoric.has(lower) ||
    // Conjunctions, prepositions and quantifiers capitalised at a sentence start (`Selain`, `Namun`, `Ratusan`).
    persons.functionWords.has(lower) || persons.quantifiers.has(lower) || persons.subordinators.has(lower) || persons.adverbs.has(lower) ||
    text.phraseStops.has(lower)
  ) bits |= NOT_NAME_WORD
  return bits
}

function nameLikeUncached(doc: AnalysedText, token: Token): boolean {
  const bits = nameWordBits(doc, token)
  if (bits & NOT_NAME_SHAPE) return false
  // `Lalu Kusnawan`: a title of birth before a name is part of it.
  if (bits & NAME_TITLE) {
    const next = doc.tokens.at(token.index + 1)
    if (next && next.spaceBefore && isNameLike(doc, next)) return true
  }
  // A word of organisation names the text also uses alone as someone's name at a cue (`kata Agung`) is a name (`Agung Hendriadi`).
  const calledBy = doc.shortNames.has(token.lower) && !(bits & ORGANIZATION_HEAD)
  const lexicon = tokenLexiconBits(doc, token)
  if (lexicon & ROLE || (lexicon & ORGANIZATION && !calledBy)) return false
  if (isHonorific(doc, token)) return false
  return !(bits & NOT_NAME_WORD) && !doc.organizationAcronyms.has(token.lower)
}

/** A capital after a lower-case letter, or a dot between letters: the shape of brand and site names. */
const innerCapitalOrDot = /\p{Ll}\p{Lu}|\p{L}\.\p{L}/u

function hasInnerCapitalOrDot(text: string): boolean {
  // ASCII words (nearly all) without the regex: it runs on every capitalised word the engine classifies.
  let previous = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128) return innerCapitalOrDot.test(text)
    if (code >= 65 && code <= 90 && previous >= 97 && previous <= 122) return true
    if (code === 46 && ((previous >= 97 && previous <= 122) || (previous >= 65 && previous <= 90))) {
      const next = text.charCodeAt(index + 1)
      if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90)) return true
      if (next >= 128) return innerCapitalOrDot.test(text)
    }
    previous = code
  }
  return false
}

/** An acronym that opens an organisation's name, not a person's (`OCBC`, `PT`); short initials (`RZ`, `M`) may open a name. */
export function isLeadingAcronym(doc: AnalysedText, token: Token): boolean {
  if (!token.allCaps) return false
  return token.text.length >= 3 || doc.language.persons.organizationHeads.has(token.lower) || doc.language.text.expansions.has(token.lower)
}

/**
 * Whether the words `first`…`j`, which open a run of capitalised words that
 * goes on to a person's name, are written elsewhere in the text as a name of
 * their own: a place or an organisation, so the person's name starts after
 * them (`Puskesmas Pamulang Fitri` beside `di Puskesmas Pamulang.`,
 * `CEO Etanee Herry Nugraha` beside `Etanee pun berstrategi`).
 *
 * Strong evidence — elsewhere after a locative (`di`, `ke`) or inside an
 * organisation's name with no role before it — trims whatever remains. Weak
 * evidence — elsewhere on its own, not next to a reporting verb — trims only
 * one or two words and only where a name of two words or more remains, so a
 * person called by a first name (`Wiwik menjelaskan`) keeps it.
 */
export function standsOnItsOwn(doc: AnalysedText, first: number, j: number, last: number): boolean {
  const {tokens, language} = doc
  const {persons, cues} = language
  const length = j - first + 1
  // Weak evidence also needs the text to call the person by a word of the rest (`kata Herry`), never
  // by these words; a run set off by a comma or bracket is a name from its start
  // (`Pemimpin Korea Utara (Korut) Kim Jong Un`).
  let restUsedAlone = false
  for (let r = j + 1; r <= last && !restUsedAlone; r++) restUsedAlone = usedAlone(doc, r) > 0
  const opener = tokens.at(first - 1)
  const setOff = opener !== undefined && (opener.text === ',' || opener.text === ')')
  // Two words or more written together elsewhere, ending there, are a unit of their own (`Puskesmas Cempaka
  // Putih Dicky Alsadik` beside `dan Cempaka Putih (Jakarta Pusat)`): a person is rarely written so without
  // the rest of the name, unless the words open with a given-name prefix or a title of birth (`Tjokorda Oka`).
  // Either way a name of two words or more must remain.
  const opensName = persons.namePrefixes.has(tokens.at(first)!.lower) || persons.nameTitles.has(tokens.at(first)!.lower)
  const weakAllowed = last - j >= 2 && !setOff && !doc.shortNames.has(tokens.at(first)!.lower) && ((length <= 2 && restUsedAlone) || (length >= 2 && !opensName))
  const others = doc.capitals.get(tokens.at(first)!.lower) ?? []
  for (let i = 0; i < others.length && i < occurrenceScanLimit; i++) {
    const o = others[i]!
    if (o === first) continue
    let same = true
    for (let n = 1; n < length && same; n++) same = tokens.at(o + n)?.lower === tokens.at(first + n)!.lower
    if (!same) continue
    const after = tokens.at(o + length)
    // The same words going on to the same name are the same mention, written again.
    if (!after || after.lower === tokens.at(j + 1)!.lower) continue
    const before = tokens.at(o - 1)
    // Weak evidence needs the words to end their run there (`Kim Yo Jong` is no evidence against `Kim Jong Un`).
    const endsRun = !(after.word && after.capitalized) || !after.spaceBefore
    if (!before) {
      if (weakAllowed && endsRun && !(after.word && cues.clausal.has(after.lower))) return true
      continue
    }
    if (before.word && !before.capitalized && language.text.locatives.has(before.lower)) return true
    // The same capitalised word before it here and there, and the run ending there: the end of one unit written
    // twice (`PT Taman Impian Jaya Ancol Rika Lestari` beside `Taman Impian Jaya Ancol dan`).
    const beforeHere = tokens.at(first - 1)
    if (before.word && before.capitalized && beforeHere !== undefined && beforeHere.lower === before.lower && last - j >= 2 && endsRun &&
      !(after.word && (cues.clausal.has(after.lower) || cues.inverted.has(after.lower)))) return true
    // Inside an organisation's name: right after an organisation word (honorifics aside: `RSUP Dr M Djamil`), with no role in the run.
    if (before.word && before.capitalized) {
      let organization: boolean | null = null
      let person = false
      for (let b = o - 1; b >= 0 && o - b <= 6 && tokens.at(b)!.capitalized && (tokens.at(b)!.word || tokens.at(b)!.text === '.'); b--) {
        const word = tokens.at(b)!
        if (isRoleWord(doc, word) || persons.anonymousHeads.has(word.lower)) person = true
        else if (organization === null && word.word && !isHonorific(doc, word)) {
          // (A Roman numeral numbers something, `Teradu VII`: no acronym of an organisation.)
          organization = (word.allCaps && !isRomanNumeral(word)) || isOrganizationWord(doc, word) || persons.placeTakingHeads.has(word.lower)
        }
      }
      if (organization && !person && !(after.word && cues.clausal.has(after.lower))) return true
      continue
    }
    if (!weakAllowed || !endsRun) continue
    const cueBefore = before.word && (cues.inverted.has(before.lower) || cues.according.has(before.lower))
    const cueAfter = after.word && (cues.clausal.has(after.lower) || cues.inverted.has(after.lower))
    if (!cueBefore && !cueAfter) return true
  }
  return false
}

/** How often the word at `k` stands elsewhere in the text alone, not inside a run of capitalised words (counting to 3). */
export function usedAlone(doc: AnalysedText, k: number): number {
  const {tokens} = doc
  const capitalWord = (token: Token | undefined): boolean => token !== undefined && token.word && token.capitalized
  const others = doc.capitals.get(tokens.at(k)!.lower) ?? []
  let count = 0
  for (let i = 0; i < others.length && i < occurrenceScanLimit && count < 3; i++) {
    const o = others[i]!
    if (o !== k && !capitalWord(tokens.at(o - 1)) && !capitalWord(tokens.at(o + 1))) count++
  }
  return count
}

/** A word with the passive prefix and four letters or more after it (`dihubungi`, `diminta`; `morphology.passivePrefix`). */
export function isPassiveVerb(doc: AnalysedText, token: Token): boolean {
  const passive = doc.language.morphology.passivePrefix
  return token.lower.startsWith(passive) && token.lower.length >= passive.length + 4
}

/** A word with a prefix that makes it a verb inside a description (`membela`, `bekerja`; `morphology.descriptionVerbPrefixes`). */
export function isDescriptionVerb(doc: AnalysedText, token: Token): boolean {
  return doc.language.morphology.descriptionVerbPrefixes.some((prefix) => token.lower.startsWith(prefix))
}

/** A Roman numeral of up to 39 (`V`, `III`, `XIV`): a unit's or a monarch's number. */
export function isRomanNumeral(token: Token): boolean {
  return token.word && token.text.length > 0 && romanNumeral.test(token.text)
}

const romanNumeral = /^X{0,3}(?:IX|IV|V?I{0,3})$/u

/** An initial or short capitals inside a name: `M`, `PS`, `SBY`. */
export function isInitial(token: Token): boolean {
  if (!token.word || !token.capitalized || token.text.length > 3) return false
  // ASCII (nearly always) without upper-casing a copy: no letter a–z.
  const {text} = token
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128) return text === text.toUpperCase()
    if (code >= 97 && code <= 122) return false
  }
  return true
}

/**
 * A run of names with a word that joins two capitalised parts by a hyphen
 * inside it, names before and after (`Anna Morinda-Frizt Akhmad Nuzir`): the
 * candidate pairs of election news. A hyphen at a name's first or last word
 * is one person's (`Jean-Pierre Raffarin`, `Annegret Kramp-Karrenbauer`), and
 * one with a lower-case part is a given name (`Kim Jong-un`).
 */
export function joinsTwoNames(doc: AnalysedText, first: number, last: number): boolean {
  const {tokens} = doc
  for (let j = first + 1; j < last; j++) {
    const token = tokens.at(j)!
    if (!token.word || !token.capitalized) continue
    const hyphen = token.text.indexOf('-')
    if (hyphen > 0 && hyphen + 1 < token.text.length && isUpper(token.text[hyphen + 1]!)) return true
  }
  return false
}

/** A number written in digits (`45`, `2025`). */
export function isNumber(token: Token): boolean {
  return token.word && /^\p{N}+$/u.test(token.text)
}
