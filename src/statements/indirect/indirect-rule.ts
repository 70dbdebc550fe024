/**
 * An indirect-speech rule and the cue it reads. Indirect rules are tried at
 * every cue outside quote marks and not yet read, in the order of
 * `indirectRules` (rules.ts): the first that applies decides, reading a
 * statement or none.
 */
import type {CueMatch} from '../../extract/cue-words.ts'
import type {AnalysedText} from '../../extract/document.ts'
import type {Sentence} from '../../extract/sentences.ts'
import type {Context} from '../context.ts'
import type {SpeakerPhrase} from '../../phrase/speaker-phrase.ts'
import type {StatementReading} from '../statement.ts'

export interface IndirectSite {
  context: Context
  doc: AnalysedText
  sentence: Sentence
  /** The sentence's first token in the article body. */
  first: number
  cue: CueMatch
  /** The statement whose speaker the sentence's coordinated cues share (`…, seraya menambahkan …`), or -1. */
  sentenceSpeaker: {statement: number}
}

export interface IndirectReading {
  statement: StatementReading
  /** The last token the rule read: the scan of the sentence goes on after it. */
  readTo: number
}

export interface IndirectRule<Id extends string = string> {
  /** The rule's id: the graph's `rule` before the slash. */
  readonly id: Id
  /** What the rule reads, in one line (docs/engine.md lists it). */
  readonly reads: string
  /** Its statement's speaker is the one the coordinated cues after it in the sentence share. */
  readonly givesSentenceSpeaker?: boolean
  /** Whether the rule decides this cue. */
  applies(site: IndirectSite): boolean
  /** The statement the cue reports, or null when it reports none. */
  read(site: IndirectSite): IndirectReading | null
}

/** An indirect rule, its id kept as a literal type (so the ids make a union). */
export function indirectRule<const Id extends string>(rule: IndirectRule<Id>): IndirectRule<Id> {
  return rule
}

/** What an indirect statement's rule decides; the rest follows from the site (its cue and sentence). */
export interface IndirectParts {
  content: readonly [number, number]
  firstToken: number
  lastToken: number
  speaker: SpeakerPhrase | null
  anaphoric: boolean
  addressee?: SpeakerPhrase | null
  citing?: SpeakerPhrase | null
  sharesSpeakerWith?: number | null
  thought?: boolean
}

/** The indirect statement read at the site's cue: one shape for every indirect rule. */
export function indirectStatement(site: IndirectSite, parts: IndirectParts): StatementReading {
  return {
    kind: 'indirect',
    contentStart: parts.content[0],
    contentEnd: parts.content[1],
    firstToken: parts.firstToken,
    lastToken: parts.lastToken,
    cue: {first: site.cue.first, last: site.cue.last},
    speaker: parts.speaker,
    anaphoric: parts.anaphoric,
    addressee: parts.addressee ?? null,
    citing: parts.citing ?? null,
    sharesSpeakerWith: parts.sharesSpeakerWith ?? null,
    continues: null,
    unbalanced: false,
    ...(parts.thought ? {thought: true as const} : {}),
    sentence: site.sentence.index
  }
}
