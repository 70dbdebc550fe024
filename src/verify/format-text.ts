/**
 * Verification results as text for people (the CLI's `--format text`):
 * one block per quote with its verdict, the source span, why, and for edited
 * or altered quotes the word diff (`[-source word-]{+quote word+}`).
 */
import type {Verdict} from '../contract/graph.ts'
import type {ConsistencyFinding} from './consistency.ts'
import type {VerificationDetail, VerifiedGraph} from './types.ts'
import {t, tCount, translator, type Locale} from '../lang/messages.ts'
import {verificationReason} from './verification-reason.ts'

/** 1-based line and column of an offset (a binary search over the text's line starts, found once per text). */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  const starts = lineStarts(text)
  // The last line that starts at or before the offset.
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (starts[middle]! <= offset) low = middle + 1
    else high = middle
  }
  const line = Math.max(1, low)
  return {line, column: offset - starts[line - 1]! + 1}
}

/** The line starts of the last few texts asked about (a report asks about one draft, or a few sources, many times). */
const knownLines: Array<{text: string; starts: number[]}> = []

function lineStarts(text: string): number[] {
  const known = knownLines.find((entry) => entry.text === text)
  if (known !== undefined) return known.starts
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  knownLines.unshift({text, starts})
  if (knownLines.length > 4) knownLines.pop()
  return starts
}

function shorten(text: string, most = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= most ? flat : flat.slice(0, most - 1) + '…'
}

function shortRun(text: string): string {
  const parts = text.split(' ')
  return parts.length <= 8 ? text : [...parts.slice(0, 3), '…', ...parts.slice(-3)].join(' ')
}

/** `a b [-c-]{+d+} e`: the word diff in one line. */
export function formatDiff(diff: NonNullable<VerificationDetail['diff']>): string {
  return diff
    .map((step) => (step.op === 'equal' ? shortRun(step.text) : step.op === 'delete' ? `[-${step.text}-]` : `{+${step.text}+}`))
    .join(' ')
}

const order: Verdict[] = ['verbatim', 'edited', 'altered', 'misattributed', 'unsupported']

const flaggedVerdicts: ReadonlySet<Verdict> = new Set(['altered', 'misattributed', 'unsupported'])

/** How a span of a source document is named: `311–393` by default; the CLI gives `12:5–12:87` (line:column). */
export type LocateSpan = (document: string, span: {start: number; end: number}) => string

const offsetsOf: LocateSpan = (_, span) => `${span.start}–${span.end}`
/** A quote's words as shown: direct speech in quote marks; indirect speech, a paraphrase, marked so and without them. */
export function shownWords(kind: string, text: string, locale: Locale = 'en'): string {
  return kind === 'indirect' ? `${t('verify.paraphrase', {}, locale)}: ${shorten(text)}` : `“${shorten(text)}”`
}

/** The report for one verified draft (`flaggedOnly`: leave out verbatim and edited quotes). */
export function formatVerification(name: string, draft: string, graph: VerifiedGraph, options: {flaggedOnly?: boolean; locate?: LocateSpan; locale?: Locale} = {}): string {
  const locate = options.locate ?? offsetsOf
  const locale = options.locale ?? 'en'
  const say = translator(locale)
  const verdictName = (verdict: Verdict): string => say(`verify.verdict.${verdict}`)
  const verdictWidth = Math.max(13, ...order.map((verdict) => verdictName(verdict).length))
  const lines = [name]
  const speakers = new Map(graph.entities.map((entity) => [entity.id, entity.name]))
  for (const quote of graph.quotes) {
    const verification = quote.verification as VerificationDetail | undefined
    if (verification === undefined || (options.flaggedOnly && !flaggedVerdicts.has(verification.verdict))) continue
    const from = lineColumn(draft, quote.content.start)
    const to = lineColumn(draft, quote.content.end)
    const place = `${from.line}:${from.column}-${to.line}:${to.column}`
    const speaker = quote.speaker === null ? '' : ' — ' + (speakers.get(quote.speaker) ?? quote.speaker)
    lines.push(`  ${place.padEnd(14)} ${verdictName(verification.verdict).padEnd(verdictWidth)} ${shownWords(quote.kind, quote.content.text, options.locale)}${speaker}`)
    const indent = ' '.repeat(17 + verdictWidth - 13)
    if (verification.source !== null) {
      const {document, span} = verification.source
      const who = verification.sourceSpeaker ? ` (${verification.sourceSpeaker})` : ''
      lines.push(`${indent}${say('verify.source', {document, span: locate(document, span)})}${who}`)
    }
    lines.push(`${indent}${verificationReason(verification, locale) ?? ''}`)
    if (verification.diff !== undefined && (verification.verdict === 'edited' || verification.verdict === 'altered')) {
      lines.push(`${indent}${say('verify.diff', {diff: formatDiff(verification.diff)})}`)
    }
  }
  const counts = order
    .filter((verdict) => graph.verification.counts[verdict] > 0)
    .map((verdict) => `${graph.verification.counts[verdict]} ${verdictName(verdict)}`)
  const documents = graph.verification.documents
  lines.push(
    `  ${tCount('verify.quote-count', graph.quotes.length, {}, locale)}${counts.length > 0 ? ': ' + counts.join(', ') : ''}` +
      ` ${tCount('verify.against', documents, {}, locale)}`
  )
  return lines.join('\n')
}

/** The consistency report (its words in `locale`). */
export function formatConsistency(findings: ConsistencyFinding[], locate: LocateSpan = offsetsOf, locale: Locale = 'en'): string {
  const say = translator(locale)
  if (findings.length === 0) return say('verify.consistent')
  const lines: string[] = []
  for (const finding of findings) {
    const [first, ...rest] = finding.differs.map((what) => say(`verify.differs.${what}`))
    const what = rest.reduce((joined, next) => say('verify.differs.and', {first: joined, second: next}), first ?? '')
    lines.push(say('verify.differs', {text: shorten(finding.text), what}))
    for (const occurrence of finding.occurrences) {
      const outlets = occurrence.outlets.length > 0 ? say('verify.via', {outlets: occurrence.outlets.join(', ')}) : ''
      lines.push(`  ${occurrence.document} ${locate(occurrence.document, occurrence.span)}: ${occurrence.speaker ?? say('verify.no-speaker')}${outlets}`)
    }
  }
  lines.push(tCount('verify.inconsistent', findings.length, {}, locale))
  return lines.join('\n')
}
