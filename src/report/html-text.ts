/**
 * The article text as HTML with every quote highlighted in its speaker's
 * colour and linked to its row in the quotes table; cues and speaker mentions
 * underlined in the same colour. One sweep over the span boundaries, so the
 * cost stays linear in text plus spans even for long texts with many quotes.
 */
import type {Span} from '../graph/contract.ts'
import {escapeHtml} from './escape.ts'
import type {ArticleReport, QuoteRow} from './model.ts'
import {colourClass} from './palette.ts'

interface Mark {
  start: number
  end: number
  row: QuoteRow
  role: 'quote' | 'cue' | 'speaker'
}

export function highlightedText(article: ArticleReport): string {
  const text = article.text ?? ''
  const marks: Mark[] = []
  const add = (span: Span | null, row: QuoteRow, role: Mark['role']): void => {
    if (span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end) {
      marks.push({start: span.start, end: span.end, row, role})
    }
  }
  for (const row of article.quotes) {
    add(row.content, row, 'quote')
    add(row.cue, row, 'cue')
    add(row.speakerMention, row, 'speaker')
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  const boundaries = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b)

  const out: string[] = []
  const labelled = new Set<QuoteRow>()
  let active: Mark[] = []
  let next = 0
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const from = boundaries[index]!
    const to = boundaries[index + 1]!
    active = active.filter((mark) => mark.end > from)
    while (next < marks.length && marks[next]!.start <= from) {
      if (marks[next]!.end > from) active.push(marks[next]!)
      next++
    }
    const piece = escapeHtml(text.slice(from, to))
    if (active.length === 0) {
      out.push(piece)
      continue
    }
    // Innermost wins: a cue or a speaker mention over a quote, a shorter span over a longer one.
    const mark = active.reduce((best, candidate) => (innerThan(candidate, best) ? candidate : best))
    const row = mark.row
    const id = mark.role === 'quote' && !labelled.has(row) ? ` id="${row.anchor}-text"` : ''
    if (id) labelled.add(row)
    const title = `${row.number}. ${row.kind}${row.speaker ? ' — ' + row.speaker.name : ' — no speaker found'}`
    const classes = ['hl', mark.role === 'quote' ? row.kind : mark.role, colourClass(row.colour)]
    if (mark.role === 'quote' && active.some((other) => other !== mark && other.role === 'quote')) classes.push('nested')
    out.push(`<a${id} class="${classes.join(' ')}" href="#${row.anchor}" title="${escapeHtml(title)}">${piece}</a>`)
  }
  return out.join('')
}

function innerThan(a: Mark, b: Mark): boolean {
  if ((a.role === 'quote') !== (b.role === 'quote')) return a.role !== 'quote'
  return a.end - a.start < b.end - b.start
}
