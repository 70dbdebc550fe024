/**
 * Tables every text of a language reads its lexicon through, derived from
 * the lexicon once per language (not once per text or per word): which words
 * open a cue, the multi-word ranks by their first word, the words of ranks,
 * the first words of outlet names, the credit and source labels longest
 * first, and whether a word is an organisation's (answered once per word).
 * `analyse()` hands them to the text as `doc.lexicon`.
 */
import type {Language} from '../lang/language.ts'
import type {CueKind} from './cue-words.ts'

/** The cues a word may open: the multi-word cues that start with it, and its kind as a one-word cue. */
export interface CueWord {
  phrases: ReadonlyArray<readonly string[]>
  kind: CueKind | null
}

export interface LexiconTables {
  /**
   * Every word that may open a cue (by the precedence cueAt reads them in: multi-word cues, then according,
   * anaphoric, citing, clausal, inverted): one lookup per word instead of six.
   */
  cueWords: ReadonlyMap<string, CueWord>
  /** Ranks by their first word (`komisaris` → `komisaris`, `komisaris besar`, …). */
  ranksByFirst: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
  /** Every word that is part of a rank, but those that alone head a role (`Kepala`: `Brigadir Kepala`, `Kepala Dinas`). */
  rankWords: ReadonlySet<string>
  /** One-word ranks that also head or follow roles (`Jenderal`: `Sekretaris Jenderal`; `Komisaris`, `Kapten`). */
  rankRoleWords: ReadonlySet<string>
  /** The first word of every outlet name the lexicon knows: most words start none, and are skipped at once. */
  outletFirstWords: ReadonlySet<string>
  /** Credit and source labels in lower case, longest first. */
  provenanceLabels: readonly string[]
}

const tables = new WeakMap<Language, LexiconTables>()

/** The tables of a language, built the first time it is asked for. */
export function lexiconTables(language: Language): LexiconTables {
  let built = tables.get(language)
  if (!built) {
    built = buildTables(language)
    tables.set(language, built)
  }
  return built
}

function byFirstWord(phrases: ReadonlyArray<readonly string[]>): Map<string, Array<readonly string[]>> {
  const index = new Map<string, Array<readonly string[]>>()
  for (const phrase of phrases) {
    const list = index.get(phrase[0]!)
    if (list) list.push(phrase)
    else index.set(phrase[0]!, [phrase])
  }
  return index
}

function buildTables(language: Language): LexiconTables {
  const {cues, persons, outlets} = language
  const cueWords = new Map<string, CueWord>()
  for (const [first, phrases] of byFirstWord(cues.phrases)) cueWords.set(first, {phrases, kind: null})
  const kinds: Array<[CueKind, ReadonlySet<string>]> = [['according', cues.according], ['anaphoric', cues.anaphoric], ['citing', cues.citing], ['clausal', cues.clausal], ['inverted', cues.inverted]]
  for (const [kind, words] of kinds) {
    for (const word of words) {
      const entry = cueWords.get(word)
      if (!entry) cueWords.set(word, {phrases: [], kind})
      else if (entry.kind === null) entry.kind = kind
    }
  }
  const {roleHeads, roleWords} = persons
  return {
    cueWords,
    ranksByFirst: byFirstWord(persons.ranks),
    rankWords: new Set(persons.ranks.flat().filter((word) => !roleHeads.has(word) && !roleWords.has(word))),
    rankRoleWords: new Set(persons.ranks.filter((rank) => rank.length === 1 && (roleHeads.has(rank[0]!) || roleWords.has(rank[0]!))).map((rank) => rank[0]!)),
    outletFirstWords: new Set([...outlets.outlets.keys()].map((key) => key.split(' ')[0]!)),
    provenanceLabels: [...outlets.creditLabels.keys(), ...outlets.sourceLabels].map((label) => label.toLowerCase()).sort((a, b) => b.length - a.length)
  }
}
