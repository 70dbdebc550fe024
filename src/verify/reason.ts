/**
 * Why a quote got its verdict, as data: a catalog key and its parameters
 * (documents, speakers, shares, counted changes), so that every consumer can
 * say it in its own language — `kutip verify`'s text, the lint rules, the
 * reports. `explainReason` renders one in a locale; the graph's
 * `verification.reason` is the English rendering, `verification.why` the data.
 */
import {t, tCount, translator, type Locale} from '../lang/messages.ts'
import type {Edit, WordChanges} from './align.ts'

/** Every kind of reason: what the sources showed, as the catalog's `verify.reason.<kind>` keys name it. */
export const reasonKinds = [
  'found-verbatim', 'found-verbatim-said', 'found-edited', 'found-edited-said', 'indirect-only', 'indirect-only-of',
  'clauses-differ', 'other-role', 'other-speaker', 'altered', 'paraphrase', 'paraphrase-other-speaker',
  'says-otherwise-negated', 'says-otherwise-number', 'not-as-words-of', 'no-speaker-sentence', 'no-content-words',
  'no-sentence', 'no-words', 'no-source', 'no-source-best', 'failed'
] as const

export type ReasonKind = (typeof reasonKinds)[number]

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

/** The kinds of change an altered quote counts, in the order they are said. */
const changeKinds: ReadonlyArray<keyof WordChanges> = ['replaced', 'added', 'dropped']

/** `2 words changed, 1 word dropped` in a locale. */
export function describeChanges(changes: WordChanges | undefined, locale: Locale = 'en'): string {
  const parts = changeKinds
    .filter((kind) => changes !== undefined && changes[kind] > 0)
    .map((kind) => tCount(`verify.changes.${kind}`, changes![kind], {}, locale))
  return parts.length === 0 ? t('verify.changes.some', {}, locale) : parts.join(', ')
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
    edits: (facts.edits ?? []).map((edit: Edit) => say(`verify.edit.${edit}`)).join(', '),
    draftClause: facts.draftClause ?? '',
    sourceClause: facts.sourceClause ?? '',
    message: facts.message ?? ''
  }
  return say(`verify.reason.${reason.kind}`, params)
}
