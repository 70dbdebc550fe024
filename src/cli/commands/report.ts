/**
 * `kutip report PATH…`: attribution reports for people (HTML, Markdown) and
 * exports for tools (JSON, JSON-LD, DOT), for one article or a whole corpus.
 * See docs/report.md.
 */
import {createReadStream} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import type {Graph} from '../../contract/graph.ts'
import {VFile} from 'vfile'
import {lint} from '../../lint/core.ts'
import {articlePicture, buildReport, graphLimit, renderReport, reportFormats, type FindingInput, type ReportFormat, type ReportInput, type ReportOptions} from '../../report/index.ts'
import {buildArticle} from '../../report/article.ts'
import {SourceIndex} from '../../verify/source-index.ts'
import {verify} from '../../verify/verify.ts'
import {colorFlag, parseCommandArgs, parseJobs, parseTimeout, unknownFormat, usageError, UsageError} from '../io/args.ts'
import {painter, wantsColor} from '../io/color.ts'
import {cliLocale, say} from '../io/locale.ts'
import {reportSummary} from '../summary/report-summary.ts'
import {draftExtensions, listInputs} from '../io/files.ts'
import {parseRecord, recordOf} from '../io/jsonl.ts'
import {readLines} from '../io/lines.ts'
import {refuseOutput, type Output} from '../io/output.ts'
import {moduleExtension, openPool, orderedMap} from '../io/pool.ts'
import type {Problems} from '../io/problems.ts'
import {readInput} from '../io/read-input.ts'
import {runCommand, type CommandRun} from '../io/run.ts'
import {readSources} from '../io/sources.ts'
import type {ExtractTask} from '../worker.ts'

export const summary = 'reports on who is quoted, how and through whom (html, md, json, jsonld, dot)'

const help = `Usage: kutip report [options] PATH...

Read news articles, find every reported statement and its speaker, and write a
report: per article the provenance (publisher, dateline, source outlets,
credits), a quotes table, the speakers, the attribution graph as a picture and
the text with each quote highlighted; across many articles the totals, the
most-quoted speakers and outlets, the share of anonymous and of unattributed
quotes, and links to every article.

PATH is a text file, a folder (its drafts and .jsonl files, in name order), a
.jsonl file of {"id": …, "text": "…"} records (one article per line), a glob,
or - for stdin. Graphs from \`kutip extract\` (a .json file, or .jsonl lines
{"id": …, ...graph}) are reported without analysing the text again.

At a terminal, without -f or -o, a short summary per article is printed
instead (the outlet chain, each quote's kind, speaker, cue and an excerpt).

Options:
  -f, --format FORMAT   summary (the default at a terminal), html (the default
                        otherwise: one self-contained page), md (for pull
                        request comments), json, jsonld (schema.org + W3C Web
                        Annotation selectors), dot (Graphviz)
  -o, --output FILE     write the report to FILE instead of stdout
  --locale id|en        language of the messages, the summary and the HTML and
                        Markdown labels (default: the configuration's locale,
                        else LANG, else en)
  --title TEXT          the report's title
  --sources PATH        verify every quote against these source documents
                        (files, folders, .jsonl; repeatable) and show verdicts
  --lint                run kutip's lint rules on each article and show their
                        findings on the quotes they concern
  --top N               length of the most-quoted lists (default 10)
  --graph, --no-graph   draw (or leave out) each article's graph in HTML; by
                        default drawn for up to 500 articles, left out above
  --no-text             leave the article text out of HTML, JSON and JSON-LD
  -j, --jobs N          worker threads for the analysis (default: one per core)
  --timeout SECONDS     give up on an article after SECONDS
  --no-progress         no progress bar (shown on stderr only when it is a
                        terminal and the report goes elsewhere)
  -h, --help            show this help

Exit codes: 0 done; 2 usage error, or an input that could not be read (one
line "kutip: <path>: <problem>" each; the other inputs are still reported).
`

const options = {
  format: {type: 'string', short: 'f'},
  locale: {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  output: {type: 'string', short: 'o'},
  title: {type: 'string'},
  sources: {type: 'string', multiple: true},
  lint: {type: 'boolean', default: false},
  top: {type: 'string'},
  graph: {type: 'boolean'},
  'no-graph': {type: 'boolean', default: false},
  text: {type: 'boolean', default: true},
  'no-text': {type: 'boolean', default: false},
  jobs: {type: 'string', short: 'j'},
  timeout: {type: 'string'},
  progress: {type: 'boolean', default: true},
  'no-progress': {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const

const workerUrl = new URL('../worker' + moduleExtension(import.meta.url), import.meta.url)
const jsonlExtensions = ['.jsonl', '.ndjson']

/** An article read from the inputs, before analysis. */
/** An article read from the inputs: its text, or a graph already extracted (with its text when known), or why it is unusable. */
type Document = {id: string; path: string; text?: string; graph?: Graph} | {id: string; path: string; error: string}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs('report', argv, options)
  if ('exitCode' in parsed) return parsed.exitCode
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(help)
    return 0
  }
  // A terminal gets the summary; a file, a pipe or an explicit -f gets the report.
  const format = (values.format ?? (values.output === undefined && process.stdout.isTTY ? 'summary' : 'html')) as ReportFormat | 'summary'
  if (format !== 'summary' && !reportFormats.includes(format)) return usageError('report', unknownFormat(format, ['summary', ...reportFormats]))
  let jobs: number
  let timeoutMs: number
  let top = 10
  try {
    jobs = parseJobs(values.jobs)
    timeoutMs = parseTimeout(values.timeout)
    if (values.top !== undefined) {
      if (!/^\d{1,4}$/.test(values.top)) throw new UsageError(say('cli.invalid-count', {option: 'top', value: values.top}))
      top = Number(values.top)
    }
  } catch (error) {
    if (error instanceof UsageError) return usageError('report', error.message)
    throw error
  }
  if (positionals.length === 0) {
    if (process.stdin.isTTY) return usageError('report', say('cli.report.no-input'))
    positionals.push('-')
  }

  return runCommand('kutip report', values, async (run) => {
    const {progress, problems} = run
    // Opened first: an -o that names an input is refused before any work; the file is put in place at the end.
    const out = await run.openOutput(values.output, {inputs: [...positionals, ...(values.sources ?? [])]})
    let index: SourceIndex | undefined
    if (values.sources?.length) index = new SourceIndex(await readSources(values.sources, problems, out))
    if (progress.enabled) void countDocuments(positionals).then((total) => progress.setTotal(total))
    // One plain file: analyse it in this thread, starting worker threads would cost more than it saves.
    const single = positionals.length === 1 && !isJsonl(positionals[0]!) && (await isFile(positionals[0]!))
    const graph = values['no-graph'] ? false : (values.graph ?? 'auto')
    // HTML pictures are drawn in this thread while the workers analyse the next articles.
    const pictures = format === 'html' && graph !== false ? new Map<number, string>() : undefined
    const context = {jobs: single ? 1 : jobs, timeoutMs, problems, tick: () => progress.tick(), index, lint: values.lint, pictures, out, run}
    const inputs = await analyse(positionals, context)
    progress.stop()
    if (run.interrupted) return
    // Nothing could be read: no empty report (an -o file is left as it was); the problems say why.
    if (problems.errors > 0 && !inputs.some((input) => input.graph)) return
    if (format === 'summary') {
      await out.write(reportSummary(inputs, {paint: painter(wantsColor(process.stdout, colorFlag(argv))), width: process.stdout.columns}), inputs.length)
      return
    }
    const includeText = values.text && !values['no-text']
    const reportOptions: ReportOptions = {format, title: values.title, top, graph, includeText, pictures, locale: cliLocale()}
    const text = await renderReport(buildReport(inputs, reportOptions), reportOptions)
    await out.write(text, inputs.filter((input) => !('error' in input && input.error)).length)
  })
}

interface AnalyseContext {
  jobs: number
  timeoutMs: number
  problems: Problems
  tick: () => void
  index: SourceIndex | undefined
  lint: boolean
  /** Filled with each article's graph picture as it arrives (dropped past `graphLimit` articles). */
  pictures: Map<number, string> | undefined
  /** The report's output, which no input may be. */
  out: Output
  run: CommandRun
}

/** Every document through `extract` on the worker pool (in input order), then verified when sources were given. */
async function analyse(args: string[], {jobs, timeoutMs, problems, tick, index, lint: withLint, pictures, out, run: command}: AnalyseContext): Promise<ReportInput[]> {
  const inputs: ReportInput[] = []
  const pool = await openPool<ExtractTask, string>(workerUrl, {jobs, timeoutMs})
  command.onInterrupt(() => void pool.close())
  try {
    const run = async (document: Document): Promise<Graph | null> => {
      if ('error' in document) return null
      if (document.graph) return document.graph
      return JSON.parse(await pool.run({kind: 'text', text: document.text ?? '', pretty: false})) as Graph
    }
    for await (const done of orderedMap(documents(args, problems, out), run, pool.window)) {
      if (command.interrupted) break
      const document = done.item
      const base = {id: document.id, path: document.path}
      if ('error' in document) inputs.push({...base, error: document.error})
      else if ('error' in done) {
        const reason = say('cli.extract-failed', {reason: (done.error as Error)?.message ?? String(done.error)})
        problems.report(document.path, reason)
        inputs.push({...base, text: document.text, error: reason})
      } else {
        let graph = done.value!
        if (index && document.text !== undefined) {
          try {
            graph = verify(document.text, index, {graph})
          } catch (error) {
            problems.warn(document.path, say('cli.verification-failed', {reason: (error as Error).message}))
          }
        }
        const findings = withLint && document.text !== undefined ? await lintFindings({path: document.path, text: document.text}, graph, problems) : undefined
        inputs.push({...base, ...(document.text !== undefined ? {text: document.text} : {}), graph, ...(findings ? {findings} : {})})
        if (pictures && inputs.length <= graphLimit) pictures.set(inputs.length, await articlePicture(buildArticle({...inputs.at(-1)!, graph}, inputs.length)))
      }
      tick()
    }
  } finally {
    await pool.close()
  }
  return inputs
}

/** The lint rules' messages on one article, checked against the graph already extracted. */
async function lintFindings(document: {path: string; text: string}, graph: Graph, problems: Problems): Promise<FindingInput[] | undefined> {
  try {
    const file = await lint(new VFile({value: document.text, path: isJsonl(document.path.replace(/:\d+$/, '')) ? undefined : document.path}), {extract: () => graph})
    return file.messages
  } catch (error) {
    problems.warn(document.path, say('cli.lint-failed', {reason: (error as Error).message}))
    return undefined
  }
}

/** The articles named by the arguments: files, folder contents, and each record of a .jsonl file. */
async function* documents(args: string[], problems: Problems, out: Output): AsyncGenerator<Document> {
  for await (const entry of listInputs(args, {extensions: [...draftExtensions, ...jsonlExtensions]})) {
    if (entry.problem !== undefined) {
      problems.report(entry.path, entry.problem)
      continue
    }
    if (isJsonl(entry.path)) {
      if (entry.path !== '-') refuseOutput(out, entry.path, await stat(entry.path).catch(() => undefined))
      yield* jsonlDocuments(entry.path, problems)
      continue
    }
    const read = await readInput(entry.path)
    if ('problem' in read) {
      problems.report(entry.path, read.problem)
      continue
    }
    refuseOutput(out, entry.path, read.identity)
    for (const warning of read.warnings) problems.warn(entry.path, warning)
    if (entry.path.toLowerCase().endsWith('.json')) {
      // A graph from `kutip extract FILE --format json` (optionally with "text" and "file" fields).
      const record = graphRecord(read.text)
      if (record) yield {id: record.id ?? entry.path, path: entry.path, graph: record.graph, ...(record.text !== undefined ? {text: record.text} : {})}
      else problems.report(entry.path, say('cli.report.not-a-graph'))
      continue
    }
    yield {id: entry.path === '-' ? 'stdin' : entry.path, path: entry.path, text: read.text}
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

const isJsonl = (file: string): boolean => jsonlExtensions.some((extension) => file.toLowerCase().endsWith(extension))

async function* jsonlDocuments(file: string, problems: Problems): AsyncGenerator<Document> {
  let stream
  try {
    stream = createReadStream(file)
    for await (const line of readLines(stream)) {
      if (line.text.trim() === '') continue
      const path = `${file}:${line.number}`
      const value = parsedJson(line.text)
      const graph = value === unparsable ? null : graphOf(value)
      if (graph) {
        // A line of `kutip extract --jsonl` output: the graph is there, no need to analyse again.
        yield {id: graph.id ?? path, path, graph: graph.graph, ...(graph.text !== undefined ? {text: graph.text} : {})}
        continue
      }
      // Parsed once: the line's error message (not valid JSON …) comes from parseRecord only when it did not parse.
      const record = value === unparsable ? parseRecord(line.text, line.number) : recordOf(value, line.number)
      const id = record.id === null || record.id === undefined ? path : String(record.id)
      if ('error' in record) {
        problems.report(file, record.error)
        yield {id, path, error: record.error}
      } else yield {id, path, text: record.text}
    }
  } catch (error) {
    problems.report(file, (error as Error).message)
  } finally {
    stream?.destroy()
  }
}

const unparsable = Symbol('unparsable')

function parsedJson(json: string): unknown {
  try {
    return JSON.parse(json)
  } catch {
    return unparsable
  }
}

/** A serialized graph (`{"id"|"file": …, "text"?: …, ...graph}`), or null when the JSON is something else. */
function graphRecord(json: string): {id?: string; text?: string; graph: Graph} | null {
  const value = parsedJson(json)
  return value === unparsable ? null : graphOf(value)
}

/** The graph record of parsed JSON, or null when it is something else. */
function graphOf(value: unknown): {id?: string; text?: string; graph: Graph} | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const {id, file, text, ...graph} = value as Record<string, unknown>
  if (!Array.isArray(graph['quotes']) || typeof graph['document'] !== 'object' || graph['document'] === null) return null
  const name = id ?? file
  return {
    ...(name !== undefined && name !== null ? {id: String(name)} : {}),
    ...(typeof text === 'string' ? {text} : {}),
    graph: graph as unknown as Graph
  }
}

/** How many articles the arguments hold (for the progress bar): files, plus lines of .jsonl files. */
async function countDocuments(args: string[]): Promise<number> {
  let count = 0
  for await (const entry of listInputs(args, {extensions: [...draftExtensions, ...jsonlExtensions]})) {
    if (entry.problem !== undefined) continue
    if (!isJsonl(entry.path)) count++
    else {
      try {
        const bytes = await readFile(entry.path)
        for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) count++
        if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) count++
      } catch {
        // reported when the file is read for real
      }
    }
  }
  return count
}
