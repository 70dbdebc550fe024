/**
 * The task function of `kutip extract`'s worker pool (see io/pool.ts): runs
 * in a worker thread (or in the main thread with `--jobs 1`) and returns the
 * serialized result, so that JSON parsing and serialization happen in
 * parallel too and the main thread only moves lines.
 *
 * - `{kind: 'text', text, pretty}` → the graph as JSON (throws if the engine throws).
 * - `{kind: 'jsonl', line, number}` → one output line for one input line of
 *   `--jsonl`: `{"id":…,…graph}`, or `{"id":…,"error":"…"}` when the line
 *   cannot be read or the engine fails on it. Never throws.
 */
import {extract} from '../pipeline.ts'
import {errorLine, parseRecord, resultLine} from './io/jsonl.ts'

export type ExtractTask = {kind: 'text'; text: string; pretty: boolean} | {kind: 'jsonl'; line: string; number: number}

export default function runExtractTask(task: ExtractTask): string {
  if (task.kind === 'text') {
    const graph = extract(task.text)
    return task.pretty ? JSON.stringify(graph, null, 2) : JSON.stringify(graph)
  }
  const record = parseRecord(task.line, task.number)
  if ('error' in record) return errorLine(record.id, record.error)
  let json: string
  try {
    json = JSON.stringify(extract(record.text))
  } catch (error) {
    return errorLine(record.id, `line ${task.number}: extract failed: ${(error as Error)?.message ?? String(error)}`)
  }
  return resultLine(record.id, json)
}
