/**
 * Is the speaker a draft names the one a source names? Names are compared as
 * sets of name words without ranks and honorifics; one set inside the other
 * counts as the same person (`Jeon` = `Jeon Ha-kyou`), over every name and
 * alias the graphs give (the name comparer lint shares: src/text/names.ts).
 * Roles are compared the same way.
 */
import type {Entity, Graph} from '../contract/graph.ts'
import {getLanguage} from '../lang/index.ts'
import {nameWordSet, nestedWords} from '../text/names.ts'
import {words} from '../text/words.ts'

const {nameHonorifics, roleModifiers} = getLanguage().comparison

export interface Speaker {
  /** Canonical name to show. */
  name: string
  /** Every name and alias, each as a set of name words. */
  names: Set<string>[]
  /** Role titles, each as a set of words. */
  roles: Set<string>[]
}

/** A name's words without ranks and honorifics. */
function nameWords(name: string): Set<string> {
  return nameWordSet(name, nameHonorifics)
}

function titleWords(title: string): Set<string> {
  return new Set(words(title).map((word) => word.norm))
}

/** A speaker from a graph entity. */
export function speakerOfEntity(entity: Entity): Speaker {
  return {
    name: entity.name,
    names: [entity.name, ...entity.aliases].map(nameWords).filter((set) => set.size > 0),
    roles: entity.roles.map((role) => titleWords(role.title)).filter((set) => set.size > 0)
  }
}

/** A speaker known only by name (a transcript's declared speaker). */
export function speakerNamed(name: string): Speaker {
  const set = nameWords(name)
  return {name, names: set.size > 0 ? [set] : [], roles: []}
}

/** The speaker entity of a graph, by id. */
export function graphSpeaker(graph: Graph, id: string | null): Speaker | null {
  if (id === null) return null
  const entity = graph.entities.find((candidate) => candidate.id === id)
  return entity === undefined ? null : speakerOfEntity(entity)
}

function sameRole(a: Set<string>, b: Set<string>): boolean {
  if (!nestedWords(a, b)) return false
  for (const word of roleModifiers) if (a.has(word) !== b.has(word)) return false
  return true
}

export type SpeakerComparison = 'same' | 'other' | 'other-role' | 'unknown'

/** Compare the draft's speaker with the source's. */
export function compareSpeakers(draft: Speaker | null, source: Speaker | null): SpeakerComparison {
  if (draft === null || source === null || draft.names.length === 0 || source.names.length === 0) return 'unknown'
  // names[0] is the canonical name. An alias pairing counts only when its words are not
  // words both canonical names share (`Cempaka` of `Cempaka Putih Dicky Alsadik` and
  // `Cempaka Putih Anies Baswedan` says nothing about who spoke).
  const [draftName, sourceName] = [draft.names[0], source.names[0]]
  const shared = new Set([...draftName].filter((word) => sourceName.has(word)))
  const telling = (a: Set<string>, b: Set<string>): boolean => {
    const smaller = a.size <= b.size ? a : b
    return [...smaller].some((word) => !shared.has(word))
  }
  const same =
    nestedWords(draftName, sourceName) ||
    draft.names.some((a) => source.names.some((b) => nestedWords(a, b) && telling(a, b)))
  if (!same) return 'other'
  if (draft.roles.length > 0 && source.roles.length > 0) {
    const sharedRole = draft.roles.some((a) => source.roles.some((b) => sameRole(a, b)))
    if (!sharedRole) return 'other-role'
  }
  return 'same'
}
