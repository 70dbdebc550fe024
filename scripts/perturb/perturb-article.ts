/**
 * One article → one draft with its quotes perturbed, the way a careless
 * rewrite would: a word substituted or dropped inside a quote (altered), the
 * named speaker replaced by another speaker of the same article (swapped),
 * or nothing (untouched). The gold quote spans choose *what* to perturb —
 * they are the benchmark's ground truth; verification never sees them.
 */
import {words, type Word} from '../../src/text/words.ts'
import {isContentWord} from '../../src/verify/stopwords.ts'
import {speakerNamed, compareSpeakers} from '../../src/verify/speaker-match.ts'
import type {Article, GoldQuote} from './corpus.ts'

export type Perturbation = 'substituted' | 'dropped' | 'swapped' | 'untouched' | 'carried'

export interface Case {
  perturbation: Perturbation
  gold: GoldQuote
  /** The quote's words in the draft (quote marks trimmed). */
  draftSpan: {start: number; end: number}
  /** What was done, for people: `dua → tiga`, `-tambahan`, `Anies → Riza Patria`. */
  change: string
}

interface Edit {
  start: number
  end: number
  replacement: string
}

/** Words inside the quote marks of a gold content span. */
function innerWords(article: Article, quote: GoldQuote): Word[] {
  return words(quote.content.text, quote.content.start)
}

/** Words inside the quote (not its first or last) that stand alone: not half of `undang-undang`. */
function interiorCandidates(inner: Word[], article: Article): Word[] {
  return inner
    .slice(1, -1)
    .filter((word) => /^\p{L}{3,}$/u.test(article.text.slice(word.start, word.end)))
    .filter((word) => article.text[word.start - 1] !== '-' && article.text[word.end] !== '-')
}

/**
 * Plan and apply the perturbations of one article. `balance` counts the
 * perturbations chosen so far (across articles): each quote gets the least
 * used perturbation it allows (ties broken at random), so the N of each stay close.
 */
export function perturbArticle(article: Article, next: () => number, balance: Record<Perturbation, number>): {draft: string; cases: Case[]} {
  const edits: Array<Edit & {quote: number}> = []
  const planned: Array<{quote: GoldQuote; perturbation: Perturbation; change: string}> = []
  // (perturbation is reassigned to 'carried' below)
  const vocabulary = [...new Set(words(article.text).map((word) => article.text.slice(word.start, word.end)))].filter(
    (word) => /^\p{Ll}{4,}$/u.test(word) && isContentWord(word)
  )
  const speakers = [...new Set(article.quotes.map((quote) => quote.speaker).filter((name): name is string => name !== null))]
  const overlaps = (start: number, end: number): boolean => edits.some((edit) => edit.start < end && start < edit.end)

  article.quotes.forEach((quote, index) => {
    const inner = innerWords(article, quote)
    const interior = interiorCandidates(inner, article)
    const alterable = inner.length >= 5 && interior.length > 0
    // Swap only a name standing at the quote (its sentence or cue): a name the
    // reader carries from earlier text is also the speaker of other quotes.
    const swappable =
      quote.speakerMention?.label === 'PERSON' &&
      quote.speakerHow === 'explicit' &&
      quote.speaker !== null &&
      !/["“”]/.test(quote.speakerMention.text)
    const others =
      swappable
        ? speakers.filter((name) => compareSpeakers(speakerNamed(name), speakerNamed(quote.speaker!)) === 'other')
        : []
    const choices: Perturbation[] = ['untouched']
    if (alterable) choices.push('substituted', 'dropped')
    if (others.length > 0) choices.push('swapped')
    const fewest = Math.min(...choices.map((choice) => balance[choice]))
    const least = choices.filter((choice) => balance[choice] === fewest)
    let perturbation = least[Math.floor(next() * least.length)]
    let change = ''
    if (perturbation === 'substituted') {
      const word = interior[Math.floor(next() * interior.length)]
      const original = article.text.slice(word.start, word.end)
      const pool = vocabulary.filter((candidate) => candidate.toLowerCase() !== original.toLowerCase() && !inner.some((w) => w.norm === candidate.toLowerCase()))
      if (pool.length === 0 || overlaps(word.start, word.end)) perturbation = 'untouched'
      else {
        let replacement = pool[Math.floor(next() * pool.length)]
        if (/^\p{Lu}/u.test(original)) replacement = replacement[0].toUpperCase() + replacement.slice(1)
        edits.push({start: word.start, end: word.end, replacement, quote: index})
        change = `${original} → ${replacement}`
      }
    } else if (perturbation === 'dropped') {
      const word = interior[Math.floor(next() * interior.length)]
      const start = /\s/.test(article.text[word.start - 1] ?? '') ? word.start - 1 : word.start
      if (overlaps(start, word.end)) perturbation = 'untouched'
      else {
        edits.push({start, end: word.end, replacement: '', quote: index})
        change = '-' + article.text.slice(word.start, word.end)
      }
    } else if (perturbation === 'swapped') {
      const mention = quote.speakerMention!
      const other = others[Math.floor(next() * others.length)]
      if (overlaps(mention.start, mention.end)) perturbation = 'untouched'
      else {
        edits.push({start: mention.start, end: mention.end, replacement: other, quote: index})
        change = `${mention.text} → ${other}`
      }
    }
    balance[perturbation]++
    planned.push({quote, perturbation, change})
  })

  edits.sort((a, b) => a.start - b.start)
  let draft = ''
  let at = 0
  for (const edit of edits) {
    draft += article.text.slice(at, edit.start) + edit.replacement
    at = edit.end
  }
  draft += article.text.slice(at)
  /** Offset in the draft of an offset in the article. */
  const mapped = (offset: number): number => {
    let shift = 0
    for (const edit of edits) {
      if (edit.end <= offset) shift += edit.replacement.length - (edit.end - edit.start)
    }
    return offset + shift
  }
  // An untouched quote whose speaker the reader carries from a swapped name
  // (`katanya` after `kata <swapped>`) is credited to the new name too.
  const swappedSpeakers = new Map<string, number>()
  for (const {quote, perturbation} of planned) {
    if (perturbation === 'swapped' && quote.speaker !== null) {
      swappedSpeakers.set(quote.speaker, Math.min(swappedSpeakers.get(quote.speaker) ?? Infinity, quote.content.start))
    }
  }
  for (const entry of planned) {
    const {quote} = entry
    const swappedAt = quote.speaker === null ? undefined : swappedSpeakers.get(quote.speaker)
    if (entry.perturbation === 'untouched' && quote.speakerHow === 'coref' && swappedAt !== undefined && swappedAt < quote.content.start) {
      entry.perturbation = 'carried'
      entry.change = 'speaker carried from a swapped name'
    }
  }
  const cases = planned.map(({quote, perturbation, change}) => {
    const inner = innerWords(article, quote)
    const start = inner.length > 0 ? inner[0].start : quote.content.start
    const end = inner.length > 0 ? inner.at(-1)!.end : quote.content.end
    return {perturbation, gold: quote, change, draftSpan: {start: mapped(start), end: mapped(end)}}
  })
  return {draft, cases}
}
