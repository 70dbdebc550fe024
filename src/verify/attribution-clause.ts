/**
 * A second look at who is credited: the people the attribution clause names.
 *
 * The clause is the stretch around a quote's cue outside the quote itself
 * (`," kata Direktur Utama PT X Wiwik Widayanti melalui keterangan tertulis.`).
 * Its person names are the graph's person mentions that fall inside it, read
 * as they are written (not through the entity's canonical name, which a
 * mistaken merge can carry from elsewhere). When a draft and its source give
 * a quote to what the graphs call the same speaker but the clauses name
 * different people, the credit was changed: the engine resolved both to one
 * wrong entity (a word of a long role phrase), and the names still tell.
 */
import type {Graph, Quote} from '../contract/graph.ts'
import {getLanguage} from '../lang/index.ts'
import {nameWordSet, nestedWords} from '../text/names.ts'

const {nameHonorifics} = getLanguage().comparison

/** How far the clause may reach past the cue, in characters. */
const reach = 200

function sentenceEndFrom(text: string, from: number): number {
  const limit = Math.min(text.length, from + reach)
  for (let at = from; at < limit; at++) {
    const char = text[at]
    if (char === '\n') return at
    if ((char === '.' || char === '!' || char === '?') && (at + 1 >= text.length || /\s/.test(text[at + 1]))) return at
    if (char === '"' || char === '“' || char === '”') return at
  }
  return limit
}

function sentenceStartBefore(text: string, to: number): number {
  const limit = Math.max(0, to - reach)
  for (let at = to - 1; at >= limit; at--) {
    const char = text[at]
    if (char === '\n' || char === '"' || char === '“' || char === '”') return at + 1
    if ((char === '.' || char === '!' || char === '?') && /\s/.test(text[at + 1] ?? '')) return at + 1
  }
  return limit
}

/** The stretch of the attribution clause of a quote, or null without a cue. */
export function clauseOf(text: string, quote: Quote): {start: number; end: number} | null {
  const cue = quote.cue
  if (cue === null) return null
  if (cue.start >= quote.content.end) return {start: quote.content.end, end: sentenceEndFrom(text, cue.end)}
  if (cue.end <= quote.content.start) return {start: sentenceStartBefore(text, cue.start), end: quote.content.start}
  return null
}

/** A person name written in a clause: as written, and as a set of name words. */
export interface ClauseName {
  text: string
  words: Set<string>
}

/** The person names written in a quote's attribution clause. */
export function clauseNames(text: string, graph: Graph, quote: Quote): ClauseName[] {
  const clause = clauseOf(text, quote)
  if (clause === null) return []
  const mentions = personMentions(graph)
  // The mentions that start in the clause (a binary search: a long draft has hundreds of thousands), then in the
  // graph's order (entity by entity, each one's mentions in order).
  let low = 0
  let high = mentions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (mentions[middle]!.mention.start < clause.start) low = middle + 1
    else high = middle
  }
  const inside: Array<(typeof mentions)[number]> = []
  for (let at = low; at < mentions.length && mentions[at]!.mention.start <= clause.end; at++) {
    if (mentions[at]!.mention.end <= clause.end) inside.push(mentions[at]!)
  }
  inside.sort((a, b) => a.order - b.order)
  const names: ClauseName[] = []
  for (const {mention} of inside) {
    if (!/\p{Lu}/u.test(mention.text)) continue
    const set = nameWordSet(mention.text, nameHonorifics)
    if (set.size > 0) names.push({text: mention.text, words: set})
  }
  return names
}

/** Every person mention of a graph with its place in the graph's order, by start (made once per graph). */
function personMentions(graph: Graph): Array<{mention: Graph['entities'][number]['mentions'][number]; order: number}> {
  let list = mentionsByStart.get(graph)
  if (list === undefined) {
    list = []
    for (const entity of graph.entities) if (entity.type === 'person') for (const mention of entity.mentions) list.push({mention, order: list.length})
    list.sort((a, b) => a.mention.start - b.mention.start || a.order - b.order)
    mentionsByStart.set(graph, list)
  }
  return list
}

const mentionsByStart = new WeakMap<Graph, Array<{mention: Graph['entities'][number]['mentions'][number]; order: number}>>()

function covered(name: ClauseName, others: ClauseName[]): boolean {
  return others.some((other) => nestedWords(name.words, other.words))
}

/** The names of one clause the other does not have. */
export function namesOnlyIn(names: ClauseName[], others: ClauseName[]): ClauseName[] {
  return names.filter((name) => !covered(name, others))
}

/** Whether two clauses name different people: each names someone the other does not. */
export function clausesDiffer(draft: ClauseName[], source: ClauseName[]): boolean {
  if (draft.length === 0 || source.length === 0) return false
  return namesOnlyIn(draft, source).length > 0 && namesOnlyIn(source, draft).length > 0
}

/** Names as written, for messages. */
export function describeNames(names: ClauseName[]): string {
  return [...new Set(names.map((name) => name.text))].join(', ')
}
