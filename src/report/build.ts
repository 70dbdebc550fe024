/**
 * `buildReport(inputs)`: texts, graphs or {id, text, graph} records → the
 * report model. Texts without a graph go through `extract`; a document that
 * fails is reported with its error and the rest go on.
 */
import type {Graph} from '../contract/graph.ts'
import {extract} from '../pipeline.ts'
import {buildArticle, emptyGraph} from './article.ts'
import {summariseCorpus} from './corpus.ts'
import {defaultTitle, reportWords, type Say} from './labels.ts'
import type {CorpusReport, ReportInput, ReportOptions} from './model.ts'

export type ReportSource = string | Graph | ReportInput

export function buildReport(inputs: ReportSource | ReportSource[], options: ReportOptions = {}): CorpusReport {
  const list = Array.isArray(inputs) ? inputs : [inputs]
  // Why a document could not be analysed is said in the report's locale (the CLI gives its own reasons).
  const {say} = reportWords(options.locale)
  const articles = list.map((source, index) => {
    const input = analysed(toInput(source, say), say)
    options.onProgress?.(index + 1, list.length)
    return buildArticle(input, index + 1)
  })
  const title = options.title ?? (articles.length === 1 ? articles[0]!.id : defaultTitle)
  return summariseCorpus(articles, title, options.top ?? 10, options.generated ?? null)
}

function toInput(source: ReportSource, say: Say): ReportInput {
  if (typeof source === 'string') return {text: source}
  if (isGraph(source)) return {graph: source}
  if (source && typeof source === 'object') return source
  return {error: say('report.error.not-an-input')}
}

function isGraph(value: unknown): value is Graph {
  return typeof value === 'object' && value !== null && Array.isArray((value as Graph).quotes) && 'document' in value
}

function analysed(input: ReportInput, say: Say): ReportInput & {graph: Graph} {
  if (input.graph) return {...input, graph: input.graph}
  if (typeof input.text !== 'string') return {...input, graph: emptyGraph(), error: input.error ?? say('report.error.no-input')}
  if (input.error) return {...input, graph: emptyGraph()}
  try {
    return {...input, graph: extract(input.text)}
  } catch (error) {
    return {...input, graph: emptyGraph(), error: say('cli.extract-failed', {reason: error instanceof Error ? error.message : String(error)})}
  }
}
