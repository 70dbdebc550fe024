/**
 * The JSON Lines record contract of `kutip … --jsonl`: one input line
 * `{"id": …, "text": "…"}` → one output line `{"id": …, …result}`, or
 * `{"id": <id or null>, "error": "<message>"}` when the line cannot be read.
 *
 *   const record = parseRecord(line.text, line.number)
 *   if ('error' in record) out.write(errorLine(record.id, record.error))
 *   else out.write(resultLine(record.id, JSON.stringify(graph)))
 *
 * `id` may be any JSON value (string or number in practice) and is echoed
 * back unchanged, first in the line; a missing id is `null`. Other fields of
 * the input are ignored.
 */
import {say} from './locale.ts'


export type JsonlRecord = {id: unknown; text: string} | {id: unknown; error: string}

export function parseRecord(line: string, number: number): JsonlRecord {
  if (line.trim() === '') return {id: null, error: lineProblem(number, say('cli.jsonl.empty'))}
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return {id: salvageId(line), error: lineProblem(number, say('cli.jsonl.not-json', {reason: (error as Error).message}))}
  }
  return recordOf(value, number)
}

/** The record of line `number` from its parsed JSON `value` (for callers that parsed the line already). */
export function recordOf(value: unknown, number: number): JsonlRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {id: null, error: lineProblem(number, say('cli.jsonl.not-object', {got: describe(value)}))}
  }
  const record = value as Record<string, unknown>
  const id = record.id === undefined ? null : record.id
  if (!('text' in record)) return {id, error: lineProblem(number, say('cli.jsonl.no-text'))}
  if (typeof record.text !== 'string') return {id, error: lineProblem(number, say('cli.jsonl.text-type', {got: describe(record.text)}))}
  return {id, text: record.text}
}

/** `line 12: <problem>`: the text of an error line's "error" (in the run's locale; the field names never change). */
export function lineProblem(number: number, problem: string): string {
  return say('cli.jsonl.line', {number, problem})
}

/** `{"id":…,"error":"…"}` (no newline). */
export function errorLine(id: unknown, error: string): string {
  return `{"id":${JSON.stringify(id ?? null)},"error":${JSON.stringify(error)}}`
}

/** `{"id":…, …fields of resultJson}` where `resultJson` is a compact serialized JSON object, or the first piece of one (json-chunks.ts). */
export function resultLine(id: unknown, resultJson: string, key = 'id'): string {
  const head = `{${JSON.stringify(key)}:${JSON.stringify(id ?? null)}`
  return resultJson === '{}' ? head + '}' : head + ',' + resultJson.slice(1)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** The id of a broken line when it starts like `{"id": "x", …` (so the error can be matched to its record). */
function salvageId(line: string): unknown {
  // linear: checked (no nested quantifiers; one pass over a bounded prefix)
  const match = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,1000}"|-?\d{1,20})/.exec(line.slice(0, 1100))
  if (!match) return null
  try {
    return JSON.parse(match[1]!)
  } catch {
    return null
  }
}
