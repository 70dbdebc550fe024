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
  let pending: Buffer[] = []
  let number = 0
  let first = true
  for await (const raw of stream) {
    let chunk = typeof raw === 'string' ? Buffer.from(raw) : raw
    if (first && chunk.length > 0) {
      first = false
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3)
    }
    let from = 0
    for (let newline = chunk.indexOf(10, from); newline !== -1; newline = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, newline))
      yield makeLine(++number, pending.length === 1 ? pending[0]! : Buffer.concat(pending))
      pending = []
      from = newline + 1
    }
    // Copy the rest: the stream may reuse its chunk buffer.
    if (from < chunk.length) pending.push(Buffer.from(chunk.subarray(from)))
  }
  if (pending.length > 0) {
    const rest = Buffer.concat(pending)
    if (rest.length > 0) yield makeLine(++number, rest)
  }
}

function makeLine(number: number, bytes: Buffer): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length
  const body = bytes.subarray(0, end)
  return {number, text: decoder.decode(body), invalidUtf8: firstInvalidUtf8(body) !== -1}
}
