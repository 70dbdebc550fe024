/**
 * `buildReport(inputs)`: texts, graphs or {id, text, graph} records → the
 * report model. Texts without a graph go through `extract`; a document that
 * fails is reported with its error and the rest go on.
 */
import type {Graph} from '../contract/graph.ts'
import {extract} from '../pipeline.ts'
import {buildArticle, emptyGraph} from './article.ts'
import {summariseCorpus} from './corpus.ts'
import type {CorpusReport, ReportInput, ReportOptions} from './model.ts'

export type ReportSource = string | Graph | ReportInput

export function buildReport(inputs: ReportSource | ReportSource[], options: ReportOptions = {}): CorpusReport {
  const list = Array.isArray(inputs) ? inputs : [inputs]
  const articles = list.map((source, index) => {
    const input = analysed(toInput(source))
    options.onProgress?.(index + 1, list.length)
    return buildArticle(input, index + 1)
  })
  const title = options.title ?? (articles.length === 1 ? articles[0]!.id : 'kutip report')
  return summariseCorpus(articles, title, options.top ?? 10, options.generated ?? null)
}

function toInput(source: ReportSource): ReportInput {
  if (typeof source === 'string') return {text: source}
  if (isGraph(source)) return {graph: source}
  if (source && typeof source === 'object') return source
  return {error: 'not a text, a graph or a report input'}
}

function isGraph(value: unknown): value is Graph {
  return typeof value === 'object' && value !== null && Array.isArray((value as Graph).quotes) && 'document' in value
}

function analysed(input: ReportInput): ReportInput & {graph: Graph} {
  if (input.graph) return {...input, graph: input.graph}
  if (typeof input.text !== 'string') return {...input, graph: emptyGraph(), error: input.error ?? 'no text and no graph'}
  if (input.error) return {...input, graph: emptyGraph()}
  try {
    return {...input, graph: extract(input.text)}
  } catch (error) {
    return {...input, graph: emptyGraph(), error: 'extract failed: ' + (error instanceof Error ? error.message : String(error))}
  }
}
