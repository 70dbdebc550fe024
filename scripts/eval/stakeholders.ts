/**
 * The Detik dataset's own annotation of who appears in each article (`stakeholders`: role + name, grouped
 * as government / industry / society / experts / other) as a check of name boundaries: every person the
 * graph names as a speaker should be among them. A speaker's name matches exactly when its words are the
 * last words of a stakeholder entry (`Menteri Dalam Negeri Tito Karnavian` ends with `Tito Karnavian`);
 * it is a boundary miss when it shares a word with an entry but is not its end (`Awalnya Budi` against
 * `Budi Santoso`, or `Santoso` alone); otherwise it is absent from the list.
 */
import type {Graph} from '../../src/contract/graph.ts'

export interface StakeholderCheck {
  speakers: number
  exact: number
  boundary: number
  absent: number
  /** A few boundary misses, for reading. */
  examples: string[]
}

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

function endsWith(entry: string[], name: string[]): boolean {
  if (name.length === 0 || name.length > entry.length) return false
  const offset = entry.length - name.length
  return name.every((word, index) => entry[offset + index] === word)
}

export function emptyCheck(): StakeholderCheck {
  return {speakers: 0, exact: 0, boundary: 0, absent: 0, examples: []}
}

/** Check the distinct person speakers of one graph against the article's stakeholder entries. */
export function checkStakeholders(graph: Graph, stakeholders: Record<string, string[]>, into: StakeholderCheck): void {
  const entries = Object.values(stakeholders)
    .flat()
    .map((entry) => words(entry.replace(/\([^)]*\)/g, ' ')))
  const speakers = new Set(graph.quotes.map((quote) => quote.speaker).filter((id): id is string => id !== null))
  for (const entity of graph.entities) {
    if (entity.type !== 'person' || !speakers.has(entity.id)) continue
    into.speakers++
    const name = words(entity.name)
    if (entries.some((entry) => endsWith(entry, name))) into.exact++
    else if (entries.some((entry) => name.some((word) => entry.includes(word)))) {
      into.boundary++
      if (into.examples.length < 12) into.examples.push(entity.name)
    } else into.absent++
  }
}
