/**
 * The report model: what every output format (HTML, Markdown, JSON, JSON-LD,
 * DOT) renders. Built once from the attribution graphs by `buildReport`, so
 * the formats can never disagree about a count or a name.
 */
import type {Credit, EntityType, Graph, QuoteKind, Span, Verification, Verdict} from '../contract/graph.ts'

/** One document to report on: its text, its graph, or both. */
export interface ReportInput {
  /** Shown as the article's title and used in anchors; defaults to `doc-1`, `doc-2`, … */
  id?: string
  /** The article. Without it the report has no highlighted text and no selector context. */
  text?: string
  /** The attribution graph; computed with `extract(text)` when absent. */
  graph?: Graph
  /** Where the document came from (a file path), shown and linked as text only. */
  path?: string
  /** Lint findings on this text (from `kutip lint` or any vfile messages). */
  findings?: FindingInput[]
  /** Why the document could not be read or analysed; the report lists it and goes on. */
  error?: string
}

/**
 * A lint finding as a vfile message carries it: anything with a `reason` (or
 * `message`) and a `ruleId`; position from `place` (offsets), `position` or
 * plain `start`/`end` offsets.
 */
export interface FindingInput {
  ruleId?: string | null
  source?: string | null
  reason?: string
  message?: string
  fatal?: boolean | null
  url?: string | null
  actual?: string | null
  expected?: string[] | null
  place?: {offset?: number} | {start: {offset?: number}; end?: {offset?: number}} | null
  start?: number | null
  end?: number | null
}

export interface ReportFinding {
  ruleId: string | null
  message: string
  severity: 'error' | 'warning' | 'info'
  start: number | null
  end: number | null
  url: string | null
  actual: string | null
  expected: string[]
}

/** An entity as reports show it: resolved to its name. Unknown ids (free-text affiliations) keep their text. */
export interface ReportEntity {
  id: string
  name: string
  type: EntityType | 'unknown'
}

export interface QuoteRow {
  /** 1-based position in the article. */
  number: number
  /** The quote's id in the graph. */
  id: string
  /** A fragment id unique in the whole report (`a3-q7`), safe in HTML and URLs. */
  anchor: string
  kind: QuoteKind
  content: Span
  cue: Span | null
  speaker: ReportEntity | null
  speakerMention: Span | null
  /** The speaker's first role title and affiliation name, when the graph knows them. */
  role: string | null
  affiliation: string | null
  addressee: ReportEntity | null
  citing: ReportEntity | null
  confidence: number
  rule: string
  unbalanced: boolean
  verification: Verification | null
  findings: ReportFinding[]
  /** Index into the speaker palette; null for unattributed quotes. */
  colour: number | null
}

export interface SpeakerRow {
  entity: ReportEntity
  aliases: string[]
  roles: {title: string; affiliation: string | null}[]
  direct: number
  indirect: number
  mixed: number
  total: number
  anonymous: boolean
  colour: number
  /** Anchor of the speaker's first quote. */
  firstQuote: string
}

export interface ReportCounts {
  quotes: number
  direct: number
  indirect: number
  mixed: number
  /** Quotes whose speaker is an `anonymous` entity ("sumber di kereta api"). */
  anonymous: number
  /** Quotes with no speaker at all. */
  unattributed: number
  speakers: number
  findings: number
  verdicts: Partial<Record<Verdict, number>>
}

export interface ReportProvenance {
  publisher: ReportEntity | null
  dateline: {place: string; outlet: ReportEntity; span: Span} | null
  /** The chain of outlets the text is taken from, in order. */
  sources: ReportEntity[]
  credits: Credit[]
  copyright: {holder: string; year: number} | null
}

export interface ArticleReport {
  /** 1-based position in the report. */
  number: number
  id: string
  /** Fragment id of the article's section (`a3`). */
  anchor: string
  path: string | null
  text: string | null
  error: string | null
  provenance: ReportProvenance
  quotes: QuoteRow[]
  speakers: SpeakerRow[]
  /** Findings not tied to any quote. */
  findings: ReportFinding[]
  counts: ReportCounts
  graph: Graph
}

export interface RankedSpeaker {
  name: string
  type: EntityType | 'unknown'
  quotes: number
  direct: number
  articles: number
}

export interface RankedOutlet {
  name: string
  /** Articles it published. */
  published: number
  /** Articles that name it as a source. */
  sourced: number
  /** Quotes it made, received or is cited in. */
  quoted: number
  total: number
}

export interface CorpusReport {
  title: string
  generated: string | null
  articles: ArticleReport[]
  totals: ReportCounts & {articles: number; failed: number; withoutQuotes: number}
  /** Shares of all quotes, 0..1 (0 when there are no quotes). */
  shares: {anonymous: number; unattributed: number; direct: number}
  topSpeakers: RankedSpeaker[]
  topOutlets: RankedOutlet[]
}

/** Up to this many articles, `graph: 'auto'` draws every article's graph. */
export const graphLimit = 500

export type ReportFormat = 'html' | 'md' | 'json' | 'jsonld' | 'dot'

export const reportFormats: readonly ReportFormat[] = ['html', 'md', 'json', 'jsonld', 'dot']

export interface ReportOptions {
  /** Output format, default `html`. */
  format?: ReportFormat
  /** Title of the report; default "kutip report" (or the article id for one article). */
  title?: string
  /**
   * Draw each article's graph as SVG in HTML: `true`, `false`, or `'auto'`
   * (the default): drawn for reports of up to `graphLimit` articles, left out
   * above (a page with hundreds of graphs is too heavy for a browser).
   */
  graph?: boolean | 'auto'
  /** Include the article text (HTML: highlighted; JSON-LD: `text`). Default true. */
  includeText?: boolean
  /** Length of the most-quoted lists. Default 10. */
  top?: number
  /** A timestamp to print; default none, so reports are reproducible. */
  generated?: string
  /**
   * Graph pictures already drawn (`articlePicture`), by article number: the
   * CLI draws them while the worker threads are still analysing later articles.
   */
  pictures?: ReadonlyMap<number, string>
  /**
   * Language of what people read in the HTML, Markdown and DOT reports (labels,
   * quote kinds, entity types, credit roles, verdicts, verification reasons,
   * the default title; HTML's `<html lang>`): `'id'` or `'en'`; default:
   * KUTIP_LOCALE, LC_ALL, LC_MESSAGES, LANG, else English
   * (src/lang/messages.ts). The article's words, names and the JSON and
   * JSON-LD (keys and values) stay as they are.
   */
  locale?: string
  /** Called after each document is analysed. */
  onProgress?: (done: number, total: number) => void
}
