/**
 * `first-reference`: the first mention of a quoted person gives the full name
 * (and a role); later mentions may shorten (`juru bicara … Jeon Ha-kyou`, then
 * `kata Jeon`). Reported when that first mention is where the person speaks
 * (`Jeon memberikan penilaian`, `kata Santoso`). A pronoun as first mention is
 * `ambiguous-speaker`'s business.
 *
 * A quoted person named by one word only (`"…," kata Hartono.`) is reported
 * too when nothing in the article says who they are: no fuller name, no role
 * in the graph, and no description at any mention (`petani Hartono`,
 * `Hartono, warga Desa …`, `Hartono, yang …`, `Ketua RT Hartono`). Mononyms
 * are common in Indonesia and fine with a role or a description.
 */
import {isPronoun} from '../cues.ts'
import {isSpellingVariant, nameTokens} from '../../text/names.ts'
import {getLanguage} from '../../lang/index.ts'
import {lintRule, type RuleContext} from '../rule.ts'
import {optionsSchema, optionTypes} from '../rule-options.ts'

export interface FirstReferenceOptions {
  /**
   * Also require a role for every quoted person (`juru bicara`, `Menteri …`).
   * Off by default: it trusts the graph's roles, which miss many appositive roles (`X, anggota tim kuasa hukum`).
   */
  requireRole: boolean
  /**
   * Report a quoted person named by one word only and never described (on by default). A fix of the quote
   * punctuation can let the graph read a quoted mononym that was there all along: `--fix` applies that fix and
   * reports the mononym (the rule is advisory, src/lint/fix-point.ts).
   */
  mononyms: boolean
}

const language = getLanguage('id')
const calendar = new Set(language.editorial.calendarWords)
/** Lower-case words that say nothing of who a person is when they stand before or after the name: cues, function words, pronouns. */
const notDescriptive = new Set(
  [
    ...language.editorial.postQuoteCues.flatMap((cue) => [cue, cue + language.morphology.possessiveSuffix]),
    ...language.editorial.speechVerbs,
    ...language.comparison.stopwords,
    ...language.persons.pronouns,
    ...language.persons.honorifics
  ].map((word) => word.toLowerCase())
)
const roleHeads = language.persons.roleHeads
const relatives = language.text.relativePronouns
const affiliations = new Set(language.editorial.mentionAffiliations)
const roleClauseWords = language.persons.roleClauseWords
// linear: checked — run on the 40 characters before a name only; one run of letters anchored at the end
const wordBefore = /([\p{L}\p{N}]+)[ \t]+$/u
// linear: checked — run on the 40 characters before a name only; anchored at the end
const appositiveBefore = /[\p{L})][ \t]*,[ \t]+$/u
// linear: checked — run on the 60 characters after a name only; anchored, no nested quantifiers
const ageAfter = /^[ \t]*,[ \t]*\d{1,3}[ \t]+\p{L}/u
// linear: checked — run on the 60 characters after a name only; anchored, no nested quantifiers
const wordsAfter = /^[ \t]*(\(\d{1,3}\))?[ \t]*(,?)[ \t]*(?:(\p{L}+)(?:[ \t]+(\p{L}))?)?/u
const capitalised = /^\p{Lu}/u

/**
 * Whether the name at `[start, end)` comes with something that says who the
 * person is: a capitalised word before it (a fuller name or a title:
 * `Ketua RT Hartono`), a describing word before it (`petani Hartono`,
 * `bernama Hartono`), a description before it and a comma (`Vokalis band
 * itu, Hartono`), an age (`Hartono (45)`), a relative clause (`Hartono yang
 * …`), an affiliation (`Hartono dari Dinas …`) or an appositive after it
 * (`Hartono, petani …`, `Hartono, Kepala …`).
 */
function describedAt(text: string, start: number, end: number): boolean {
  const lead = text.slice(Math.max(0, start - 40), start)
  const beforeMatch = wordBefore.exec(lead)
  const before = beforeMatch?.[1]
  if (before !== undefined) {
    // A title of learning or profession says who the person is (`dr Sethi`, `Prof. Hartono`); `Pak`, `Bu` only address
    // them, so what stands before them counts (`budayawan Garut, Pak Indah`).
    if (language.persons.honorifics.has(before.toLowerCase())) {
      if (!language.persons.addressTerms.has(before.toLowerCase())) return true
      if (beforeMatch!.index > 0 && describedAt(text, start - beforeMatch![0].length, end)) return true
    } else if (capitalised.test(before) || !notDescriptive.has(before)) return true
  }
  if (appositiveBefore.test(lead)) return true
  const following = text.slice(end, end + 60)
  // `Paolo, 63 tahun`: an age.
  if (ageAfter.test(following)) return true
  const after = wordsAfter.exec(following)
  if (after === null) return false
  const [, age, comma, word, nextLetter] = after as unknown as [string, string | undefined, string, string | undefined, string | undefined]
  if (age !== undefined) return true
  if (word === undefined) return false
  if (relatives.has(word)) return true
  if (comma === '' && affiliations.has(word) && nextLetter !== undefined && capitalised.test(nextLetter)) return true
  // `Masdar selaku Kabag …`, `Hartono sebagai Ketua …`.
  if (comma === '' && roleClauseWords.has(word) && nextLetter !== undefined && capitalised.test(nextLetter)) return true
  if (comma !== '') return capitalised.test(word) ? roleHeads.has(word.toLowerCase()) : !notDescriptive.has(word)
  return false
}

const openingMarks = new Set(["'", '‘', '"', '“'])
// linear: checked — run on the 4 characters after a name only; anchored
const nicknameClose = /^['’"”][ \t]+\p{Lu}/u
// linear: checked — run on the 40 characters after a word only; anchored, no nested quantifiers
const restOfLongerName = /^\p{Ll}+[ \t]+\p{Lu}\p{Ll}/u

/** Whether the text has a longer name that `name` clips (`Bimastyaji Surya …` for `Bima`): a word starting with it and a capitalised word after. */
function clippedFrom(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (at > 0 && letter.test(characterBefore(text, at))) continue
    if (restOfLongerName.test(text.slice(at + name.length, at + name.length + 40))) return true
  }
  return false
}

/** Every stand-alone occurrence of `name` in `text` (not inside a longer word). */
function occurrences(text: string, name: string): Array<{start: number; end: number}> {
  const found: Array<{start: number; end: number}> = []
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const end = at + name.length
    if ((at > 0 && letter.test(characterBefore(text, at))) || letter.test(text[end] ?? '')) continue
    found.push({start: at, end})
  }
  return found
}

/**
 * Whether `said` is a short form of `full`: its words open or close the full
 * name (`Jeon` of `Jeon Ha-kyou`, `Santoso` of `Budi Santoso`), and it is
 * not an acronym or a month or day name (the graph sometimes glues those to a name).
 */
function isShortForm(said: string[], full: string[]): boolean {
  if (said.length === 0 || said.length >= full.length) return false
  if (said.every((token) => /^[\p{Lu}\p{N}.-]+$/u.test(token)) || said.some((token) => calendar.has(token))) return false
  const opens = said.every((token, index) => full[index] === token)
  const closes = said.every((token, index) => full[full.length - said.length + index] === token)
  return opens || closes
}

const letter = /\p{L}/u
const upperLetter = /\p{Lu}/u
const whiteSpace = /\s/u
const surrogate = /[\ud800-\udfff]/

/** The character (code point) ending just before `at`. */
function characterBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1)
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at)
  }
  return text[at - 1] ?? ''
}

/**
 * Whether `short` followed by another capitalised word occurs before `end`
 * (`(?<!\p{L})short\s+\p{Lu}` in `text.slice(0, end)`, found with indexOf
 * rather than a regex compiled per name).
 */
function fullerFormBefore(text: string, end: number, short: string): boolean {
  if (short === '' || surrogate.test(short)) {
    const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp('(?<![\\p{L}])' + escaped + '\\s+\\p{Lu}', 'u').test(text.slice(0, end))
  }
  const limit = Math.min(end, text.length)
  for (let at = text.indexOf(short); at !== -1 && at + short.length < limit; at = text.indexOf(short, at + 1)) {
    if (at > 0 && letter.test(characterBefore(text, at))) continue
    let next = at + short.length
    while (next < limit && whiteSpace.test(text[next]!)) next++
    if (next === at + short.length || next >= limit) continue
    const code = text.codePointAt(next)!
    const width = code > 0xffff ? 2 : 1
    if (next + width <= limit && upperLetter.test(String.fromCodePoint(code))) return true
  }
  return false
}

/** The mention is not part of a longer capitalised run in the text (`Budi` of `Budi Karya Sumadi`). */
function standsAlone(text: string, mention: {start: number; end: number}): boolean {
  return !/^\s\p{Lu}/u.test(text.slice(mention.end, mention.end + 2))
}

/**
 * `Selain Purwanto` at a sentence start: the first word may be an ordinary
 * word the graph took for a given name; do not build a finding on it.
 */
function opensSentenceWithExtraWord(text: string, fuller: {start: number}, said: string[], full: string[]): boolean {
  const closes = said.every((token, index) => full[full.length - said.length + index] === token)
  if (!closes) return false
  const before = text.slice(Math.max(0, fuller.start - 3), fuller.start)
  // linear: checked — `before` is three characters
  return fuller.start === 0 || /(?:[.!?…]["”]?\s*|\n\s*)$/u.test(before)
}

/** The name particles (`bin`, `van`, `del` …) of the graph's language; none for a language kutip does not know. */
function nameParticlesOf(code: string): ReadonlySet<string> {
  try {
    return getLanguage(code).persons.nameParticles
  } catch {
    return new Set()
  }
}

export default lintRule<FirstReferenceOptions>(
  {
    id: 'first-reference',
    description: 'The first mention of a quoted person gives the full name and a role; later ones may shorten',
    severity: 'warn',
    fixable: false,
    advisory: true,
    schema: optionsSchema({requireRole: optionTypes.boolean, mononyms: optionTypes.boolean})
  },
  {requireRole: false, mononyms: true},
  ({state, report, t}, options) => {
    const graph = state.graph
    const particles = nameParticlesOf(graph.lang)
    const speakers = new Set(graph.quotes.map((quote) => quote.speaker))
    const rolesKnown = graph.entities.some((entity) => entity.roles.length > 0)
    for (const entity of graph.entities) {
      if (entity.type !== 'person' || !speakers.has(entity.id)) continue
      const mentions = entity.mentions.filter((m) => !isPronoun(m.text)).sort((a, b) => a.start - b.start)
      const firstMention = mentions[0]
      if (!firstMention) continue
      // A "name" with a comma or a lower-case word in it (`Presiden dari Istana Kepresidenan Bogor, Jawa Barat`) is the graph's misreading.
      if (/,/u.test(entity.name) || nameTokens(entity.name).some((token) => /^\p{Ll}{3,}/u.test(token) && !particles.has(token))) continue
      const full = nameTokens(entity.name)
      const said = nameTokens(firstMention.text)
      const fuller = mentions.find((m) => nameTokens(m.text).length >= full.length)
      if (
        said.length < full.length &&
        fuller &&
        fuller.start > firstMention.start &&
        isShortForm(said, nameTokens(fuller.text)) &&
        standsAlone(state.view.text, firstMention) &&
        // A fuller form earlier in the text the graph did not link (`Aziz Yanuar, anggota tim kuasa hukum` … `Aziz`).
        !fullerFormBefore(state.view.text, firstMention.start, firstMention.text) &&
        // Someone the graph split off (`Aziz Yanuar` / `Aziz Yanuari`) may already have the full name earlier.
        !graph.entities.some(
          (other) =>
            other !== entity &&
            other.type === 'person' &&
            other.mentions.some((m) => m.start < firstMention.start && nameTokens(m.text).length > said.length && said.every((token) => nameTokens(m.text).includes(token)))
        ) &&
        // The short form names a speaker there (`Jeon memberikan penilaian`, `kata Santoso`): the graph
        // also glues organisations to names (`Telkomsel Setyanto Hantoro`), which are never speaker mentions.
        graph.quotes.some((quote) => quote.speakerMention !== null && quote.speakerMention.start <= firstMention.start && quote.speakerMention.end >= firstMention.end) &&
        !opensSentenceWithExtraWord(state.view.text, fuller, said, nameTokens(fuller.text))
      ) {
        report(t('first-reference.short-name', {name: entity.name, mention: firstMention.text}), {
          start: firstMention.start,
          end: firstMention.end
        })
      } else if (options.mononyms && isUndescribedMononym(state.view.text, graph, entity, mentions)) {
        report(t('first-reference.mononym', {name: entity.name}), {
          start: firstMention.start,
          end: firstMention.end
        })
      } else if (
        options.requireRole &&
        rolesKnown &&
        entity.roles.length === 0 &&
        // A misspelt second form of someone introduced with a role is inconsistent-name's business.
        !graph.entities.some((other) => other !== entity && other.type === 'person' && isSpellingVariant(other.name, entity.name))
      ) {
        report(t('first-reference.no-role', {name: entity.name}), {
          start: firstMention.start,
          end: firstMention.end
        })
      }
    }
  }
)

type Graph = RuleContext['state']['graph']
type Entity = Graph['entities'][number]

/**
 * A quoted person named by one word only, and nowhere in the text given a
 * fuller name, a role or a description (see `describedAt`).
 */
function isUndescribedMononym(text: string, graph: Graph, entity: Entity, mentions: Entity['mentions']): boolean {
  const name = entity.name
  if (entity.roles.length > 0 || nameTokens(name).length !== 1 || name.length < 3) return false
  // Acronyms, handles (`@NamaAkun`) and month or day names are the graph's misreadings, not people.
  if (!/^\p{Lu}\p{Ll}+$/u.test(name) || calendar.has(name)) return false
  if (mentions.some((mention) => nameTokens(mention.text).length !== 1)) return false
  // Quoted under that name (`kata Hartono`), not only mentioned.
  if (!graph.quotes.some((quote) => quote.speaker === entity.id && quote.speakerMention !== null && nameTokens(quote.speakerMention.text).join(' ') === name)) return false
  // Someone else in the graph with a fuller name holding this one (`Budi Hartono`), or a fuller form in the text.
  if (graph.entities.some((other) => other !== entity && other.type === 'person' && nameTokens(other.name).length > 1 && nameTokens(other.name).includes(name))) return false
  if (fullerFormBefore(text, text.length, name)) return false
  // A clipped or misspelt form of someone the text names in full (`Bima` after `Bimastyaji Surya Ramadan`,
  // `Nanato` after `Nonato Da Purificacao Sarmento`): introduced already; a second spelling is inconsistent-name's business.
  const introduces = (full: string[]): boolean =>
    full.length > 1 &&
    full.some((token, at) => token !== name && (token.startsWith(name) || isSpellingVariant(full.join(' '), full.map((other, index) => (index === at ? name : other)).join(' '))))
  if (graph.entities.some((other) => other !== entity && other.type === 'person' && introduces(nameTokens(other.name)))) return false
  if (clippedFrom(text, name)) return false
  const found = occurrences(text, name)
  if (found.some((at) => text[at.start - 1] === '@')) return false
  // A nickname inside a full name (`Munafri 'Appi' Arifuddin`): introduced there.
  if (found.some((at) => openingMarks.has(text[at.start - 1] ?? '') && nicknameClose.test(text.slice(at.end, at.end + 4)))) return false
  // Capitalised only where a sentence starts, the word may be an ordinary one (`Kendala yang dihadapi …`): a name shows mid-sentence.
  if (!found.some((at) => wordBefore.test(text.slice(Math.max(0, at.start - 40), at.start)))) return false
  return !found.some((at) => describedAt(text, at.start, at.end))
}
