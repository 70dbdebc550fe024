/**
 * `verify(draft, sources, options?)`: the draft's attribution graph with a
 * verdict on every quote, checked against the sources.
 *
 * Sources are an index built once (`buildSourceIndex`, reuse it for many
 * drafts) or anything `buildSourceIndex` takes: documents, `{id, text}`
 * records or strings.
 */
import type {Edge, Graph, Verdict} from '../contract/graph.ts'
import {extract} from '../pipeline.ts'
import {checkQuote, type QuoteFinding} from './check-quote.ts'
import {originalOffset, type SourceInput} from './source-document.ts'
import {SourceIndex} from './source-index.ts'
import {explainReason} from './reason.ts'
import type {SourceSpanNode, VerificationDetail, VerifiedGraph, VerifyOptions} from './types.ts'

/** The edge from a quote to the source span its verdict rests on. */
export const verdictEdge: Record<Verdict, string | null> = {
  verbatim: 'verified-by',
  edited: 'verified-by',
  altered: 'altered-from',
  misattributed: 'contradicted-by',
  unsupported: null
}

const verdicts: Verdict[] = ['verbatim', 'edited', 'altered', 'misattributed', 'unsupported']

function sourceNode(index: SourceIndex, finding: QuoteFinding, id: string): SourceSpanNode | null {
  if (finding.location === null) return null
  const document = index.documents[finding.location.document]
  const {start, end} = finding.location
  const node: SourceSpanNode = {
    id,
    type: 'source-span',
    document: document.id,
    span: {start, end, text: document.text.slice(start, end)},
    speaker: finding.attribution?.speaker?.name ?? null,
    quote: finding.attribution?.quote ?? null
  }
  if (document.offsets !== undefined && document.path !== undefined) {
    node.origin = {path: document.path, start: originalOffset(document, start), end: originalOffset(document, end)}
  }
  return node
}

/** Verify every quote of a draft against the sources. */
export function verify(draft: string, sources: SourceIndex | readonly SourceInput[], options: VerifyOptions = {}): VerifiedGraph {
  if (typeof draft !== 'string') throw new TypeError('kutip: verify() expects the draft as a string')
  const index = sources instanceof SourceIndex ? sources : new SourceIndex(sources, {extract: options.extract})
  const extractGraph = options.extract ?? ((text: string) => extract(text))
  const graph: Graph = options.graph ?? extractGraph(draft)
  const checkOptions = {minimumMatch: options.minimumMatch ?? 0.7, paraphraseOverlap: options.paraphraseOverlap ?? 0.6}

  const counts = Object.fromEntries(verdicts.map((verdict) => [verdict, 0])) as Record<Verdict, number>
  const nodes: SourceSpanNode[] = []
  const nodeIds = new Map<string, string>()
  const edges: Edge[] = [...graph.edges]
  const quotes = graph.quotes.map((quote) => {
    let finding: QuoteFinding
    try {
      finding = checkQuote(index, {text: draft, graph}, quote, checkOptions)
    } catch (error) {
      finding = {verdict: 'unsupported', location: null, score: 0, edits: [], attribution: null, reason: {kind: 'failed', facts: {message: (error as Error).message}}}
    }
    counts[finding.verdict]++
    const verification: VerificationDetail = {
      verdict: finding.verdict,
      source: null,
      score: Math.round(finding.score * 1000) / 1000,
      reason: explainReason(finding.reason),
      why: finding.reason
    }
    if (finding.steps !== undefined && finding.verdict !== 'verbatim') verification.diff = finding.steps
    if (finding.edits.length > 0) verification.edits = finding.edits
    if (finding.changes !== undefined) verification.changes = finding.changes
    if (finding.attribution !== null) verification.sourceSpeaker = finding.attribution.speaker?.name ?? null
    if (finding.location !== null) {
      const key = `${finding.location.document}:${finding.location.start}:${finding.location.end}`
      let id = nodeIds.get(key)
      if (id === undefined) {
        id = `source-${nodes.length + 1}`
        nodes.push(sourceNode(index, finding, id)!)
        nodeIds.set(key, id)
      }
      const node = nodes.find((candidate) => candidate.id === id)!
      verification.source = {document: node.document, span: node.span}
      verification.sourceNode = id
      // An unsupported quotation with a source span: the source has the words only as indirect speech.
      const type = finding.verdict === 'unsupported' ? 'reported-indirectly-in' : verdictEdge[finding.verdict]
      if (type !== null) edges.push({type, from: quote.id, to: id, evidence: [quote.content]})
    }
    return {...quote, verification}
  })
  return {
    ...graph,
    quotes,
    edges,
    sources: nodes,
    verification: {documents: index.documents.length, counts, sourceGraphsExtracted: index.graphsExtracted}
  }
}
