/**
 * Lines of a byte stream, for JSON Lines on stdin (`kutip extract --jsonl`).
 *
 *   for await (const line of readLines(process.stdin)) handle(line.text, line.number)
 *
 * - Splits on LF only; a CR before the LF is dropped (CRLF files). A lone CR
 *   is kept: in JSON Lines it can only be white space between tokens.
 * - Every line is decoded as UTF-8 on its own (a split never falls inside a
 *   character: LF is a single byte that no multi-byte sequence contains);
 *   invalid bytes become U+FFFD and `line.invalidUtf8` is set.
 * - A UTF-8 BOM at the very start is dropped.
 * - The text after the last LF is a line if it is not empty; an input that
 *   ends with LF has no extra empty line.
 * - Memory holds one line at a time (plus the chunk being read), so the
 *   largest line bounds it, not the stream.
 *
 * For a worker pool, `readLineBatches` groups whole lines, undecoded, into
 * batches of about `maxBytes` (or `maxLines` lines), each in a buffer of its
 * own that can be transferred to a worker thread without a copy; the worker
 * turns a batch back into the same lines as `readLines` with `batchLines`.
 * Memory holds one batch (at most one line past `maxBytes`).
 */
import {firstInvalidUtf8} from './decode.ts'

export interface Line {
  /** 1-based line number in the input. */
  number: number
  text: string
  invalidUtf8: boolean
}

const decoder = new TextDecoder('utf-8', {ignoreBOM: true})

export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(stream, {maxBytes: 0, maxLines: 1})) yield* batchLines(batch)
}

export interface LineBatch {
  /** 1-based number of the batch's first line in the input. */
  first: number
  /** How many lines. */
  count: number
  /** The lines' bytes, each ending in LF (added to a last line that has none), in an ArrayBuffer of their own. */
  bytes: Uint8Array
}

export async function* readLineBatches(
  stream: AsyncIterable<Buffer | string>,
  {maxBytes, maxLines}: {maxBytes: number; maxLines: number}
): AsyncGenerator<LineBatch> {
  let parts: Buffer[] = []
  let size = 0
  let count = 0
  let next = 1
  let first = true
  const take = (): LineBatch => {
    const bytes = Buffer.allocUnsafeSlow(size)
    let offset = 0
    for (const part of parts) offset += part.copy(bytes, offset)
    const batch = {first: next, count, bytes}
    next += count
    parts = []
    size = 0
    count = 0
    return batch
  }
  for await (const raw of stream) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : raw
    if (first && chunk.length > 0) {
      first = false
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3)
    }
    // Parts before `own` are copies or earlier chunks' copies; parts from `own` on point into this chunk.
    let own = parts.length
    let from = 0
    for (let newline = chunk.indexOf(10, from); newline !== -1; newline = chunk.indexOf(10, from)) {
      parts.push(chunk.subarray(from, newline + 1))
      size += newline + 1 - from
      count++
      from = newline + 1
      if (count >= maxLines || size >= maxBytes) {
        yield take()
        own = 0
      }
    }
    if (from < chunk.length) {
      parts.push(chunk.subarray(from))
      size += chunk.length - from
    }
    // Copy what still points into this chunk (the stream may reuse its buffer), once.
    if (parts.length > own) parts.splice(own, parts.length - own, Buffer.concat(parts.slice(own)))
  }
  const partial = parts.length > 0 && parts[parts.length - 1]!.at(-1) !== 10
  if (partial) {
    parts.push(Buffer.from([10]))
    size++
    count++
  }
  if (count > 0) yield take()
}

/** The lines of a batch (from `readLineBatches`), as `readLines` gives them. */
export function batchLines(batch: LineBatch): Line[] {
  const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength)
  const lines: Line[] = []
  let from = 0
  for (let newline = bytes.indexOf(10, from); newline !== -1; newline = bytes.indexOf(10, from)) {
    lines.push(makeLine(batch.first + lines.length, bytes.subarray(from, newline)))
    from = newline + 1
  }
  return lines
}

function makeLine(number: number, bytes: Buffer): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length
  const body = bytes.subarray(0, end)
  return {number, text: decoder.decode(body), invalidUtf8: firstInvalidUtf8(body) !== -1}
}
