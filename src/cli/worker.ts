/**
 * The task function of `kutip extract`'s worker pool (see io/pool.ts): runs
 * in a worker thread (or in the main thread with `--jobs 1`) and returns the
 * serialized result, so that JSON parsing and serialization happen in
 * parallel too and the main thread only moves text.
 *
 * - `{kind: 'document', text, pretty, key?, name?}` → the graph as JSON pieces
 *   (io/json-chunks.ts: their concatenation is the JSON, which may be too big
 *   for one string). With `key`, the object starts with `"<key>": name`
 *   (`{"file": "a.txt", …graph}`). Throws if the engine throws.
 * - `{kind: 'jsonl', line, number}` → the pieces of one output line for one
 *   input line of `--jsonl`: `{"id":…,…graph}`, or `{"id":…,"error":"…"}`
 *   when the line cannot be read or the engine fails on it. Never throws.
 * - `{kind: 'text', text, pretty}` → the graph as one JSON string (for
 *   callers that parse it again, e.g. `kutip report`).
 */
import {extract} from '../pipeline.ts'
import {jsonChunks} from './io/json-chunks.ts'
import {errorLine, parseRecord, resultLine} from './io/jsonl.ts'

export type ExtractTask =
  | {kind: 'text'; text: string; pretty: boolean}
  | {kind: 'document'; text: string; pretty: boolean; key?: string; name?: unknown}
  | {kind: 'jsonl'; line: string; number: number}

export default function runExtractTask(task: ExtractTask): string | string[] {
  if (task.kind === 'text') {
    const graph = extract(task.text)
    return task.pretty ? JSON.stringify(graph, null, 2) : JSON.stringify(graph)
  }
  if (task.kind === 'document') {
    const pieces = jsonChunks(extract(task.text), task.pretty ? 2 : 0)
    if (task.key !== undefined) pieces[0] = resultLine(task.name, pieces[0]!, task.key)
    return pieces
  }
  const record = parseRecord(task.line, task.number)
  if ('error' in record) return [errorLine(record.id, record.error)]
  let pieces: string[]
  try {
    pieces = jsonChunks(extract(record.text))
  } catch (error) {
    return [errorLine(record.id, `line ${task.number}: extract failed: ${(error as Error)?.message ?? String(error)}`)]
  }
  pieces[0] = resultLine(record.id, pieces[0]!)
  return pieces
}
