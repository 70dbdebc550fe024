/**
 * What the statements stage finds: a reported statement, its content, its cue
 * and the speaker phrase at the cue, and the id of the rule that read it.
 */
import type {QuoteKind} from '../contract/graph.ts'
import type {SpeakerPhrase, TokenRange} from '../phrase/speaker-phrase.ts'
import type {indirectRules} from './indirect/rules.ts'
import type {continuedParagraph} from './quote/continued-paragraph.ts'
import type {quoteRules} from './quote/rules.ts'

/** The id of a quote rule (`cue-after-quote`, …): the first half of the graph's `rule`. */
export type QuoteRuleId = (typeof quoteRules)[number]['id'] | (typeof continuedParagraph)['id']

/** The id of an indirect-speech rule (`clausal-cue`, …): the first half of the graph's `rule`. */
export type IndirectRuleId = (typeof indirectRules)[number]['id']

export type StatementRuleId = QuoteRuleId | IndirectRuleId

export interface Statement {
  kind: QuoteKind
  contentStart: number
  contentEnd: number
  /** Token range of the content (for ordering and context). */
  firstToken: number
  lastToken: number
  cue: TokenRange | null
  /** The speaker phrase at the cue, or null when the speaker comes from context. */
  speaker: SpeakerPhrase | null
  /** The cue carries the speaker from context (`katanya`, `lanjutnya`). */
  anaphoric: boolean
  addressee: SpeakerPhrase | null
  citing: SpeakerPhrase | null
  /** Index of the statement whose speaker this one shares (split quote, `seraya menambahkan`, next paragraph). */
  sharesSpeakerWith: number | null
  /** The statement this one continues (a quote split by its cue, or continued in the next paragraph). */
  continues: number | null
  unbalanced: boolean
  /**
   * What the speaker thinks, not what they said: the clause of a verb of belief (`Budi menduga …`). It is read like
   * a statement, so its speaker stays salient for the cues after it, but the graph has no quote for it.
   */
  thought?: true
  /** The rule that read the statement: its id is the graph's `rule` before the slash. */
  rule: StatementRuleId
  sentence: number
}

/** What a rule reads; the rule's id is added by the list that tried it. */
export type StatementReading = Omit<Statement, 'rule'>
