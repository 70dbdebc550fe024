/**
 * Why a quote got its verdict, as data: a catalog key and its parameters
 * (documents, speakers, shares, counted changes), so that every consumer can
 * say it in its own language — `kutip verify`'s text, the lint rules, the
 * reports. `explainReason` renders one in a locale; the graph's
 * `verification.reason` is the English rendering, `verification.why` the data.
 */
import {translator, type Locale, type MessageKey} from '../lang/messages.ts'
import type {Edit, WordChanges} from './align.ts'

/** What the sources showed, as the catalog's `verify.reason.*` keys name it. */
export type ReasonKind =
  | 'found-verbatim'
  | 'found-verbatim-said'
  | 'found-edited'
  | 'found-edited-said'
  | 'indirect-only'
  | 'indirect-only-of'
  | 'clauses-differ'
  | 'other-role'
  | 'other-speaker'
  | 'altered'
  | 'paraphrase'
  | 'paraphrase-other-speaker'
  | 'says-otherwise-negated'
  | 'says-otherwise-number'
  | 'not-as-words-of'
  | 'no-speaker-sentence'
  | 'no-content-words'
  | 'no-sentence'
  | 'no-words'
  | 'no-source'
  | 'no-source-best'
  | 'failed'

/** The facts a reason names; which ones depends on its kind. */
export interface ReasonFacts {
  /** The source document's id. */
  document?: string
  /** The speaker the source gives (null: nobody named). */
  speaker?: string | null
  /** The speaker the draft gives (null: nobody named). */
  draftSpeaker?: string | null
  /** A share, 0..1: of the quote's words found, or of content words shared. */
  share?: number
  /** The unmarked changes of an altered quote. */
  changes?: WordChanges
  /** The marked edits of an edited quote. */
  edits?: Edit[]
  /** The attribution clauses that disagree: the draft's and the source's words. */
  draftClause?: string
  sourceClause?: string
  /** Why a check could not be made. */
  message?: string
}

export interface Reason {
  kind: ReasonKind
  facts: ReasonFacts
}

const kindKeys: Record<ReasonKind, MessageKey> = {
  'found-verbatim': 'verify.reason.found-verbatim',
  'found-verbatim-said': 'verify.reason.found-verbatim-said',
  'found-edited': 'verify.reason.found-edited',
  'found-edited-said': 'verify.reason.found-edited-said',
  'indirect-only': 'verify.reason.indirect-only',
  'indirect-only-of': 'verify.reason.indirect-only-of',
  'clauses-differ': 'verify.reason.clauses-differ',
  'other-role': 'verify.reason.other-role',
  'other-speaker': 'verify.reason.other-speaker',
  altered: 'verify.reason.altered',
  paraphrase: 'verify.reason.paraphrase',
  'paraphrase-other-speaker': 'verify.reason.paraphrase-other-speaker',
  'says-otherwise-negated': 'verify.reason.says-otherwise-negated',
  'says-otherwise-number': 'verify.reason.says-otherwise-number',
  'not-as-words-of': 'verify.reason.not-as-words-of',
  'no-speaker-sentence': 'verify.reason.no-speaker-sentence',
  'no-content-words': 'verify.reason.no-content-words',
  'no-sentence': 'verify.reason.no-sentence',
  'no-words': 'verify.reason.no-words',
  'no-source': 'verify.reason.no-source',
  'no-source-best': 'verify.reason.no-source-best',
  failed: 'verify.reason.failed'
}

/** The catalog keys that count each kind of change, for one word and for more. */
const changeKeys: ReadonlyArray<[keyof WordChanges, MessageKey, MessageKey]> = [
  ['replaced', 'verify.changes.replaced.one', 'verify.changes.replaced'],
  ['added', 'verify.changes.added.one', 'verify.changes.added'],
  ['dropped', 'verify.changes.dropped.one', 'verify.changes.dropped']
]

const editKeys: Record<Edit, MessageKey> = {
  omission: 'verify.edit.omission',
  insertion: 'verify.edit.insertion',
  case: 'verify.edit.case'
}

/** `2 words changed, 1 word dropped` in a locale. */
export function describeChanges(changes: WordChanges | undefined, locale: Locale = 'en'): string {
  const say = translator(locale)
  const parts = changeKeys
    .filter(([kind]) => changes !== undefined && changes[kind] > 0)
    .map(([kind, one, more]) => say(changes![kind] === 1 ? one : more, {count: changes![kind]}))
  return parts.length === 0 ? say('verify.changes.some') : parts.join(', ')
}

/** One sentence saying why, for people, in `locale`. */
export function explainReason(reason: Reason, locale: Locale = 'en'): string {
  const say = translator(locale)
  const {facts} = reason
  const who = (speaker: string | null | undefined): string => (speaker === null || speaker === undefined ? say('verify.reason.nobody') : '`' + speaker + '`')
  const params: Record<string, string | number> = {
    document: facts.document === undefined ? '' : '`' + facts.document + '`',
    speaker: who(facts.speaker),
    draftSpeaker: who(facts.draftSpeaker),
    percent: facts.share === undefined ? '' : Math.round(facts.share * 100) + '%',
    changes: describeChanges(facts.changes, locale),
    edits: (facts.edits ?? []).map((edit) => say(editKeys[edit])).join(', '),
    draftClause: facts.draftClause ?? '',
    sourceClause: facts.sourceClause ?? '',
    message: facts.message ?? ''
  }
  return say(kindKeys[reason.kind], params)
}

/** Every kind of reason, in the catalog's order. */
export const reasonKinds = Object.keys(kindKeys) as ReasonKind[]
