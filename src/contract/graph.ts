/**
 * The attribution graph, output contract version 1
 * (see docs/output-contract.md and docs/graph.schema.json).
 *
 * Other tools depend on these names: fields may be added, never renamed or
 * dropped without bumping `version`.
 */

/** A stretch of the input: `text === input.slice(start, end)`, UTF-16 offsets, end exclusive. */
export interface Span {
  start: number
  end: number
  text: string
}

export type EntityId = string

export type EntityType = 'person' | 'organization' | 'outlet' | 'anonymous' | 'group'

export interface Role {
  title: string
  affiliation: EntityId | string | null
}

export interface Entity {
  id: EntityId
  type: EntityType
  /** Canonical: the fullest form in the text, without ranks or honorifics. */
  name: string
  /** Other names the text uses for it (surname, acronym, long form). */
  aliases: string[]
  roles: Role[]
  mentions: Span[]
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed'

export type Verdict = 'verbatim' | 'edited' | 'altered' | 'misattributed' | 'unsupported'

export interface Verification {
  verdict: Verdict
  source: {document: string; span: Span} | null
  diff?: Array<{op: 'equal' | 'insert' | 'delete'; text: string}>
  score?: number
}

export interface Quote {
  id: string
  kind: QuoteKind
  /** The words reported; for direct and mixed quotes, inside the quote marks. */
  content: Span
  /** The reporting word(s): kata, ujarnya, mengatakan, menurut, lanjut … */
  cue: Span | null
  speaker: EntityId | null
  /** The words that name the speaker at this quote ("Jeon", "dia", …). */
  speakerMention: Span | null
  addressee: EntityId | null
  citing: EntityId | null
  /** 0..1 */
  confidence: number
  /** Which rule or sieve decided the attribution. */
  rule: string
  /** Project addition: the quote marks around a direct or mixed quote were not balanced. */
  unbalanced?: boolean
  /** Project addition: set by verification (src/verify). */
  verification?: Verification
}

export interface Credit {
  role: 'reporter' | 'translator' | 'editor' | string
  name: string
  span: Span
}

export interface DocumentInfo {
  publisher: EntityId | null
  dateline: {place: string; outlet: EntityId; span: Span} | null
  sources: EntityId[]
  credits: Credit[]
  copyright: {holder: string; year: number} | null
}

export interface Edge {
  type: string
  from: string
  to: string
  evidence: Span[]
}

export interface Graph {
  version: 1
  lang: string
  document: DocumentInfo
  entities: Entity[]
  quotes: Quote[]
  edges: Edge[]
}

/** Options for `extract`. */
export interface ExtractOptions {
  /** Language code; only 'id' (Indonesian) ships today. */
  lang?: string
}
