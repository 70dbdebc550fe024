/**
 * The human summary of an attribution graph, printed by `kutip extract` and
 * `kutip report` when their output goes to a terminal (docs/cli.md, "First
 * run"): the outlet chain (publisher, dateline, source outlets, credits), then
 * one line per quote with its kind, speaker, cue and a short excerpt. Direct
 * and mixed quotes are shown between “…”; indirect speech is a paraphrase and
 * shown without quote marks. The JSON stays the contract; this is for people.
 *
 *   process.stdout.write(graphSummary(graph, {title: 'draft.txt', paint: painter(true), width: 100}))
 */
import type {Entity, Graph, Quote} from '../../contract/graph.ts'
import {painter, type Painter} from '../io/color.ts'
import type {MessageKey} from '../../lang/messages.ts'
import {say, sayCount} from '../io/locale.ts'

export interface SummaryOptions {
  /** The heading: the file's name (omitted when undefined). */
  title?: string
  paint?: Painter
  /** Terminal width in columns: excerpts are cut to fit (default 100). */
  width?: number
}

const speakerWidth = 24
const cueWidth = 12

export function graphSummary(graph: Graph, options: SummaryOptions = {}): string {
  const paint = options.paint ?? painter(false)
  const entities = new Map(graph.entities.map((entity) => [entity.id, entity]))
  const name = (id: string | null | undefined): string | undefined => (id ? entities.get(id)?.name : undefined)
  const lines: string[] = []
  if (options.title !== undefined) lines.push(paint.bold(options.title))

  const {publisher, dateline, sources, credits} = graph.document
  const chain: string[] = []
  if (publisher) chain.push(name(publisher) ?? publisher)
  if (dateline) chain.push(say('summary.dateline', {place: dateline.place}) + (dateline.outlet && dateline.outlet !== publisher ? ` (${name(dateline.outlet) ?? dateline.outlet})` : ''))
  const labelWidth = Math.max(8, ...(['summary.outlet', 'summary.sources', 'summary.credits', 'summary.quotes'] as const).map((key) => say(key).length + 1))
  const field = (key: MessageKey, value: string): string => `  ${paint.dim(say(key).padEnd(labelWidth))}${value}`
  lines.push(field('summary.outlet', chain.length > 0 ? chain.join(' · ') : paint.dim(say('summary.none-found'))))
  if (sources.length > 0) lines.push(field('summary.sources', sources.map((id) => name(id) ?? id).join(', ')))
  if (credits.length > 0) lines.push(field('summary.credits', credits.map((credit) => `${credit.role} ${credit.name}`).join(' · ')))

  const speakers = new Set(graph.quotes.map((quote) => quote.speaker).filter((id) => id !== null))
  const counts = (['direct', 'mixed', 'indirect'] as const)
    .map((kind) => [kind, graph.quotes.filter((quote) => quote.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${say(`report.kind.${kind}`)}`)
  lines.push(
    field(
      'summary.quotes',
      graph.quotes.length === 0
        ? paint.dim(say('summary.none-found'))
        : `${sayCount('summary.quote-count', graph.quotes.length)} (${counts.join(', ')}) · ${sayCount('summary.speaker-count', speakers.size)}`
    )
  )
  if (graph.quotes.length > 0) lines.push('')
  // A narrow terminal wraps lines rather than cutting excerpts to a word or two.
  const width = options.width || 100
  const kindWidth = Math.max(...(['direct', 'mixed', 'indirect'] as const).map((kind) => say(`report.kind.${kind}`).length))
  const excerptWidth = Math.max(30, width - 2 - (kindWidth + 1) - (speakerWidth + 1) - (cueWidth + 1))
  for (const quote of graph.quotes) lines.push(quoteLine(quote, entities, paint, {kind: kindWidth, excerpt: excerptWidth}))
  return lines.join('\n') + '\n'
}

function quoteLine(quote: Quote, entities: Map<string, Entity>, paint: Painter, widths: {kind: number; excerpt: number}): string {
  const excerptWidth = widths.excerpt
  const kind = pad(say(`report.kind.${quote.kind}`), widths.kind)
  const coloured = quote.kind === 'direct' ? paint.green(kind) : quote.kind === 'mixed' ? paint.yellow(kind) : paint.cyan(kind)
  const speaker = speakerName(quote, entities)
  const speakerCell = quote.speaker ? paint.bold(pad(speaker, speakerWidth)) : paint.red(pad(speaker, speakerWidth))
  const cue = paint.magenta(pad(quote.cue?.text ?? '—', cueWidth))
  const text = oneLine(quote.content.text)
  // Indirect speech is reported, not verbatim: no quote marks.
  const excerpt = quote.kind === 'indirect' ? paint.italic(cut(text, excerptWidth)) : `“${cut(text, excerptWidth - 2)}”`
  return `  ${coloured} ${speakerCell} ${cue} ${excerpt}`
}

function speakerName(quote: Quote, entities: Map<string, Entity>): string {
  if (!quote.speaker) return say('summary.no-speaker')
  const entity = entities.get(quote.speaker)
  const via = quote.citing ? entities.get(quote.citing)?.name : undefined
  const speaker = entity?.name ?? quote.speaker
  return via ? say('summary.via', {speaker, outlet: via}) : speaker
}

/** White space (line breaks included) as single spaces, control characters dropped: one terminal line. */
const oneLine = (text: string): string => text.replace(/[\u0000-\u001F\u007F\s]+/gu, ' ').trim()

/** `text` in at most `width` characters, cut at a word with `…` when longer. */
function cut(text: string, width: number): string {
  if ([...text].length <= width) return text
  const head = [...text].slice(0, Math.max(1, width - 1)).join('')
  const space = head.lastIndexOf(' ')
  return (space > width / 2 ? head.slice(0, space) : head).trimEnd() + '…'
}

function pad(text: string, width: number): string {
  const chars = [...text]
  return chars.length > width ? chars.slice(0, width - 1).join('') + '…' : text + ' '.repeat(width - chars.length)
}
