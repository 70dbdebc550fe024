/**
 * `kutip extract`: text → attribution graph (JSON), for one draft, many
 * files and folders, or a JSON Lines stream of records (`--jsonl`).
 * The output contract is docs/output-contract.md; the batch contract is
 * docs/cli.md and docs/scaling.md.
 */
import {stat} from 'node:fs/promises'
import {parseCommandArgs, parseJobs, parseTimeout, usageError, UsageError} from '../io/args.ts'
import {hasGlobMagic} from '../io/glob.ts'
import {listInputs, type InputEntry} from '../io/files.ts'
import {errorLine, lineProblem, parseRecord} from '../io/jsonl.ts'
import {batchLines, readLineBatches, type LineBatch} from '../io/lines.ts'
import {refuseOutput, type Output} from '../io/output.ts'
import {moduleExtension, openPool, orderedMap, type Pool} from '../io/pool.ts'
import type {Problems} from '../io/problems.ts'
import type {Progress} from '../io/progress.ts'
import {readInput} from '../io/read-input.ts'
import {runCommand, type CommandRun} from '../io/run.ts'
import type * as WorkerModule from '../worker.ts'
import type {ExtractTask} from '../worker.ts'
import type {Graph} from '../../contract/graph.ts'
import {colorFlag, unknownFormat} from '../io/args.ts'
import {painter, wantsColor, type Painter} from '../io/color.ts'
import {graphSummary} from '../summary/summary.ts'
import {say} from '../io/locale.ts'

/** How the summary is drawn: colours, and the terminal's width. */
interface SummaryStyle {
  paint: Painter
  width: number | undefined
}

export const summary = 'Find quotes and speakers: a summary at a terminal, the attribution graph as JSON otherwise'

const help = `Usage: kutip extract [options] FILE|DIR|GLOB|- ...
       kutip extract --jsonl [options] < records.jsonl > graphs.jsonl

Find every reported statement, its speaker, addressee and outlet. At a
terminal: a short summary (the outlet chain, then each quote's kind, speaker,
cue and an excerpt). Piped, redirected or with --format json: the attribution
graph as JSON (docs/output-contract.md).

  One file (or - for stdin, or text piped in with no argument): one JSON object.
  Several files, folders or globs: JSON Lines, one {"file": …, …graph} per
  document, in argument order (folders: their drafts in name order).
  --jsonl: reads {"id": …, "text": "…"} lines on stdin and writes one line
  {"id": …, …graph} per input line, in input order; a line that cannot be read
  gives {"id": …, "error": "…"} and the run goes on.

Options:
  --format FORMAT      summary (the default at a terminal) or json (the default
                       when piped, with -o, --jsonl or --compact)
  --locale id|en       language of the messages and the summary (default: the
                       configuration's locale, else LANG, else en)
  --color, --no-color  colour the summary (default: a terminal that has it;
                       NO_COLOR and FORCE_COLOR are respected)
  --jsonl              batch mode: JSON Lines records on stdin, JSON Lines out
  -o, --output FILE    write the results to FILE (and nothing else anywhere)
  -j, --jobs N         worker threads (default: one per CPU core = ${String(parseJobs(undefined))})
  --timeout SECONDS    give up on a document after SECONDS (its worker is
                       stopped; --jsonl writes an error line for it)
  --compact            one-line JSON even for a single document
  --no-progress        no progress bar (shown on stderr only when it is a
                       terminal and the results go elsewhere)
  -h, --help           show this help

Exit codes: 0 done; 2 usage error, or an input that could not be read
(missing file, unreadable file, binary file, folder without drafts): one line
"kutip: <path>: <problem>" on stderr each, the other inputs still processed.
In --jsonl mode bad records are error lines in the output, not exit codes.
130 / 143: stopped by SIGINT / SIGTERM (one line says how many records were
written; stdout ends on a whole line).

-o FILE is written to a temporary file and renamed over FILE when the run
ends well: a failed or interrupted run leaves FILE as it was, and FILE may
never be one of the inputs (refused). See docs/cli.md.
`

const options = {
  format: {type: 'string'},
  locale: {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  jsonl: {type: 'boolean', default: false},
  output: {type: 'string', short: 'o'},
  jobs: {type: 'string', short: 'j'},
  timeout: {type: 'string'},
  compact: {type: 'boolean', default: false},
  progress: {type: 'boolean', default: true},
  'no-progress': {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false}
} as const

const workerUrl = new URL('../worker' + moduleExtension(import.meta.url), import.meta.url)

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs('extract', argv, options)
  if ('exitCode' in parsed) return parsed.exitCode
  const {values, positionals} = parsed
  if (values.help) {
    process.stdout.write(help)
    return 0
  }
  const format = values.format ?? (values.jsonl || values.output !== undefined || values.compact || !process.stdout.isTTY ? 'json' : 'summary')
  if (format !== 'json' && format !== 'summary') return usageError('extract', unknownFormat(format, ['summary', 'json']))
  if (format === 'summary' && values.jsonl) return usageError('extract', say('cli.extract.jsonl-summary'))
  let jobs: number
  let timeoutMs: number
  try {
    jobs = parseJobs(values.jobs)
    timeoutMs = parseTimeout(values.timeout)
  } catch (error) {
    if (error instanceof UsageError) return usageError('extract', error.message)
    throw error
  }
  if (values.jsonl && positionals.length > 0) {
    return usageError('extract', say('cli.extract.jsonl-files'))
  }
  if (!values.jsonl && positionals.length === 0) {
    if (process.stdin.isTTY) return usageError('extract', say('cli.extract.no-input'))
    positionals.push('-')
  }

  return runCommand('kutip extract', values, async (run) => {
    const out = await run.openOutput(values.output, {inputs: positionals, stdin: values.jsonl})
    const context = {jobs, timeoutMs, out, progress: run.progress, run}
    if (values.jsonl) await extractJsonl(context)
    else {
      const summary = format === 'summary' ? {paint: painter(wantsColor(process.stdout, colorFlag(argv))), width: process.stdout.columns} : undefined
      await extractFiles(positionals, {...context, problems: run.problems, compact: values.compact, summary})
      if (summary && run.problems.errors === 0 && !out.closed) await out.write(summary.paint.dim(say('cli.extract.summary-hint')) + '\n')
    }
  })
}

interface RunContext {
  jobs: number
  timeoutMs: number
  out: Output
  progress: Progress
  run: CommandRun
}

/**
 * Input lines go to the pool in batches of about `batchBytes` (one line each
 * with --timeout, so that the limit is per record), undecoded; results come
 * back as bytes, written in input order. The main thread only splits lines,
 * copies their bytes to the workers and writes the bytes that come back.
 */
const batchBytes = 32 * 1024
const batchLinesMax = 64
/** A batch above this size holds a record of millions of characters (a batch is ~32 KB otherwise). */
const largeBatchBytes = 4_000_000
/** Batches in flight per thread: with one long record at the head, the others keep their threads busy. */
const batchesPerThread = 4

async function extractJsonl({jobs, timeoutMs, out, progress, run}: RunContext): Promise<void> {
  const pool = await openPool<ExtractTask, Uint8Array>(workerUrl, {jobs, timeoutMs})
  // A signal stops the workers and the reading of stdin; the records already written stay whole lines.
  run.onInterrupt(() => {
    void pool.close()
    process.stdin.destroy()
  })
  try {
    const limits = timeoutMs ? {maxBytes: 0, maxLines: 1} : {maxBytes: batchBytes, maxLines: batchLinesMax}
    // The bytes are copied to the worker (a memcpy), and kept here to name the records if the task fails. A batch that
    // holds a large record (no --timeout: it could not be stopped here) is answered in this thread instead, its lines
    // made as they are written (worker.ts jsonlLines).
    const runBatch = async (batch: LineBatch): Promise<Uint8Array | Iterable<string>> =>
      !timeoutMs && batch.bytes.byteLength > largeBatchBytes ? ((await import(workerUrl.href)) as typeof WorkerModule).jsonlLines(batch) : pool.run({kind: 'jsonl', ...batch})
    const window = timeoutMs ? pool.window : pool.threads === 1 ? 1 : pool.threads * batchesPerThread
    for await (const done of orderedMap(readLineBatches(process.stdin, limits), runBatch, window)) {
      if (run.interrupted) break
      const output = 'value' in done ? done.value : failedBatch(done.item, done.error)
      if (typeof output === 'string' || output instanceof Uint8Array) await out.write(output, done.item.count)
      else {
        // Compact JSON has no line break: a piece that ends in one ends a record's line.
        for (const piece of output) {
          await out.write(piece, piece.endsWith('\n') ? 1 : 0)
          if (out.closed || run.interrupted) break
        }
      }
      progress.tick(done.item.count)
      if (out.closed || run.interrupted) break
    }
  } finally {
    await pool.close()
  }
}

/** Error lines for every record of a batch whose task failed (--timeout, a worker that died). */
function failedBatch(batch: LineBatch, error: unknown): string {
  const message = (error as Error)?.message ?? String(error)
  return batchLines(batch)
    .map((line) => errorLine(parseRecord(line.text, line.number).id, lineProblem(line.number, message)) + '\n')
    .join('')
}

/** A document's output: the JSON pieces of one object (one document), or the bytes of its line (many). */
type FileOutcome = {entry: InputEntry; warnings: string[]} & ({output: Iterable<string> | Uint8Array} | {problem: string})

async function extractFiles(
  args: string[],
  {jobs, timeoutMs, out, progress, problems, compact, summary, run}: RunContext & {problems: Problems; compact: boolean; summary: SummaryStyle | undefined}
): Promise<void> {
  const single = await isSingleDocument(args)
  const pretty = single && !compact
  const pool = await openPool<ExtractTask, string | Iterable<string> | Uint8Array>(workerUrl, {jobs: single ? 1 : jobs, timeoutMs})
  run.onInterrupt(() => void pool.close())
  if (progress.enabled && !single) void countInputs(args).then((total) => progress.setTotal(total))
  try {
    const process_ = async (entry: InputEntry): Promise<FileOutcome> => {
      if (entry.problem !== undefined) return {entry, warnings: [], problem: entry.problem}
      const read = await readInput(entry.path)
      if ('problem' in read) return {entry, warnings: [], problem: read.problem}
      refuseOutput(out, entry.path, read.identity)
      try {
        if (summary) {
          const graph = JSON.parse((await pool.run({kind: 'text', text: read.text, pretty: false})) as string) as Graph
          return {entry, warnings: read.warnings, output: [graphSummary(graph, {...summary, title: entry.path === '-' ? undefined : entry.path})]}
        }
        const task: ExtractTask = single ? {kind: 'document', text: read.text, pretty} : {kind: 'file', text: read.text, name: entry.path}
        return {entry, warnings: read.warnings, output: (await pool.run(task)) as Iterable<string> | Uint8Array}
      } catch (error) {
        return {entry, warnings: read.warnings, problem: say('cli.extract-failed', {reason: (error as Error)?.message ?? String(error)})}
      }
    }
    for await (const done of orderedMap(listInputs(args), process_, pool.window)) {
      if (run.interrupted) break
      if (!('value' in done)) throw done.error
      const outcome = done.value
      for (const warning of outcome.warnings) problems.warn(outcome.entry.path, warning)
      if ('problem' in outcome) problems.report(outcome.entry.path, outcome.problem)
      else if (outcome.output instanceof Uint8Array) await out.write(outcome.output, 1)
      else {
        for (const piece of outcome.output) await out.write(piece)
        await out.write('\n', 1)
      }
      progress.tick()
      if (out.closed || run.interrupted) break
    }
  } finally {
    await pool.close()
  }
}

/** One argument naming one document (a file, stdin, or a missing path that is not a glob): print one JSON object. */
async function isSingleDocument(args: string[]): Promise<boolean> {
  if (args.length !== 1) return false
  const arg = args[0]!
  if (arg === '-') return true
  try {
    return !(await stat(arg)).isDirectory()
  } catch {
    return !hasGlobMagic(arg)
  }
}

async function countInputs(args: string[]): Promise<number> {
  let count = 0
  for await (const _ of listInputs(args)) count++
  return count
}
