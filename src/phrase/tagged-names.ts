/**
 * The trained name reader's people (src/names) as the phrase readers see
 * them: which tokens of a document the tagger calls a person's name, and
 * where a person's name lies in a phrase when the rule reader and the tagger
 * are read together (`nameReader`).
 */
import type {AnalysedText} from '../extract/document.ts'
import {runsOf} from '../names/labels.ts'
import {nameTaggerFor, type DecodedStretch, type NameTagger} from '../names/tagger.ts'
import type {TokenRange} from './speaker-phrase.ts'
import {isUnitNumeral} from './name-start.ts'
import {continuesField} from './unit-title.ts'
import {capitalizedByPosition} from './words.ts'
import {sentenceStart} from '../extract/sentences.ts'

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

/**
 * The tagger's person spans by token (for the stretches decoded so far); per token, the stretch decoded around it,
 * and the last decoded stretches themselves.
 */
interface TaggedPersons {
  /** Token → the first and last token of the person span holding it (only tokens inside one: few of a text). */
  spans: Map<number, {first: number; last: number}>
  /** Per token: 0 not decoded yet, 1 `O` without decoding (far from capitals), else 2 + the first token of its stretch. */
  stretchOf: Int32Array
  /** The stretches decoded last (at most `keptDecodings`), by their first token (src/names/tagger.ts DecodedStretch, in the sentence's indices). */
  decodings: Map<number, DecodedStretch>
  tagger: NameTagger
}

/**
 * Decodings kept per document: a phrase asks for the margin in its own stretch right after decoding it, so the last
 * few serve nearly every ask; an older one is decoded again when asked (the same numbers). Keeping them all held
 * some 500 bytes per token (a Float64Array of every tagged sentence), gigabytes on one long text.
 */
const keptDecodings = 256

/**
 * How sure the tagger must be to move an end of the rule reader's name: how much better its best tagging must score
 * than its best tagging with the rules' span as the person (`personMargin`, src/names/tagger.ts).
 */
const defaultMargin = 50
const margin = Number(typeof process === 'undefined' ? NaN : process.env['KUTIP_NAME_MARGIN'] ?? NaN)
const requiredMargin = Number.isFinite(margin) ? margin : defaultMargin

// The stretches of a document's sentences are decoded as phrases in them ask (most sentences hold no speaker, most
// stretches no phrase), each once; the answers are dropped with the document.
const taggedDocs = new WeakMap<AnalysedText, TaggedPersons | null>()

function personsOf(doc: AnalysedText): TaggedPersons | null {
  if (taggedDocs.has(doc)) return taggedDocs.get(doc)!
  const knowledge = doc.language.names
  const answer: TaggedPersons | null = knowledge ? {
    spans: new Map(),
    stretchOf: new Int32Array(doc.tokens.length),
    decodings: new Map(),
    tagger: nameTaggerFor(knowledge)
  } : null
  taggedDocs.set(doc, answer)
  return answer
}

/**
 * Tags the tokens `from` to `to`, those not tagged yet: decodes the stretch around each (src/names/tagger.ts
 * `stretchAt`: within its sentence, the same tags as decoding the whole sentence).
 */
function tagSentences(doc: AnalysedText, persons: TaggedPersons, from: number, to: number): void {
  for (let j = from; j <= to; j++) {
    if (persons.stretchOf[j] !== 0 || doc.sentenceOf[j]! < 0) continue
    const decoded = decodeStretch(doc, persons, j)
    if (!decoded) {
      persons.stretchOf[j] = 1
      continue
    }
    const offset = sentenceStart(doc, j)
    persons.stretchOf.fill(2 + offset + decoded.first, offset + decoded.first, offset + decoded.stop)
    for (const span of runsOf(decoded.tags, offset + decoded.first)) {
      if (span.kind !== 'PER') continue
      const range = {first: span.first, last: span.last}
      for (let k = span.first; k <= span.last; k++) persons.spans.set(k, range)
    }
  }
}

/** Decodes the stretch around token `j` in its sentence, keeping it among the last ones; null where it is `O` undecoded. */
function decodeStretch(doc: AnalysedText, persons: TaggedPersons, j: number): DecodedStretch | null {
  const sentence = doc.sentences[doc.sentenceOf[j]!]!
  const decoded = persons.tagger.stretchAt(doc.tokens.slice(sentence.first, sentence.last + 1), j - sentence.first)
  if (!decoded) return null
  persons.decodings.set(sentence.first + decoded.first, decoded)
  if (persons.decodings.size > keptDecodings) persons.decodings.delete(persons.decodings.keys().next().value!)
  return decoded
}

/** The tagger's margin against the rules' span `[first, last]` (`personMargin`), within its decoded stretch. */
function marginAgainst(doc: AnalysedText, persons: TaggedPersons, first: number, last: number): number {
  const stretch = persons.stretchOf[first]!
  if (stretch < 2 || persons.stretchOf[last] !== stretch || doc.sentenceOf[last] !== doc.sentenceOf[first]) return Infinity
  const decoded = persons.decodings.get(stretch - 2) ?? decodeStretch(doc, persons, first)!
  const offset = sentenceStart(doc, first)
  return persons.tagger.marginIn(decoded, first - offset, last - offset)
}

/** The tagger's last person in `[first, last]`, clipped to it; null when it names none there. */
function lastTaggedPerson(persons: TaggedPersons, first: number, last: number): TokenRange | null {
  for (let j = last; j >= first; j--) {
    const span = persons.spans.get(j)
    if (span !== undefined) return {first: Math.max(span.first, first), last: j}
  }
  return null
}

/**
 * The tagger's person ending where the run `[first, last]` ends and starting inside it, where the run follows a unit's
 * connector and may open with the unit's last field, so the rules cannot tell where the name starts (unit-title.ts
 * `continuesField`: `Deputi Bidang Ketersediaan dan Distribusi Pangan Bapanas Budi Santoso`); null elsewhere, with the
 * rule reader alone, or where the tagger names no such person.
 */
export function taggedNameEnding(doc: AnalysedText, first: number, last: number): TokenRange | null {
  if (mode === 'rules' || !continuesField(doc, first, last)) return null
  const persons = personsOf(doc)
  if (!persons) return null
  tagSentences(doc, persons, first, last)
  const span = persons.spans.get(last)
  return span !== undefined && span.last === last && span.first > first ? {first: span.first, last} : null
}

/**
 * The name in the phrase `[first, last]` by the current name reader, given the rule reader's run (`ruled`, null
 * when the rules find none).
 */
export function chosenNameRun(doc: AnalysedText, first: number, last: number, ruled: TokenRange | null): TokenRange | null {
  if (mode === 'rules') return ruled
  // A rules' name that fills the phrase is what the vote gives (the tagger's span is clipped to the phrase and never
  // takes words off): no need to tag the sentence (most phrases at a cue are a bare name: `kata Budi`).
  if (mode !== 'tagger' && (!ruled || (ruled.first === first && ruled.last === last))) return ruled
  const persons = personsOf(doc)
  if (!persons) return ruled
  tagSentences(doc, persons, first, last)
  if (mode === 'tagger') return lastTaggedPerson(persons, first, last)
  if (!ruled) return null
  // The tagger's person overlapping the rules' run, the last one where several do.
  const overlap = lastTaggedPerson(persons, ruled.first, ruled.last)
  if (!overlap) return ruled
  const span = persons.spans.get(overlap.last)!
  const spanFirst = Math.max(span.first, first)
  const spanLast = Math.min(span.last, last)
  // The tagger may add words to the rules' name (a given name the rules dropped, the rest of a name they cut), never
  // take words off it: where the rules trim a run, they read the text around it, which the tagger does not.
  const start = Math.min(spanFirst, ruled.first)
  const end = mode === 'vote-start' ? ruled.last : Math.max(spanLast, ruled.last)
  if (start === ruled.first && end === ruled.last) return ruled
  if (start < ruled.first && calledByLaterWord(doc, ruled)) return ruled
  // The margin first: it reads this sentence's decoding, where the word checks may tag other sentences.
  if (marginAgainst(doc, persons, ruled.first, ruled.last) < requiredMargin) return ruled
  if (!addsOnlyNameWords(doc, persons, start, ruled.first - 1) || !addsOnlyNameWords(doc, persons, ruled.last + 1, end)) return ruled
  return {first: start, last: end}
}

/**
 * Whether the text calls the person by a later word of the rules' name (`Muhammad Fikri Hasan` beside `kata Fikri`):
 * then the rules read where the name starts from the text itself (name-start.ts), and the tagger adds nothing before.
 */
function calledByLaterWord(doc: AnalysedText, ruled: TokenRange): boolean {
  for (let j = ruled.first + 1; j <= ruled.last; j++) if (doc.shortNames.has(doc.tokens.at(j)!.lower)) return true
  return false
}

/**
 * Whether the words from `from` to `to` may join a name: none written in capitals (an acronym: `UKM`, `KAI`), none
 * opening a sentence or quote, and
 * none the text writes elsewhere outside a person's name as the tagger reads it (`Bukalapak` of `CEO Bukalapak …`
 * standing alone in another sentence) — the text's own evidence, as the rule reader reads it (name-start.ts).
 */
function addsOnlyNameWords(doc: AnalysedText, persons: TaggedPersons, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const token = doc.tokens.at(j)!
    if (!token.word) continue
    // A capital the word owes to its place (a sentence's or quote's opening) says nothing of a name: the rules decide.
    if (token.allCaps || capitalizedByPosition(doc, j)) return false
    // Nor the number of a unit (`Wilayah V`).
    if (isUnitNumeral(doc, j)) return false
    const others = doc.capitals.get(token.lower) ?? []
    for (let i = 0; i < others.length && i < 64; i++) {
      const other = others[i]!
      if (other === j) continue
      tagSentences(doc, persons, other, other)
      if (!persons.spans.has(other)) return false
    }
  }
  return true
}
