/**
 * The task function of `kutip extract`'s worker pool (see io/pool.ts): runs
 * in a worker thread (or in the main thread with `--jobs 1`) and returns the
 * serialized result, so that JSON parsing and serialization happen in
 * parallel too and the main thread only moves text.
 *
 * - `{kind: 'document', text, pretty}` → the graph as JSON pieces
 *   (io/json-chunks.ts: their concatenation is the JSON, which may be too big
 *   for one string). Throws if the engine throws. A document above
 *   `largeDocument` characters run in the main thread (one document, no
 *   --timeout) gets an iterable instead, each piece made as it is asked for.
 * - `{kind: 'file', text, name}` → the UTF-8 bytes of one JSON line
 *   `{"file": name, …graph}` for a run over many files. Throws if the engine
 *   throws.
 * - `{kind: 'jsonl', first, count, bytes}` → for a batch of `--jsonl` input
 *   lines (io/lines.ts, undecoded), the UTF-8 bytes of their output lines, one
 *   each: `{"id":…,…graph}`, or `{"id":…,"error":"…"}` when the line cannot
 *   be read or the engine fails on it. Never throws. Decoding, JSON parsing,
 *   extraction, serialization and encoding all happen here; the main thread
 *   only splits lines and writes bytes (moved back, not copied: io/transfer.ts).
 * - `{kind: 'text', text, pretty}` → the graph as one JSON string (for
 *   callers that parse it again, e.g. `kutip report`).
 */
import {extract} from '../pipeline.ts'
import v8 from 'node:v8'
import vm from 'node:vm'
import {isMainThread} from 'node:worker_threads'
import {graphJsonPieces, jsonChunkStream} from './io/json-chunks.ts'
import {encodeLines} from './io/encode.ts'
import {errorLine, lineProblem, parseRecord, resultLine, type JsonlRecord} from './io/jsonl.ts'
import {say} from './io/locale.ts'
import {batchLines, type Line, type LineBatch} from './io/lines.ts'
import type {Graph} from '../contract/graph.ts'
import {transferable} from './io/transfer.ts'

export type ExtractTask =
  | {kind: 'text'; text: string; pretty: boolean}
  | {kind: 'document'; text: string; pretty: boolean}
  | {kind: 'file'; text: string; name: string}
  | ({kind: 'jsonl'} & LineBatch)

export default function runExtractTask(task: ExtractTask): string | Iterable<string> | Uint8Array {
  if (task.kind === 'text') {
    const graph = extract(task.text)
    return task.pretty ? JSON.stringify(graph, null, 2) : JSON.stringify(graph)
  }
  if (task.kind === 'document') {
    const graph = extractGraph(task.text)
    if (!isMainThread || task.text.length <= largeDocument) return graphJsonPieces(graph, task.text.length, task.pretty ? 2 : 0)
    // One large document in this thread (no --timeout): the engine's working data (millions of tokens) is garbage now;
    // collected before the JSON is made, and the JSON made piece by piece as it is written, the process needs the
    // memory of the one or the other, not of both (on 50 MB of text, some 0.6 GB less at the peak).
    collectGarbage()
    return jsonChunkStream(graph, task.pretty ? 2 : 0)
  }
  if (task.kind === 'file') {
    const pieces = graphJsonPieces(extract(task.text), task.text.length)
    pieces[0] = resultLine(task.name, pieces[0]!, 'file')
    return transferable(encodeLines([pieces]))
  }
  return transferable(encodeLines(batchLines(task).map(jsonlOutput)))
}

/** The pieces of the output line for one `--jsonl` input line. */
function jsonlOutput(line: Line): string[] {
  const read = readRecord(parseLine(line), line.number)
  if ('error' in read) return [read.error]
  const pieces = graphJsonPieces(read.graph, read.length)
  pieces[0] = resultLine(read.id, pieces[0]!)
  return pieces
}

/** A record's graph, or its error line when the line is no record or the engine fails on it. */
function readRecord(record: JsonlRecord, number: number): {id: unknown; graph: Graph; length: number} | {error: string} {
  if ('error' in record) return {error: errorLine(record.id, record.error)}
  try {
    return {id: record.id, graph: extractGraph(record.text), length: record.text.length}
  } catch (error) {
    return {error: errorLine(record.id, lineProblem(number, say('cli.extract-failed', {reason: (error as Error)?.message ?? String(error)})))}
  }
}

/**
 * The output lines of a `--jsonl` batch, in this thread, each piece made as it is asked for (each line's last piece
 * ends with its LF): for a batch that holds a large record (no --timeout), so that the record is neither copied to a
 * worker nor kept twice. The batch's bytes are let go once its lines are decoded, each line's string once its record
 * is parsed, and a large record's engine data is collected before its JSON is made piece by piece as it is written
 * (as for one large document, `document` above). The same bytes as the `jsonl` task. `largeText`: characters of
 * text from which a record is such a large one (tests).
 */
export function* jsonlLines(batch: LineBatch, largeText = largeDocument): Generator<string> {
  const lines = batchLines(batch)
  batch.bytes = new Uint8Array(0)
  for (const line of lines) {
    const read = readRecord(parseLine(line), line.number)
    if ('error' in read) {
      yield read.error + '\n'
      continue
    }
    if (read.length <= largeText) {
      yield graphJsonPieces(read.graph, read.length).map((piece, index) => (index === 0 ? resultLine(read.id, piece) : piece)).join('') + '\n'
      continue
    }
    collectGarbage()
    let first = true
    for (const piece of jsonChunkStream(read.graph)) {
      yield first ? resultLine(read.id, piece) : piece
      first = false
    }
    yield '\n'
  }
}

/** The record of a line, its string let go (a long record's is as long as its text): the caller never holds it. */
function parseLine(line: Line): JsonlRecord {
  const text = line.text
  line.text = ''
  return parseRecord(text, line.number)
}

/** Characters of text above which one document in this thread is serialized as it is written (see `document` above). */
const largeDocument = 4_000_000

/**
 * How much V8's old generation may grow between two full collections while a large text is read in the main thread,
 * in per cent. V8's own factor lets a heap of a gigabyte grow by half or more before it collects it again: on 50 MB of
 * text, about 0.15 GB of the peak was garbage waiting for that. 20%: more full collections (their marking runs on
 * another core); with the tokens as columns (src/extract/token-table.ts) the peak is about 1.0 GB with it, 1.2 GB
 * without (docs/scaling.md).
 */
const largeTextHeapGrowth = 20

/**
 * The graph of `text`; a large text in the main thread (one document, or a --jsonl record answered there) with V8's
 * old generation held to `largeTextHeapGrowth`. V8's flags are the process's (its worker threads' too): the setting
 * is V8's own again afterwards, and a worker thread never changes it.
 */
function extractGraph(text: string): Graph {
  if (!isMainThread || text.length <= largeDocument) return extract(text)
  v8.setFlagsFromString(`--heap-growing-percent=${largeTextHeapGrowth}`)
  try {
    return extract(text)
  } finally {
    v8.setFlagsFromString('--heap-growing-percent=0')
  }
}

/**
 * A full garbage collection (V8's `gc`, exposed for this once), twice: a collection that finds the collector's
 * concurrent marking under way finishes it, and what that marking had already found alive stays for one more
 * collection (on 50 MB of text, one call left some 0.9 GB of the engine's data in the heap).
 */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  gc()
  gc()
}
