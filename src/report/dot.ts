/**
 * The attribution graph of one article as Graphviz DOT: speakers, outlets and
 * other parties as nodes, each quote as a node, edges for who said it (the
 * cue), to whom, whom it cites, and the chain of source outlets. The SVG in
 * the HTML report is this DOT drawn by Graphviz compiled to WebAssembly.
 */
import {dotString, truncate} from './escape.ts'
import {reportWords, type ReportWords} from './labels.ts'
import type {ArticleReport, CorpusReport, QuoteRow, ReportEntity} from './model.ts'
import {colourOf, neutral} from './palette.ts'

/** Above these counts an article's picture shows one node per speaker instead of one per quote. */
export const pictureLimits = {quotes: 80, speakers: 40}

export interface DotOptions {
  /** Add `href` links from quote nodes to their table rows (`#a1-q3`). */
  links?: boolean
  /**
   * Language of the labels people read (quote kinds, `to`, `cites`, `via`,
   * grouped quotes): `'id'` or `'en'`; default: the environment's. Node
   * classes and ids stay English.
   */
  locale?: string
}

/** Classes on the SVG `<g>` of each node, for styling and for tests. */
type NodeClass = 'speaker' | 'outlet' | 'party' | 'quote'

/** The graph-wide attributes and defaults, once per digraph. */
const graphHeader = [
  '  graph [rankdir=LR bgcolor=transparent nodesep=0.25 ranksep=0.5 fontname="Helvetica,Arial,sans-serif"]',
  '  node [fontname="Helvetica,Arial,sans-serif" fontsize=11 penwidth=1.4]',
  '  edge [fontname="Helvetica,Arial,sans-serif" fontsize=9 arrowsize=0.7]',
  '  node [shape=note style=filled]'
]

/**
 * A quote node's label: direct and mixed quotes in quote marks; indirect
 * speech is a paraphrase, shown without them (and dashed, see `quoteStyle`)
 * so that it does not read as the speaker's words.
 */
export function quoteLabel(row: QuoteRow, words: ReportWords): string {
  const text = truncate(row.content.text, 48)
  return `${row.number}. ${words.kind(row.kind)}\n${row.kind === 'indirect' ? text : `“${text}”`}`
}

/** The node style of a quote: a paraphrase is dashed. */
function quoteStyle(row: QuoteRow): string {
  return row.kind === 'indirect' ? '"filled,dashed"' : 'filled'
}

export function articleDot(article: ArticleReport, options: DotOptions = {}): string {
  return [`digraph ${dotString(article.id)} {`, ...graphHeader, ...articleStatements(article, options.links === true, reportWords(options.locale), ''), '}'].join('\n')
}

/** The statements of one article's graph (nodes and edges), their node names starting with `prefix`. */
function articleStatements(article: ArticleReport, links: boolean, words: ReportWords, prefix: string): string[] {
  const {say} = words
  const nodes = new Map<string, {name: string; classes: Set<NodeClass>; label: string; colour: number | null; type: ReportEntity['type']}>()
  const lines: string[] = []
  const node = (entity: ReportEntity, kind: NodeClass, colour: number | null = null): string => {
    const key = entity.id
    let entry = nodes.get(key)
    if (!entry) {
      entry = {name: prefix + 'n' + nodes.size, classes: new Set(), label: entity.name, colour: null, type: entity.type}
      nodes.set(key, entry)
    }
    entry.classes.add(kind)
    if (entity.type === 'outlet') entry.classes.add('outlet')
    if (colour !== null) entry.colour = colour
    return entry.name
  }

  const {publisher, dateline, sources} = article.provenance
  const home = publisher ?? dateline?.outlet ?? null
  if (home) node(home, 'outlet')
  // The chain "Sumber: Yonhap-OANA" reads from the first outlet on: each passes the story on to the next, the last to the publisher.
  const chain = sources.map((source) => node(source, 'outlet'))
  for (let index = 0; index < chain.length; index++) {
    const to = index + 1 < chain.length ? chain[index + 1]! : home ? node(home, 'outlet') : null
    if (to && to !== chain[index]) lines.push(`  ${chain[index]} -> ${to} [label=${dotString(say('report.dot.via'))} style=dashed color="${neutral.ink}" fontcolor="${neutral.ink}"]`)
  }
  for (const speaker of article.speakers.slice(0, pictureLimits.speakers)) node(speaker.entity, 'speaker', speaker.colour)

  const quoteLines: string[] = []
  const drawRow = (row: QuoteRow): void => {
    const name = prefix + 'q' + row.number
    const colour = colourOf(row.colour)
    const attributes = [
      `label=${dotString(quoteLabel(row, words))}`,
      `class="quote ${row.kind}"`,
      `style=${quoteStyle(row)}`,
      `id=${dotString(row.anchor + '-node')}`,
      `fillcolor="${colour.fill}"`,
      `color="${colour.ink}"`,
      `tooltip=${dotString(truncate(row.content.text, 300))}`
    ]
    if (links) attributes.push(`href=${dotString('#' + row.anchor)}`)
    quoteLines.push(`  ${name} [${attributes.join(' ')}]`)
    if (row.speaker) {
      const from = node(row.speaker, 'speaker', row.colour)
      lines.push(`  ${from} -> ${name} [label=${dotString(truncate(row.cue?.text ?? say('report.dot.said'), 24))} color="${colour.ink}" fontcolor="${colour.ink}"]`)
    }
    if (row.addressee) lines.push(`  ${name} -> ${node(row.addressee, 'party')} [label=${dotString(say('report.dot.to'))} style=dashed]`)
    if (row.citing) lines.push(`  ${name} -> ${node(row.citing, 'party')} [label=${dotString(say('report.dot.cites'))} style=dotted]`)
  }

  if (article.quotes.length <= pictureLimits.quotes && article.speakers.length <= pictureLimits.speakers) {
    for (const row of article.quotes) drawRow(row)
  } else {
    // Too many to lay out one by one (Graphviz time grows faster than the node count): one node per
    // speaker for all their quotes, the most-quoted speakers first, the rest folded into one node.
    const groups = new Map<string, QuoteRow[]>()
    const drawnSpeakers = new Set(article.speakers.slice(0, pictureLimits.speakers).map((speaker) => speaker.entity.id))
    for (const row of article.quotes) {
      const drawn = row.speaker !== null && drawnSpeakers.has(row.speaker.id)
      const key = row.speaker === null ? 'none' : drawn ? row.speaker.id : 'others'
      const group = groups.get(key)
      if (group) group.push(row)
      else groups.set(key, [row])
    }
    let index = 0
    for (const [key, rows] of groups) {
      const first = rows[0]!
      const name = prefix + 'g' + index++
      const colour = colourOf(key === 'none' || key === 'others' ? null : first.colour)
      const kinds = (['direct', 'mixed', 'indirect'] as const).map((kind) => [kind, rows.filter((row) => row.kind === kind).length] as const).filter(([, count]) => count > 0)
      const speakers = new Set(rows.map((row) => row.speaker?.id)).size
      const who = words.count(key === 'none' ? 'report.dot.group-unattributed' : key === 'others' ? 'report.dot.group-others' : 'report.dot.group-speaker', rows.length, {speakers})
      const label = `${who}\n${kinds.map(([kind, count]) => `${count} ${words.kind(kind)}`).join(', ')}`
      const attributes = [`label=${dotString(label)}`, `class="quote group"`, `fillcolor="${colour.fill}"`, `color="${colour.ink}"`]
      if (links) attributes.push(`href=${dotString('#' + first.anchor)}`)
      quoteLines.push(`  ${name} [${attributes.join(' ')}]`)
      if (key !== 'none' && key !== 'others') {
        lines.push(`  ${node(first.speaker!, 'speaker', first.colour)} -> ${name} [label=${dotString('×' + rows.length)} color="${colour.ink}" fontcolor="${colour.ink}"]`)
      }
    }
  }

  const nodeLines = [...nodes.values()].map((entry, index) => {
    const colour = entry.classes.has('speaker') ? colourOf(entry.colour) : neutral
    const shape = entry.classes.has('outlet') ? 'box' : entry.type === 'anonymous' ? 'octagon' : 'ellipse'
    const style = entry.type === 'anonymous' ? '"filled,dashed"' : entry.classes.has('outlet') ? '"filled,rounded"' : 'filled'
    return (
      `  ${entry.name} [label=${dotString(truncate(entry.label, 40))} shape=${shape} style=${style}` +
      ` fillcolor="${colour.fill}" color="${colour.ink}" class="${[...entry.classes].sort().join(' ')}"` +
      ` id=${dotString(`${article.anchor}-n${index}`)} tooltip=${dotString(entry.label)}]`
    )
  })

  return [...quoteLines, ...nodeLines, ...lines]
}

/**
 * The report as one digraph that `dot -Tsvg` draws whole: one article as its
 * own graph; several as one `subgraph cluster_N` each, labelled with the
 * article, their node names prefixed `aN_` so that no two articles share a node.
 */
export function reportDot(report: CorpusReport, locale?: string): string {
  if (report.articles.length === 1) return articleDot(report.articles[0]!, {locale}) + '\n'
  const words = reportWords(locale)
  const clusters = report.articles.map((article, index) =>
    [
      `  subgraph cluster_${index} {`,
      `    graph [label=${dotString(article.id)} labeljust=l style="rounded,dashed" color="${neutral.ink}" fontcolor="${neutral.ink}"]`,
      ...articleStatements(article, false, words, `a${index}_`).map((line) => '  ' + line),
      '  }'
    ].join('\n')
  )
  return [`digraph ${dotString('kutip')} {`, ...graphHeader, ...clusters, '}'].join('\n') + '\n'
}
