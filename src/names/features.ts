/**
 * The features of the name reader. Every feature is a function of ONE word
 * (its letters, shape, affixes, lexicon classes, word sets) seen from one
 * place around the word being tagged: itself, one or two words to the left or
 * right, or itself at the start of a sentence. So a word's contribution to the
 * scores can be computed once per distinct word and cached (src/names/tagger.ts),
 * and tagging is a sum of a few cached vectors per token.
 *
 * The previous tag is the transition score of the Viterbi decoder.
 */
import type {NameReaderKnowledge} from '../lang/name-reader.ts'
import {hash32} from './hash.ts'

/** What the features read of a token (the engine's Token has all of it). */
export interface WordView {
  text: string
  lower: string
  word: boolean
  capitalized: boolean
  allCaps: boolean
}

/** Where a word stands relative to the token being tagged. */
export const enum Slot {
  Self = 0,
  Left1 = 1,
  Left2 = 2,
  Right1 = 3,
  Right2 = 4,
  /** The tagged token itself, when it opens a sentence or a quotation. */
  Start = 5
}

export const slotCount = 6

/** How a slot is written when a feature is shown (`<w=kata`: the word before is `kata`). */
export const slotPrefix: readonly string[] = ['', '<', '<<', '>', '>>', '^']

const all = 0b111111
const selfOnly = 1 << Slot.Self
const nearby = (1 << Slot.Self) | (1 << Slot.Left1) | (1 << Slot.Right1)
const nearbyAndStart = nearby | (1 << Slot.Start)

/** Which feature groups a model was trained with (the tagger must use the same). */
export interface FeatureOptions {
  /** Lexicon classes from the language (`rank`, `role`, `cue-inverted`, …). */
  lexicon: boolean
  /** Membership in the word sets carried by the model (gazetteer names, common lower-case words). */
  wordSets: boolean
}

/** Word sets a model carries, by name: lower-case words, as hash32 keys. */
export type WordSets = ReadonlyMap<string, ReadonlySet<number>>

export interface FeatureContext {
  knowledge: NameReaderKnowledge
  options: FeatureOptions
  sets: WordSets
}

/** Changes whenever a feature below changes: a model records it, and a tagger refuses a model made for other features. */
export const featureVersion = 'names-features-7'

/** Fillers for the places left and right of a sentence's ends. */
export const sentenceStart: WordView = {text: '<s>', lower: '<s>', word: false, capitalized: false, allCaps: false}
export const sentenceEnd: WordView = {text: '</s>', lower: '</s>', word: false, capitalized: false, allCaps: false}

/** Quote marks and dashes of every kind as one (`”`, `“`, `«` → `"`; `’` → `'`; `–`, `—` → `-`): outlets differ in marks, not in names. */
export function normalisedMark(text: string): string {
  if (text.length !== 1) return text
  switch (text) {
    case '“':
    case '”':
    case '„':
    case '«':
    case '»':
      return '"'
    case '‘':
    case '’':
      return "'"
    case '–':
    case '—':
      return '-'
    default:
      return text
  }
}

/** `Budi` → `Xx`, `SpPD-KEMD` → `XxX-X`, `2020` → `d`, `M` → `X`: character classes, runs collapsed. */
export function shapeOf(text: string): string {
  let shape = ''
  let last = ''
  for (let index = 0; index < text.length && shape.length < 12; index++) {
    const code = text.charCodeAt(index)
    let kind: string
    if (code >= 48 && code <= 57) kind = 'd'
    else if (code >= 65 && code <= 90) kind = 'X'
    else if (code >= 97 && code <= 122) kind = 'x'
    else if (code < 128) kind = text[index]!
    else {
      const char = text[index]!
      kind = char !== char.toLowerCase() ? 'X' : char !== char.toUpperCase() ? 'x' : char
    }
    if (kind !== last) shape += kind
    last = kind
  }
  return shape
}

function lengthBucket(length: number): string {
  return length <= 3 ? String(length) : length <= 6 ? 'm' : 'l'
}

/** The lexicon classes of a word and, for `SpPD-KEMD` or `M.Kes`, of its parts. */
function classesOf(view: WordView, context: FeatureContext): string[] {
  const classes = [...(context.knowledge.wordClasses.get(view.lower) ?? [])]
  if (view.word && (view.lower.includes('-') || view.lower.includes('.'))) {
    for (const part of view.lower.split(/[-.]/u)) {
      for (const wordClass of context.knowledge.wordClasses.get(part) ?? []) classes.push('part-' + wordClass)
    }
  }
  return classes
}

function setsOf(view: WordView, context: FeatureContext): string[] {
  if (!context.options.wordSets || !view.word) return []
  const key = hash32(view.lower)
  const found: string[] = []
  for (const [name, set] of context.sets) if (set.has(key)) found.push(name)
  return found
}

/**
 * The features of one word: each a string and the slots (bit mask of Slot) in
 * which it counts. A token's features are those of its own word in Slot.Self
 * (and Slot.Start at a sentence's opening) and its neighbours' in the Left and
 * Right slots.
 */
export function wordFeatures(view: WordView, context: FeatureContext): Array<[slots: number, feature: string]> {
  const text = view.word ? view.text : normalisedMark(view.text)
  const lower = view.word ? view.lower : text
  const shape = view.word ? shapeOf(text) : text
  const features: Array<[number, string]> = [
    [selfOnly, 'bias'],
    [all, 'w=' + lower],
    [selfOnly, 'len=' + lengthBucket(text.length) + shape.slice(0, 1)]
  ]
  // A mark's shape is the mark itself: one feature is enough.
  if (view.word) features.push([all, 'sh=' + shape])
  const sets = setsOf(view, context)
  if (view.word && text.length === 1 && view.capitalized) features.push([nearby, 'initial'])
  if (view.allCaps) features.push([nearby, 'caps'])
  for (const set of sets) {
    features.push([nearbyAndStart, 'set=' + set])
    if (view.capitalized) features.push([nearby, 'cap-' + set])
  }
  const classes = context.options.lexicon ? classesOf(view, context) : []
  for (const wordClass of classes) features.push([all, 'c=' + wordClass])
  // A capitalised word no lexicon or word set knows: a new name, or a new word of one.
  if (view.word && view.capitalized && classes.length === 0 && sets.length === 0) features.push([nearbyAndStart, 'unknown'])
  if (view.word && lower.length >= 4) {
    for (let n = 2; n <= 4 && n < lower.length; n++) features.push([selfOnly, `p${n}=` + lower.slice(0, n)], [selfOnly, `s${n}=` + lower.slice(-n)])
    for (const prefix of context.knowledge.prefixes) {
      if (lower.length >= prefix.length + 3 && lower.startsWith(prefix)) features.push([selfOnly, 'pre=' + prefix])
    }
    for (const suffix of context.knowledge.suffixes) {
      if (lower.length >= suffix.length + 3 && lower.endsWith(suffix)) features.push([selfOnly, 'suf=' + suffix])
    }
  }
  return features
}

/** The key of a feature in a slot: hash32 of the feature, mixed with the slot (murmur3's finaliser). */
export function slotKey(featureHash: number, slot: number): number {
  let hash = (featureHash ^ Math.imul(slot, 0x9e3779b1)) >>> 0
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}

/** Calls `visit(slot, key)` for each of a word's feature keys. */
export function forEachKey(view: WordView, context: FeatureContext, visit: (slot: number, key: number) => void): void {
  for (const [slots, feature] of wordFeatures(view, context)) {
    const hash = hash32(feature)
    for (let slot = 0; slot < slotCount; slot++) if (slots & (1 << slot)) visit(slot, slotKey(hash, slot))
  }
}

/** A word's feature keys, per slot. */
export function wordKeys(view: WordView, context: FeatureContext): number[][] {
  const bySlot: number[][] = Array.from({length: slotCount}, () => [])
  forEachKey(view, context, (slot, key) => bySlot[slot]!.push(key))
  return bySlot
}

/** Opening marks after which a capital is the sentence's, not a name's: " “ ” ‘ ' « ( : - – —. */
const openers = new Set([0x22, 0x201c, 0x201d, 0x2018, 0x27, 0xab, 0x28, 0x3a, 0x2d, 0x2013, 0x2014])

/** Whether the token at `index` opens a sentence or a quotation (`first`: the sentence's first token). */
export function opensSentence(tokens: readonly WordView[], index: number, first: number): boolean {
  if (index === first) return true
  const previous = tokens[index - 1]!.text
  return previous.length === 1 && openers.has(previous.charCodeAt(0))
}

/** slotSource: the filler before a sentence, the filler after it, no word (Slot.Start of a token that opens nothing). */
export const beforeSentence = -1
export const afterSentence = -2
export const noWord = -3

/**
 * Which token's word fills `slot` for the token at `index` of the sentence
 * `[first, end)`: a token index, `beforeSentence` / `afterSentence` past the
 * sentence's ends, or `noWord` for Slot.Start when the token opens no sentence.
 * Training and tagging both read a token's features through this one function.
 */
export function slotSource(tokens: readonly WordView[], first: number, end: number, index: number, slot: Slot): number {
  switch (slot) {
    case Slot.Self:
      return index
    case Slot.Left1:
      return index - 1 >= first ? index - 1 : beforeSentence
    case Slot.Left2:
      return index - 2 >= first ? index - 2 : beforeSentence
    case Slot.Right1:
      return index + 1 < end ? index + 1 : afterSentence
    case Slot.Right2:
      return index + 2 < end ? index + 2 : afterSentence
    default:
      return opensSentence(tokens, index, first) ? index : noWord
  }
}

/**
 * Features of a token's place in its run of capitalised words (`Ketua Dewan
 * Pers Nasional Rina Kusuma mengatakan`): how far from the run's start and
 * end it stands, what comes before and after the run (a cue verb, a comma, a
 * quote mark …), and the run's length. They do not depend on the token's own
 * word, so each is one of a few hundred codes (`contextCodeCount`), three a token.
 */
export const contextCodeCount = 163
const notInRun = 162

/**
 * What a word is when it stands next to a run: 1 `,`, 2 `.!?`, 3 `(`, 4 `)`, 5 a quote mark, 6 a cue word,
 * 7 a derived lower-case word (meN-, di-), 8 another lower-case word, 9 anything else (0 is the sentence's edge).
 */
export function neighbourKind(token: WordView, context: FeatureContext): number {
  if (!token.word) {
    const mark = normalisedMark(token.text)
    if (mark === ',') return 1
    if (mark === '.' || mark === '!' || mark === '?') return 2
    if (mark === '(') return 3
    if (mark === ')') return 4
    if (mark === '"' || mark === "'") return 5
    return 9
  }
  if (token.capitalized) return 9
  if (context.options.lexicon && (context.knowledge.wordClasses.get(token.lower) ?? []).some((wordClass) => wordClass.startsWith('cue-') || wordClass === 'according')) return 6
  if (context.knowledge.prefixes.some((prefix) => prefix.length >= 2 && token.lower.length >= prefix.length + 3 && token.lower.startsWith(prefix))) return 7
  return /^\p{Ll}/u.test(token.lower) ? 8 : 9
}

/** Whether a token continues a run of capitalised words: a capitalised word, or the dot of an initial (`A. Rahman`). */
function inRun(tokens: readonly WordView[], index: number, first: number, end: number): boolean {
  const token = tokens[index]!
  if (token.word) return token.capitalized || token.allCaps
  if (token.text !== '.' || index === first || index + 1 >= end) return false
  const before = tokens[index - 1]!
  return before.word && before.text.length === 1 && before.capitalized && tokens[index + 1]!.word && tokens[index + 1]!.capitalized
}

/**
 * Writes each token's three context codes (`codes[3 * (index - first) + k]`) for the sentence `[first, end)`;
 * `kindOf(index)` is `neighbourKind` of the token at `index` (the tagger keeps it with each word's scores).
 */
export function contextCodes(tokens: readonly WordView[], first: number, end: number, kindOf: (index: number) => number, codes: Int32Array): void {
  let index = first
  while (index < end) {
    if (!inRun(tokens, index, first, end)) {
      const at = 3 * (index - first)
      codes[at] = codes[at + 1] = codes[at + 2] = notInRun
      index++
      continue
    }
    let last = index
    while (last + 1 < end && inRun(tokens, last + 1, first, end)) last++
    const before = index > first ? kindOf(index - 1) : 0
    const after = last + 1 < end ? kindOf(last + 1) : 0
    const length = Math.min(last - index + 1, 6) - 1
    for (let position = index; position <= last; position++) {
      const fromStart = Math.min(position - index, 5)
      const fromEnd = Math.min(last - position, 5)
      const at = 3 * (position - first)
      codes[at] = fromStart * 10 + before
      codes[at + 1] = 60 + fromEnd * 10 + after
      codes[at + 2] = 120 + length * 6 + fromEnd
    }
    index = last + 1
  }
}

/** The key of a context code's feature. */
export function contextKey(code: number): number {
  return slotKey(hash32('ctx=' + code), slotCount)
}
