/**
 * `anonymous-source`: an unnamed source (`sumber`, `seorang pejabat`) in the
 * speaker slot with neither an affiliation (`pejabat di Kementerian
 * Pertahanan`, `sumber di kereta api`) nor a stated reason for anonymity
 * (`yang enggan disebut namanya`, `karena tidak berwenang berbicara`).
 *
 * The speaker slot: right after a cue (`kata sumber`, `menurut seorang
 * pejabat`, `mengutip sumber`), or before a speech verb in the same clause
 * (`seorang pejabat mengatakan`), or an anonymous speaker in the graph. Not a
 * source: a whole class (`tak semua pejabat mau menyatakan …`), or someone
 * whose reporting verb is a second predicate of what they did in the story
 * (`seorang petugas turun dan meminta foto itu dihapus`).
 */
import {entityIndex, insideQuote, sentenceEndAfter, sentenceStart} from '../context.ts'
import {introducesSpeaker} from '../cues.ts'
import {getLanguage} from '../../lang/index.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema} from '../rule-options.ts'
import {CaseFreePattern, containsWord, wordList, wordsAlternation} from '../words.ts'

export interface AnonymousSourceOptions {}

const language = getLanguage('id')
const {
  affiliationLinks,
  anonymityReasons,
  anonymousSourceHeads,
  genericQuantifiers,
  introducedDeterminers,
  mentionAffiliations,
  notPersonAfterSource,
  predicateCoordinators,
  rankQualifiers,
  speechVerbs
} = language.editorial
const heads = wordList(anonymousSourceHeads)
const reasons = wordList(anonymityReasons)
const verbs = wordList(speechVerbs)
// linear: checked — runs on the 40 characters before a source word only
const lastWord = /(\p{L}+)\s+$/u
const linkWords = affiliationLinks.map((word) => word.toLowerCase())
const relatives = [...language.text.relativePronouns]
const links = new CaseFreePattern('^\\s*,?\\s*(?:(?:' + wordsAlternation(relatives) + ')\\s+)?(?:' + linkWords.map((w) => w.replace(/ /g, '\\s+')).join('|') + ')\\s+\\S', 'u', [...linkWords, ...relatives])
const capitalisedAfter = new RegExp('^(?:\\s*,)?\\s+(?:(?:' + wordsAlternation(rankQualifiers) + ')\\s+)?\\p{Lu}', 'u')
/** `pejabat itu`, `sumber tersebut`: someone already introduced. */
const alreadyIntroduced = new RegExp('^\\s+(?:' + wordsAlternation(introducedDeterminers) + ')(?![\\p{L}])', 'iu')
/** Words after a head that make it not a person: `sumber daya`, `sumber dana`. */
const notAPerson = new RegExp('^\\s*(?:' + wordsAlternation(notPersonAfterSource) + ')(?![\\p{L}])', 'iu')

/** `sumber di kepolisian`: the mention names its affiliation itself. */
const affiliationInMention = new RegExp('\\s(?:' + wordsAlternation(mentionAffiliations) + ')\\s', 'u')

const generic = new Set(genericQuantifiers)
const coordinators = new Set(predicateCoordinators)

/**
 * Whether a speech verb stands in the clause right after a source word (its first eight words, up to a comma)
 * as the source's own predicate: not as a second predicate after `dan`, `lalu` … (`turun dan meminta`).
 */
function speechVerbPredicates(rest: string): boolean {
  const words = rest.split(/[.;!?]/u)[0]!.split(',')[0]!.split(/\s+/u).filter((word) => word !== '').slice(0, 8)
  const at = words.findIndex((word) => containsWord(verbs, word))
  return at >= 0 && !(at >= 2 && coordinators.has(words[at - 1]!.toLowerCase()))
}

export default lintRule<AnonymousSourceOptions>(
  {
    id: 'anonymous-source',
    description: 'An unnamed source comes with its affiliation or the reason it is not named',
    severity: 'warn',
    fixable: false,
    advisory: true,
    schema: optionsSchema()
  },
  {},
  ({state, report, t}) => {
    const text = state.view.text
    const reported = new Set<number>()
    for (const match of heads.matches(text, state.lower)) {
      const start = match.index
      const end = start + match.text.length
      const rest = text.slice(end, end + 160)
      if (notAPerson.test(rest) || text[end] === ':' || insideQuote(state.quotes, start)) continue
      const wordBefore = lastWord.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? ''
      if (generic.has(wordBefore.toLowerCase())) continue
      if (!introducesSpeaker(wordBefore) && !speechVerbPredicates(rest)) continue
      if (links.test(rest) || capitalisedAfter.test(rest) || alreadyIntroduced.test(rest)) continue
      const sentenceAround = text.slice(sentenceStart(state.quotes, start), sentenceEndAfter(text, state.quotes, end))
      if (containsWord(reasons, sentenceAround)) continue
      reported.add(start)
      report(t('anonymous-source', {source: match.text}), {
        start,
        end
      })
    }
    const entities = entityIndex(state.graph)
    for (const quote of state.graph.quotes) {
      const speaker = quote.speaker ? entities.get(quote.speaker) : undefined
      const mention = quote.speakerMention
      if (!speaker || speaker.type !== 'anonymous' || !mention) continue
      // Only sources in the ethical sense (`sumber`, `pejabat`, `diplomat` …): a vox-pop speaker
      // (`seorang ibu`, `sopir`) or an institution (`polisi`, `pemerintah`) is not an anonymous source.
      if (!heads.test(mention.text)) continue
      if (capitalisedAfter.test(text.slice(mention.end, mention.end + 40)) || insideQuote(state.quotes, mention.start)) continue
      if ([...reported].some((at) => at >= mention.start && at < mention.end)) continue
      if (speaker.roles.some((role) => role.affiliation)) continue
      const sentenceAround = text.slice(sentenceStart(state.quotes, mention.start), sentenceEndAfter(text, state.quotes, mention.end))
      if (containsWord(reasons, sentenceAround) || links.test(text.slice(mention.end, mention.end + 40))) continue
      if (affiliationInMention.test(mention.text)) continue
      reported.add(mention.start)
      report(t('anonymous-source', {source: mention.text}), {
        start: mention.start,
        end: mention.end
      })
    }
  }
)
