/**
 * The trained name reader's people (src/names) as the phrase readers see
 * them: which tokens of a document the tagger calls a person's name, and
 * where a person's name lies in a phrase when the rule reader and the tagger
 * are read together (`nameReader`).
 */
import type {AnalysedText} from '../extract/document.ts'
import {emptyDecoding, nameTaggerFor, type Decoding, type NameTagger} from '../names/tagger.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {capitalizedByPosition} from './words.ts'

/**
 * Where a person's name in a phrase comes from:
 * - `rules`: the rule reader alone (name-run.ts);
 * - `tagger`: the tagger alone (its last person in the phrase);
 * - `vote`: the rule reader proposes the run, and where a person of the tagger's overlaps it the tagger's span
 *   decides both ends (within the phrase);
 * - `vote-start`: as `vote`, but the tagger decides only where the name starts.
 */
export type NameReaderMode = 'rules' | 'tagger' | 'vote' | 'vote-start'

const modes: readonly NameReaderMode[] = ['rules', 'tagger', 'vote', 'vote-start']

/** The shipped choice, measured on every outlet (docs/names.md); `KUTIP_NAME_READER` overrides it for the evaluation's ablations. */
export const defaultNameReader: NameReaderMode = 'vote'

function fromEnvironment(): NameReaderMode {
  const value = typeof process === 'undefined' ? undefined : process.env['KUTIP_NAME_READER']
  return modes.includes(value as NameReaderMode) ? (value as NameReaderMode) : defaultNameReader
}

let mode: NameReaderMode = fromEnvironment()

/** The name reader the phrase readers use now. */
export function nameReader(): NameReaderMode {
  return mode
}

/** Switches the name reader (for measuring; documents already read keep their answers). */
export function setNameReader(next: NameReaderMode): void {
  mode = next
}

/** Per token: the first and last token of the tagger's person span holding it, -1 outside one; the decoding kept. */
interface TaggedPersons {
  first: Int32Array
  last: Int32Array
  decoding: Decoding
  tagger: NameTagger
}

/**
 * How sure the tagger must be to move an end of the rule reader's name: how much better its best tagging must score
 * than its best tagging with the rules' span as the person (`personMargin`, src/names/tagger.ts).
 */
const defaultMargin = 50
const margin = Number(typeof process === 'undefined' ? NaN : process.env['KUTIP_NAME_MARGIN'] ?? NaN)
const requiredMargin = Number.isFinite(margin) ? margin : defaultMargin

// Derived from a document's tokens once, the first time a phrase asks; dropped with the document.
const tagged = new WeakMap<AnalysedText, TaggedPersons | null>()

function personsOf(doc: AnalysedText): TaggedPersons | null {
  if (tagged.has(doc)) return tagged.get(doc)!
  const knowledge = doc.language.names
  let answer: TaggedPersons | null = null
  if (knowledge) {
    const first = new Int32Array(doc.tokens.length).fill(-1)
    const last = new Int32Array(doc.tokens.length).fill(-1)
    const decoding = emptyDecoding()
    const tagger = nameTaggerFor(knowledge)
    for (const span of tagger.names(doc.tokens, decoding)) {
      if (span.kind !== 'PER') continue
      first.fill(span.first, span.first, span.last + 1)
      last.fill(span.last, span.first, span.last + 1)
    }
    answer = {first, last, decoding, tagger}
  }
  tagged.set(doc, answer)
  return answer
}

/** The tagger's last person in `[first, last]`, clipped to it; null when it names none there. */
function lastTaggedPerson(persons: TaggedPersons, first: number, last: number): TokenRange | null {
  for (let j = last; j >= first; j--) {
    if (persons.first[j]! >= 0) return {first: Math.max(persons.first[j]!, first), last: j}
  }
  return null
}

/**
 * The name in the phrase `[first, last]` by the current name reader, given the rule reader's run (`ruled`, null
 * when the rules find none).
 */
export function chosenNameRun(doc: AnalysedText, first: number, last: number, ruled: TokenRange | null): TokenRange | null {
  if (mode === 'rules') return ruled
  const persons = personsOf(doc)
  if (!persons) return ruled
  if (mode === 'tagger') return lastTaggedPerson(persons, first, last)
  if (!ruled) return null
  // The tagger's person overlapping the rules' run, the last one where several do.
  const overlap = lastTaggedPerson(persons, ruled.first, ruled.last)
  if (!overlap) return ruled
  const spanFirst = Math.max(persons.first[overlap.last]!, first)
  const spanLast = Math.min(persons.last[overlap.last]!, last)
  // The tagger may add words to the rules' name (a given name the rules dropped, the rest of a name they cut), never
  // take words off it: where the rules trim a run, they read the text around it, which the tagger does not.
  const start = Math.min(spanFirst, ruled.first)
  const end = mode === 'vote-start' ? ruled.last : Math.max(spanLast, ruled.last)
  if (start === ruled.first && end === ruled.last) return ruled
  if (!addsOnlyNameWords(doc, persons, start, ruled.first - 1) || !addsOnlyNameWords(doc, persons, ruled.last + 1, end)) return ruled
  return persons.tagger.personMargin(persons.decoding, ruled.first, ruled.last) >= requiredMargin ? {first: start, last: end} : ruled
}

/**
 * Whether the words from `from` to `to` may join a name: none written in capitals (an acronym: `UKM`, `KAI`), none
 * opening a sentence or quote, and
 * none the text writes elsewhere outside a person's name as the tagger reads it (`Bukalapak` of `CEO Bukalapak …`
 * standing alone in another sentence) — the text's own evidence, as the rule reader reads it (name-start.ts).
 */
function addsOnlyNameWords(doc: AnalysedText, persons: TaggedPersons, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const token = doc.tokens[j]!
    if (!token.word) continue
    // A capital the word owes to its place (a sentence's or quote's opening) says nothing of a name: the rules decide.
    if (token.allCaps || capitalizedByPosition(doc, j)) return false
    const others = doc.capitals.get(token.lower) ?? []
    for (let i = 0; i < others.length && i < 64; i++) if (others[i] !== j && persons.first[others[i]!]! < 0) return false
  }
  return true
}
