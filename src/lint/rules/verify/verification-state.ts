/**
 * What the three verification rules share for one file: the draft verified
 * once against the configured sources (the lint state's text and graph are
 * reused), and the source index built once per sources value.
 */
import type {VFile} from 'vfile'
import type {Quote, Verdict} from '../../../contract/graph.ts'
import {lintRule, type LintRule, type Report, type RuleContext, type RuleMeta} from '../../rule.ts'
import type {LintState} from '../../state.ts'
import {optionsSchema} from '../../rule-options.ts'
import type {SourceInput} from '../../../verify/source-document.ts'
import {SourceIndex} from '../../../verify/source-index.ts'
import type {VerificationDetail, VerifiedGraph} from '../../../verify/types.ts'
import {verify} from '../../../verify/verify.ts'
import {quoteWords} from '../../../text/words.ts'

/** The option every verification rule takes: without sources the rules stay silent. */
export interface VerificationRuleOptions {
  sources?: SourceIndex | readonly SourceInput[]
}

/** The schema of those options (a `SourceIndex` is an object). */
const verificationOptionsSchema = optionsSchema({
  sources: {
    anyOf: [{type: 'array', items: {type: ['string', 'object']}}, {type: 'object'}],
    description: 'an array of source documents (texts or {id, text}) or a SourceIndex'
  }
})

declare module 'vfile' {
  interface DataMap {
    kutipVerification: {index: SourceIndex; graph: VerifiedGraph}
  }
}

const indexes = new WeakMap<readonly SourceInput[], SourceIndex>()

function indexOf(sources: SourceIndex | readonly SourceInput[]): SourceIndex {
  if (sources instanceof SourceIndex) return sources
  let index = indexes.get(sources)
  if (index === undefined) {
    index = new SourceIndex(sources)
    indexes.set(sources, index)
  }
  return index
}

/** The verified graph of the file, or null when no sources are configured. */
export function verificationOf(state: LintState, file: VFile, options: VerificationRuleOptions): VerifiedGraph | null {
  if (options.sources === undefined) return null
  const index = indexOf(options.sources)
  const cached = file.data.kutipVerification
  if (cached !== undefined && cached.index === index) return cached.graph
  const graph = verify(state.view.text, index, {graph: state.graph})
  file.data.kutipVerification = {index, graph}
  return graph
}

/** The stretch of a quote from its first word to its last (view offsets), without marks or punctuation. */
export function quoteWordRange(content: {start: number; end: number; text: string}): {start: number; end: number} {
  const {words} = quoteWords(content.text, content.start)
  if (words.length === 0) return {start: content.start, end: content.end}
  return {start: words[0].start, end: words.at(-1)!.end}
}

/**
 * A lint rule reporting the quotes that got one verdict: `describe` turns a
 * quote and its verification into the message (or null to stay silent), its
 * words from the catalog through `t` (the engine's reasons in `locale` through
 * `explainReason`).
 */
export function verificationRule(
  meta: RuleMeta,
  verdict: Verdict,
  describe: (quote: Quote, verification: VerificationDetail, context: Pick<RuleContext, 't' | 'locale'>) => {reason: string; at: Report} | null
): LintRule<VerificationRuleOptions> {
  return lintRule<VerificationRuleOptions>({...meta, schema: meta.schema ?? verificationOptionsSchema}, {}, ({state, file, report, t, locale}, options) => {
    const graph = verificationOf(state, file, options)
    if (graph === null) return
    for (const quote of graph.quotes) {
      const verification = quote.verification as VerificationDetail | undefined
      if (verification?.verdict !== verdict) continue
      const message = describe(quote, verification, {t, locale})
      if (message !== null) report(message.reason, message.at)
    }
  })
}
