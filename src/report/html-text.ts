/**
 * The article text as HTML with every quote highlighted in its speaker's
 * colour and linked to its row in the quotes table; cues and speaker mentions
 * underlined in the same colour. One sweep over the span boundaries with a
 * stack of open spans: O(text + spans log spans), even for 10k nested quotes.
 */
import type {Span} from '../contract/graph.ts'
import {escapeHtml} from './escape.ts'
import type {ReportWords} from './labels.ts'
import type {ArticleReport, QuoteRow} from './model.ts'
import {colourClass} from './palette.ts'

interface Mark {
  start: number
  end: number
  row: QuoteRow
  role: 'quote' | 'cue' | 'speaker'
}

/** The highlighted text; each highlight's tooltip (quote number, kind, speaker) in the report's words. */
export function highlightedText(article: ArticleReport, words: ReportWords): string {
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
  // By start; at the same start the longer first, so the shorter (inner) one lands on top of the stack.
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  const boundaries = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b)

  const out: string[] = []
  const labelled = new Set<QuoteRow>()
  // Open marks, latest-starting on top: for nested spans the top is the innermost. Marks that ended
  // under the top are dropped when they surface, so every mark is pushed and popped once.
  const open: Mark[] = []
  let next = 0
  for (let index = 0; index + 1 < boundaries.length; index++) {
    const from = boundaries[index]!
    const to = boundaries[index + 1]!
    while (next < marks.length && marks[next]!.start <= from) {
      if (marks[next]!.end > from) open.push(marks[next]!)
      next++
    }
    while (open.length > 0 && open[open.length - 1]!.end <= from) open.pop()
    const piece = escapeHtml(text.slice(from, to))
    const mark = open[open.length - 1]
    if (!mark) {
      out.push(piece)
      continue
    }
    const row = mark.row
    const id = mark.role === 'quote' && !labelled.has(row) ? ` id="${row.anchor}-text"` : ''
    if (id) labelled.add(row)
    const title = `${row.number}. ${words.kind(row.kind)} — ${row.speaker ? row.speaker.name : words.say('report.html.no-speaker')}`
    const classes = ['hl', mark.role === 'quote' ? row.kind : mark.role, colourClass(row.colour)]
    const below = open[open.length - 2]
    if (mark.role === 'quote' && below?.role === 'quote' && below.end > from) classes.push('nested')
    out.push(`<a${id} class="${classes.join(' ')}" href="#${row.anchor}" title="${escapeHtml(title)}">${piece}</a>`)
  }
  return out.join('')
}
