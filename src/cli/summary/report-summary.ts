/**
 * `kutip report` at a terminal: the summary of each article (summary.ts) and,
 * for several, one line of totals, then where the full report is.
 */
import type {ReportInput} from '../../report/index.ts'
import type {Painter} from '../io/color.ts'
import {say, sayCount} from '../io/locale.ts'
import {graphSummary} from './summary.ts'

export function reportSummary(inputs: readonly ReportInput[], style: {paint: Painter; width: number | undefined}): string {
  const blocks: string[] = []
  let quotes = 0
  let articles = 0
  for (const input of inputs) {
    if (!input.graph) continue
    articles++
    quotes += input.graph.quotes.length
    blocks.push(graphSummary(input.graph, {...style, title: input.path === '-' ? undefined : input.id}))
  }
  if (articles > 1) blocks.push(style.paint.bold(say('summary.totals', {articles, quotes: sayCount('summary.quote-count', quotes)})) + '\n')
  blocks.push(style.paint.dim(say('summary.full-report')) + '\n')
  return blocks.join('\n')
}
