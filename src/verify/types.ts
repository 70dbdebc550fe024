/**
 * What verification adds to the attribution graph.
 *
 * A source span is a node of its own (`sources`), so that a quote's evidence
 * is an edge like any other fact in the graph: `verified-by` (verbatim or
 * edited), `altered-from` (the source words the quote changed) and
 * `contradicted-by` (the source gives the words to someone else), each from
 * the quote's id to a source-span node, with the quote's content span as
 * evidence. Source spans are offsets into the source's plain text (see
 * source-document.ts); `origin` gives them in the original file for markup.
 */
import type {Graph, Graph as DraftGraph, Span, Verdict, Verification} from '../contract/graph.ts'
import type {Edit, WordChanges} from './align.ts'
import type {Reason} from './reason.ts'

export interface SourceSpanNode {
  /** `source-1`, `source-2`, … unique within one verified graph. */
  id: string
  type: 'source-span'
  /** The source document's id (its path, or `path#id` for JSON Lines). */
  document: string
  /** Offsets into the source's plain text. */
  span: Span
  /** Who says these words according to the source's own graph (or its declared speaker). */
  speaker: string | null
  /** The id of the quote in the source's own graph that holds the span, if any. */
  quote: string | null
  /** For markup sources: the span's offsets in the original file. */
  origin?: {path: string; start: number; end: number}
}

export interface VerificationDetail extends Verification {
  /** The marked edits found (`omission`, `insertion`, `case`) or `paraphrase` for supported indirect speech. */
  edits?: Array<Edit | 'paraphrase'>
  /** For `altered`: how many words were changed, added and dropped without marking. */
  changes?: WordChanges
  /** The speaker the source gives for the words, when it names one. */
  sourceSpeaker?: string | null
  /** The source-span node in `sources` this verdict rests on. */
  sourceNode?: string
  /** One sentence saying why, for people, in English (`explainReason(why, locale)` says it in another language). */
  reason: string
  /** Why, as data: the kind of finding and the facts it names (documents, speakers, shares, changes). */
  why: Reason
}

export interface VerificationSummary {
  /** Source documents checked against. */
  documents: number
  /** Quotes per verdict. */
  counts: Record<Verdict, number>
  /** Source graphs extracted to learn their speakers (lazily, only where a quote matched). */
  sourceGraphsExtracted: number
}

/** The draft's graph with verdicts: quotes carry `verification`, plus source-span nodes and edges. */
export interface VerifiedGraph extends DraftGraph {
  sources: SourceSpanNode[]
  verification: VerificationSummary
}

export interface VerifyOptions {
  /** The draft's graph when already extracted (else `extract(draft)`). */
  graph?: Graph
  /** How graphs are built, for the draft and for sources (default: kutip's `extract`). */
  extract?: (text: string) => Graph
  /** Least share of a quote's words a source region must hold to count as the quote's source (default 0.7). */
  minimumMatch?: number
  /** Least content-word overlap for a source sentence to support indirect speech (default 0.6). */
  paraphraseOverlap?: number
}
