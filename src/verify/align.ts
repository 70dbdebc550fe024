/**
 * Aligning a quotation with a source region, word by word (the `diff`
 * package's array diff on normalised words), and reading the differences the
 * way a style guide does:
 *
 * - source words missing where the quote marks an omission (`…`, `(...)`) and
 *   words the quote adds inside brackets (`(kami)`) are *marked edits*;
 * - a capital or small first letter changed at the start of the quote is a
 *   marked edit too;
 * - any other word added, dropped or changed is an *unmarked change*.
 *
 * Source words before the quote's first word and after its last are not
 * differences: quoting part of a statement is allowed.
 */
import {diffArrays} from 'diff'
import type {SourceIndex} from './source-index.ts'
import type {Candidate} from './candidates.ts'
import {locateWindow} from './window.ts'
import type {Word} from '../text/words.ts'

/** One step of the word diff: `insert` = in the quote, not the source; `delete` = in the source, not the quote. */
export interface DiffStep {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export type Edit = 'omission' | 'insertion' | 'case'

export type TextMatch = 'verbatim' | 'edited' | 'altered'

/** Words of a quote that differ from its source without marking. */
export interface WordChanges {
  /** Source words the quote replaced by others. */
  replaced: number
  /** Quote words the source does not have. */
  added: number
  /** Source words the quote left out. */
  dropped: number
}

export interface Alignment {
  document: number
  /** The source words the quote corresponds to, as plain-text offsets. */
  start: number
  end: number
  steps: DiffStep[]
  match: TextMatch
  /** The marked edits found (for `edited`). */
  edits: Edit[]
  /** Unmarked changes (for `altered`): words replaced, added and dropped. */
  changes: WordChanges
  /** Share of the quote's own (unbracketed) words found in order in the source, 0..1. */
  score: number
}

interface Run {
  op: DiffStep['op']
  words: Word[]
  /** For an equal run joined from differently spaced words: how many quote words it stands for. */
  quoteCount?: number
}

function runsOf(source: Word[], quote: Word[]): Run[] {
  const changes = diffArrays(source, quote, {comparator: (a, b) => a.norm === b.norm})
  const runs: Run[] = []
  let sourceAt = 0
  let quoteAt = 0
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (change.added) {
      runs.push({op: 'insert', words: quote.slice(quoteAt, quoteAt + count)})
      quoteAt += count
    } else if (change.removed) {
      runs.push({op: 'delete', words: source.slice(sourceAt, sourceAt + count)})
      sourceAt += count
    } else {
      // Equal runs keep the source's words: their offsets make the source span.
      runs.push({op: 'equal', words: source.slice(sourceAt, sourceAt + count)})
      sourceAt += count
      quoteAt += count
    }
  }
  return runs
}

/**
 * Myers may match a repeated word before the real start of the quote
 * (`Jalur sepeda [-diperluas Jalur sepeda-] akan …`). Slide such a deletion
 * towards the edge while the words allow, so it becomes an edge of the
 * source region (which is not a difference) instead of an omission.
 */
function slideEdgeDeletions(runs: Run[]): void {
  const [first, second, third] = runs
  if (first?.op === 'equal' && second?.op === 'delete' && third?.op === 'equal') {
    while (first.words.length > 0 && first.words.at(-1)!.norm === second.words.at(-1)!.norm) {
      third.words.unshift(second.words.pop()!)
      second.words.unshift(first.words.pop()!)
    }
    if (first.words.length === 0) runs.shift()
  }
  const [last, beforeLast, third2] = [runs.at(-1), runs.at(-2), runs.at(-3)]
  if (last?.op === 'equal' && beforeLast?.op === 'delete' && third2?.op === 'equal' && runs.length >= 3) {
    while (last.words.length > 0 && last.words[0].norm === beforeLast.words[0].norm) {
      third2.words.push(beforeLast.words.shift()!)
      beforeLast.words.push(last.words.shift()!)
    }
    if (last.words.length === 0) runs.pop()
  }
}

/**
 * White space is normalised: words split or joined differently (`dirumah` /
 * `di rumah`) are the same words. A replacement whose two sides spell the
 * same letters becomes an equal run (with the source's words).
 */
function joinSpacingVariants(runs: Run[]): void {
  for (let step = 0; step + 1 < runs.length; step++) {
    const [a, b] = [runs[step], runs[step + 1]]
    const pair = a.op === 'delete' && b.op === 'insert' ? [a, b] : a.op === 'insert' && b.op === 'delete' ? [b, a] : null
    if (pair === null) continue
    const [deleted, inserted] = pair
    if (inserted.words.some((word) => word.bracketed)) continue
    if (deleted.words.map((word) => word.norm).join('') !== inserted.words.map((word) => word.norm).join('')) continue
    runs.splice(step, 2, {op: 'equal', words: deleted.words, quoteCount: inserted.words.length})
  }
}

function onlyBracketed(run: Run | undefined): boolean {
  return run !== undefined && run.op === 'insert' && run.words.every((word) => word.bracketed)
}

/**
 * Whether source words lie outside the source's quote marks, between two
 * parts of one split quote (`"…," kata Budi, "…"`): joining the parts leaves
 * them out without changing the speaker's words. Only a short stretch (a cue,
 * at most 12 words) counts: two separate quotes joined are still a change.
 */
function betweenQuoteParts(source: string, before: Word | undefined, after: Word | undefined): boolean {
  if (before === undefined || after === undefined) return false
  let marks = 0
  for (let at = before.end; at < after.start && marks < 2; at++) if (quoteMarks.has(source[at])) marks++
  return marks >= 2
}

const quoteMarks = new Set(['"', '“', '”', '„', '«', '»'])

/** Whether source words stand inside brackets in the source itself (`(harus)`). */
function bracketedInSource(source: string, words: Word[]): boolean {
  if (words.length === 0) return false
  let at = words[0].start - 1
  while (at >= 0 && /[ \t]/.test(source[at])) at--
  return source[at] === '(' || source[at] === '['
}

function sameLetterOtherCase(a: string, b: string): boolean {
  return a !== b && a.toLowerCase() === b.toLowerCase()
}

/**
 * Align a quotation (its words, as read by `quoteWords`) with a candidate
 * region. `quoteText` and `offset` let the first letter's case be compared.
 */
export function align(
  index: SourceIndex,
  candidate: Candidate,
  quote: Word[],
  quoteText: string,
  quoteOffset: number,
  marks: {gapAtStart: boolean; gapAtEnd: boolean} = {gapAtStart: false, gapAtEnd: false}
): Alignment | null {
  const region = index.wordsBetween(candidate.document, candidate.from, candidate.to)
  const window = locateWindow(region, quote)
  const sourceWords = region.slice(window.from, window.to)
  const runs = runsOf(sourceWords, quote)
  // Brackets the source has too are the speaker's own, not an editor's:
  // a bracket group with any word found in the source holds no insertion.
  const sourcedGroups = new Set<number>()
  let quoteIndex = 0
  for (const run of runs) {
    if (run.op === 'delete') continue
    for (let offset = 0; offset < run.words.length; offset++) {
      const group = quote[quoteIndex + offset].bracketGroup
      if (run.op === 'equal' && group !== undefined) sourcedGroups.add(group)
    }
    quoteIndex += run.words.length
  }
  for (const run of runs) {
    if (run.op !== 'insert') continue
    run.words = run.words.map((word) =>
      word.bracketGroup !== undefined && sourcedGroups.has(word.bracketGroup) ? {...word, bracketed: false} : word
    )
  }
  slideEdgeDeletions(runs)
  // Source words around the quote are not differences, unless a bracketed
  // insertion stands in for them (`(Pemerintah) sudah …` for `Kami sudah …`).
  // Keep as many source words as the insertion has words.
  while (runs.length > 0 && runs[0].op === 'delete') {
    if (!onlyBracketed(runs[1])) runs.shift()
    else {
      runs[0].words = runs[0].words.slice(-runs[1].words.length)
      break
    }
  }
  while (runs.length > 0 && runs.at(-1)!.op === 'delete') {
    if (!onlyBracketed(runs.at(-2))) runs.pop()
    else {
      runs.at(-1)!.words = runs.at(-1)!.words.slice(0, runs.at(-2)!.words.length)
      break
    }
  }
  const equalRuns = runs.filter((run) => run.op === 'equal')
  if (equalRuns.length === 0) return null

  const sourceText = index.documents[candidate.document].text
  joinSpacingVariants(runs)
  const edits = new Set<Edit>()
  let added = 0
  let dropped = 0
  let matched = 0
  let quoteAt = 0
  const unmarkedIn = new Map<Run, number>()
  for (let step = 0; step < runs.length; step++) {
    const run = runs[step]
    if (run.op === 'equal') {
      matched += run.quoteCount ?? run.words.length
      quoteAt += run.quoteCount ?? run.words.length
    } else if (run.op === 'insert') {
      // A bracketed word standing for bracketed source words changes the speaker's own brackets.
      const replacesBracketed = [runs[step - 1], runs[step + 1]].some((other) => other?.op === 'delete' && bracketedInSource(sourceText, other.words))
      const bracketed = replacesBracketed ? 0 : run.words.filter((word) => word.bracketed).length
      if (bracketed > 0) edits.add('insertion')
      unmarkedIn.set(run, run.words.length - bracketed)
      added += run.words.length - bracketed
      quoteAt += run.words.length
    } else {
      const next = quote[quoteAt]
      const before = runs[step - 1]?.op === 'equal' ? runs[step - 1].words.at(-1) : undefined
      const after = runs[step + 1]?.op === 'equal' ? runs[step + 1].words[0] : undefined
      if (run.words.length <= 12 && betweenQuoteParts(sourceText, before, after)) continue
      if (next !== undefined && next.gapBefore) edits.add('omission')
      else if ((onlyBracketed(runs[step - 1]) || onlyBracketed(runs[step + 1])) && !bracketedInSource(sourceText, run.words)) {
        edits.add('insertion')
      } else {
        unmarkedIn.set(run, run.words.length)
        dropped += run.words.length
      }
    }
  }
  // A word dropped next to a word added is one word replaced.
  let replaced = 0
  for (let step = 0; step + 1 < runs.length; step++) {
    const [a, b] = [runs[step], runs[step + 1]]
    if ((a.op === 'delete' && b.op === 'insert') || (a.op === 'insert' && b.op === 'delete')) {
      const pairs = Math.min(unmarkedIn.get(a) ?? 0, unmarkedIn.get(b) ?? 0)
      replaced += pairs
      added -= pairs
      dropped -= pairs
      step++
    }
  }
  const unmarked = replaced + added + dropped

  // An omission mark at either end shows that the quote is cut there.
  if (marks.gapAtStart || marks.gapAtEnd) edits.add('omission')
  const firstRun = runs[0]
  if (firstRun.op === 'equal' && quote.length > 0 && firstRun.words.length > 0) {
    const quoted = quoteText.charAt(quote[0].start - quoteOffset)
    const original = sourceText.charAt(firstRun.words[0].start)
    if (sameLetterOtherCase(quoted, original)) edits.add('case')
  }

  const spanWords = runs.filter((run) => run.op !== 'insert').flatMap((run) => run.words)
  const unbracketed = quote.filter((word) => !word.bracketed).length
  const steps: DiffStep[] = runs.map((run) => ({
    op: run.op,
    text: run.op === 'insert'
      ? run.words.map((word) => quoteText.slice(word.start - quoteOffset, word.end - quoteOffset)).join(' ')
      : run.words.map((word) => sourceText.slice(word.start, word.end)).join(' ')
  }))
  return {
    document: candidate.document,
    start: spanWords[0].start,
    end: spanWords.at(-1)!.end,
    steps,
    match: unmarked > 0 ? 'altered' : edits.size > 0 ? 'edited' : 'verbatim',
    edits: [...edits],
    changes: {replaced, added, dropped},
    score: unbracketed === 0 ? 0 : Math.min(1, matched / unbracketed)
  }
}
