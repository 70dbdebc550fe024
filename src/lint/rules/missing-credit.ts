/**
 * `missing-credit`: a story that relays another outlet's reporting with no
 * credit. It relays when a quote was given to another outlet (`kata Watson
 * kepada Kantor Berita Yonhap`) or when two or more passages rest on other
 * outlets' reports (`Vesti Primorye melaporkan`, `menurut laporan Reuters`).
 * Credit: a `Sumber:` line, an outlet in the dateline (`WASHINGTON
 * (ANTARA/Reuters) -`), an inline credit (`dikutip dari`, `seperti
 * dilansir`), or sources in the graph's document.
 */
import {anyCue} from '../cues.ts'
import {getLanguage} from '../../lang/index.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema, optionTypes} from '../rule-options.ts'
import {containsWord, scanAtOpenings, wordList, wordsAlternation} from '../words.ts'

export interface MissingCreditOptions {
  /** How many outlet reports make a story relayed (default 2). */
  reports: number
  /** The newsroom's own outlet names (`["Kompas", "Kompas.com"]`): a quote given to them is the story's own reporting. */
  publishers: string[]
}

const {
  creditLabels,
  inlineCreditPhrases,
  knownOutlets,
  notOutletReport,
  outletNouns,
  outletReportAdverbs,
  outletReportTime,
  outletReportVerbs,
  quoteRecipients,
  reportNoun
} = getLanguage('id').editorial
const outlets = knownOutlets.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length)
const outletName = '(?:(?:' + outletNouns.join('|').replace(/ /g, '\\s+') + ')\\s+(?:[\\p{Lu}"“”][\\p{L}.\\-"“”]*(?:\\s+[\\p{Lu}"“”][\\p{L}.\\-"“”]*)*)|(?:' + outlets.join('|') + ')(?![\\p{L}\\p{N}]))'
/** The first words of the outlet names (`kantor` of `kantor berita …`, `Wall` of `Wall Street Journal`): where to try the patterns below. */
const outletOpenings = wordsAlternation([...outletNouns, ...knownOutlets].map((name) => name.split(' ')[0]))
/** `kepada Reuters`, `dengan Kantor Berita Yonhap`; a cue must stand within 80 characters before it. */
const recipients = wordsAlternation(quoteRecipients)
const toOutlet = new RegExp('(?<![\\p{L}])(?:' + recipients + ')\\s+(' + outletName + ')', 'uy')
const outletReports = new RegExp(
  '(' + outletName + ')\\s+(?:(?:' + wordsAlternation(outletReportAdverbs) + ')\\s+|' + outletReportTime + '\\s+\\p{L}+\\s+)?(?:' + outletReportVerbs.join('|') + ')(?![\\p{L}])',
  'uy'
)
/** `(menurut) laporan Reuters`; not `laporan harian …` (a daily report). Only the outlet's span is reported, so `menurut` needs no matching. */
const reportOf = new RegExp(reportNoun + '\\s+(?!(?:' + wordsAlternation(notOutletReport) + ')\\s)(' + outletName + ')', 'uy')
/** A report verb anywhere in the text: without one, no outlet reports (the scan for outlet names is the rule's costliest). */
const anyReportVerb = wordList(outletReportVerbs)
/**
 * Each pattern with the words its matches open with (scanned first: see scanAtOpenings), whether the outlet was
 * given the quote, and the words the text must hold for the pattern to match at all (checked before the scan).
 */
const triggerPatterns = [
  {full: toOutlet, opening: new RegExp(recipients, 'g'), given: true, needs: null},
  {full: outletReports, opening: new RegExp(outletOpenings, 'g'), given: false, needs: anyReportVerb},
  {full: reportOf, opening: new RegExp(wordsAlternation([reportNoun]), 'g'), given: false, needs: null}
]
/** `JAKARTA, KOMPAS —`: the publisher in a Kompas-style dateline. */
const commaDateline = /^[\p{Lu} .]{2,40},\s*([\p{Lu}][\p{L}.]*)\s*[-–—]/u
/** A credit label with its colon (`Sumber:`), tried where a label starts. */
const creditLabel = new RegExp('(?:' + creditLabels.join('|') + ')\\s*:', 'uy')
const creditLabelStart = new RegExp(creditLabels.join('|'), 'g')
const space = /\s/u

/**
 * Whether a credit label opens the text, a line or a sentence (`(?:^|\n|[.!?]\s*)Sumber\s*:`):
 * found from the labels, rather than by trying that pattern after every full stop.
 */
function hasCreditLine(text: string): boolean {
  creditLabelStart.lastIndex = 0
  for (let found = creditLabelStart.exec(text); found; found = creditLabelStart.exec(text)) {
    const at = found.index
    creditLabelStart.lastIndex = at + 1
    creditLabel.lastIndex = at
    if (!creditLabel.test(text)) continue
    if (at === 0 || text[at - 1] === '\n') return true
    let before = at - 1
    while (before >= 0 && space.test(text[before]!)) before--
    const mark = text[before]
    if (mark === '.' || mark === '!' || mark === '?') return true
  }
  return false
}
const datelineCredit = /^[^\n]{0,60}\((?:[\p{Lu}\p{N}./ -]+\/)?[\p{Lu}][\p{L}.-]*\)\s*[-–—]/u
const inline = wordList(inlineCreditPhrases)

export default lintRule<MissingCreditOptions>(
  {
    id: 'missing-credit',
    description: 'A story that relays another outlet’s reporting credits it',
    severity: 'warn',
    fixable: false,
    advisory: true,
    schema: optionsSchema({reports: {type: 'integer', minimum: 1}, publishers: optionTypes.strings})
  },
  {reports: 2, publishers: []},
  ({state, report, t}, options) => {
    const text = state.view.text
    const graph = state.graph
    if (graph.document.sources.length > 0 || hasCreditLine(text)) return
    if (inline.test(text, state.lower)) return
    const dateline = datelineCredit.exec(text)
    // linear: checked — runs on the dateline match (60 characters at most)
    const inDateline = dateline ? /\(([^)]*)\)/u.exec(dateline[0])?.[1] ?? '' : commaDateline.exec(text)?.[1] ?? ''
    if (dateline && inDateline.includes('/')) return
    // The publisher's own reporting is not relayed: from the dateline, or the graph's publisher.
    const publishers = [inDateline, graph.entities.find((entity) => entity.id === graph.document.publisher)?.name ?? '', ...options.publishers]
      .map((name) => name.toLowerCase())
      .filter((name) => name.length > 0)

    const triggers: Array<{start: number; end: number; outlet: string; given: boolean}> = []
    for (const {full, opening, given, needs} of triggerPatterns) {
      if (needs && !needs.test(text, state.lower)) continue
      for (const match of scanAtOpenings(text, opening, full)) {
        if (given) {
          const before = text.slice(Math.max(0, match.index - 80), match.index)
          const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1)
          if (!containsWord(anyCue, clause)) continue
        }
        const outlet = match[match.length - 1] ?? match[1]
        const name = (given ? match[match.length - 1] : match[1]).trim()
        if (publishers.some((publisher) => name.toLowerCase().includes(publisher) || publisher.includes(name.toLowerCase()))) continue
        const start = match.index + match[0].lastIndexOf(name)
        triggers.push({start, end: start + name.length, outlet: outlet.trim(), given})
      }
    }
    if (triggers.length === 0) return
    triggers.sort((a, b) => a.start - b.start)
    const given = triggers.find((trigger) => trigger.given)
    if (!given && triggers.length < options.reports) return
    const first = given ?? triggers[0]
    report(t('missing-credit', {outlet: first.outlet}), {
      start: first.start,
      end: first.end
    })
  }
)
