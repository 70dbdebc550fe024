/**
 * Why a quote got its verdict, in a reader's language: from the data of
 * `verification.why` (src/verify/reason.ts) when the graph has it, else the
 * English sentence `verification.reason` (graphs written before `why`
 * existed). A graph read from JSON is checked first: a `why` kutip does not
 * know (a newer kind, facts of the wrong type) falls back to `reason` too.
 */
import type {Verification} from '../contract/graph.ts'
import type {Locale} from '../lang/messages.ts'
import type {Edit} from './align.ts'
import {explainReason, reasonKinds, type Reason, type ReasonFacts, type ReasonKind} from './reason.ts'

const edits: readonly Edit[] = ['omission', 'insertion', 'case']

/** The reason to show, or null when the verification says none. */
export function verificationReason(verification: Verification, locale: Locale): string | null {
  const {why, reason} = verification as {why?: unknown; reason?: unknown}
  const data = reasonOf(why)
  if (data) return explainReason(data, locale)
  return typeof reason === 'string' && reason !== '' ? reason : null
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** `why` as a Reason whose every fact has the type explainReason expects, or null. */
function reasonOf(value: unknown): Reason | null {
  if (!isObject(value) || !reasonKinds.includes(value['kind'] as ReasonKind)) return null
  const facts = isObject(value['facts']) ? value['facts'] : {}
  const clean: ReasonFacts = {}
  for (const name of ['document', 'draftClause', 'sourceClause', 'message'] as const) {
    if (typeof facts[name] === 'string') clean[name] = facts[name]
  }
  for (const name of ['speaker', 'draftSpeaker'] as const) {
    if (typeof facts[name] === 'string' || facts[name] === null) clean[name] = facts[name]
  }
  if (typeof facts['share'] === 'number' && Number.isFinite(facts['share'])) clean.share = facts['share']
  const changes = facts['changes']
  if (isObject(changes)) {
    const count = (name: string): number => (typeof changes[name] === 'number' && Number.isFinite(changes[name]) ? changes[name] : 0)
    clean.changes = {replaced: count('replaced'), added: count('added'), dropped: count('dropped')}
  }
  if (Array.isArray(facts['edits'])) clean.edits = facts['edits'].filter((edit): edit is Edit => edits.includes(edit as Edit))
  return {kind: value['kind'] as ReasonKind, facts: clean}
}
