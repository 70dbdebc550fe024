/**
 * Gold from more than one outlet, as articles the quote scorer reads:
 * - our hand reading of Detik articles (gold/detik-dev.jsonl: offsets, cues and names only), joined with
 *   the text in ../shared/corpus/detik-dev.jsonl;
 * - the editors' readings of our own corpus/ (every quote's content is an exact substring of its article).
 * Each is scored on its own line, for quoted (direct, mixed) and reported (indirect) statements.
 */
import {existsSync, readFileSync} from 'node:fs'
import type {Article, GoldQuote, StatementKind} from './corpus.ts'
import type {ExpectedReading} from './facts.ts'

interface StoredSpan {
  start: number
  end: number
  text?: string
}

interface StoredQuote {
  kind: StatementKind
  content: StoredSpan
  cue: StoredSpan | null
  speakerMention: StoredSpan | null
  speaker: string | null
  speakerHow: 'explicit' | 'coref' | null
}

function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

/** Join stored gold (offsets) with the texts it was read from; an article whose text is missing is an error. */
export function loadOutletGold(goldFile: string, textsFile: string): Article[] {
  const texts = new Map(readJsonLines<{id: string; text: string}>(textsFile).map(({id, text}) => [id, text]))
  return readJsonLines<{id: string; quotes: StoredQuote[]}>(goldFile).map(({id, quotes}) => {
    const text = texts.get(id)
    if (text === undefined) throw new Error(`${goldFile}: no text for ${id} in ${textsFile}`)
    const span = (stored: StoredSpan) => ({start: stored.start, end: stored.end, text: text.slice(stored.start, stored.end)})
    return {
      id,
      text,
      quotes: quotes.map(
        (quote): GoldQuote => ({
          kind: quote.kind,
          content: span(quote.content),
          cue: quote.cue ? span(quote.cue) : null,
          speakerMention: quote.speakerMention ? span(quote.speakerMention) : null,
          speaker: quote.speaker,
          speakerHow: quote.speaker === null ? null : quote.speakerHow
        })
      ),
      unannotated: []
    }
  })
}

/** Anchor a string at or after `from`; -1 when absent. */
function anchor(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from)
  return at >= 0 ? at : text.indexOf(needle)
}

/**
 * An editor's reading (`*.expected.json`) as a gold article: each quote's content anchored in text order,
 * its cue at the nearest occurrence after the content (or before it), its speaker's name (anonymous and
 * group speakers identify nobody: null). Readings do not say how a speaker is carried: all count as explicit.
 */
export function readingAsArticle(id: string, text: string, reading: ExpectedReading): Article {
  const quotes: GoldQuote[] = []
  let from = 0
  for (const quote of reading.quotes ?? []) {
    const start = anchor(text, quote.content, from)
    if (start < 0) continue
    from = start
    const end = start + quote.content.length
    let cue = null
    if (quote.cue) {
      const after = text.indexOf(quote.cue, end)
      const before = text.lastIndexOf(quote.cue, start)
      const at = after >= 0 && (before < 0 || after - end <= start - before) ? after : before
      if (at >= 0) cue = {start: at, end: at + quote.cue.length, text: quote.cue}
    }
    const speaker = quote.speaker && (quote.speaker.type === 'person' || quote.speaker.type === 'organization' || quote.speaker.type === 'outlet') ? (quote.speaker.name ?? null) : null
    quotes.push({
      kind: quote.kind,
      content: {start, end, text: quote.content},
      cue,
      speakerMention: null,
      speaker,
      speakerHow: speaker === null ? null : 'explicit'
    })
  }
  return {id, text, quotes, unannotated: []}
}

export function readReading(file: string): ExpectedReading | null {
  if (!existsSync(file)) return null
  return JSON.parse(readFileSync(file, 'utf8')) as ExpectedReading
}
