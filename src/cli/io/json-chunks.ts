/**
 * `JSON.stringify(value, null, indent)` as a list of pieces whose
 * concatenation is byte-identical to it, so that a graph too big for one
 * JavaScript string (V8 caps strings at ~512 M code units; the graph of a
 * 50 MB article is bigger than that, pretty-printed) can still be written.
 *
 *   for (const piece of jsonChunks(graph, 2)) await out.write(piece)
 *
 * Objects and arrays down to `depth` 2 (the graph, its arrays, their
 * elements) are taken apart; anything deeper is one JSON.stringify call.
 * Pieces are joined up to about `chunkSize` characters, so a small graph is
 * one piece. Plain JSON data only (no toJSON, no replacer).
 */

/** Up to this many characters of input text, a graph's JSON fits in one string many times over (≈ 11 characters of pretty JSON per input character measured on a 50 MB article; the cap is ~512 M). */
const oneStringSource = 4_000_000

/**
 * The JSON of a graph extracted from `sourceLength` characters, as pieces:
 * one `JSON.stringify` call when it surely fits in one string (about twice
 * as fast as taking it apart, and nothing to warm up in a new thread),
 * `jsonChunks` otherwise. Byte-identical either way.
 */
export function graphJsonPieces(graph: unknown, sourceLength: number, indent = 0): string[] {
  return sourceLength <= oneStringSource ? [JSON.stringify(graph, null, indent)] : jsonChunks(graph, indent)
}

export function jsonChunks(value: unknown, indent = 0, chunkSize = 1 << 20): string[] {
  return [...jsonChunkStream(value, indent, chunkSize)]
}

/**
 * The same pieces one at a time, each made when asked for: a caller that writes
 * each piece before asking for the next holds about `chunkSize` characters of
 * JSON at a time, not the whole graph's.
 */
export function* jsonChunkStream(value: unknown, indent = 0, chunkSize = 1 << 20): Generator<string> {
  let pending: string[] = []
  let pendingLength = 0
  let emitted = false
  for (const piece of pieces(value, 0, indent)) {
    pending.push(piece)
    pendingLength += piece.length
    if (pendingLength >= chunkSize) {
      yield pending.join('')
      emitted = true
      pending = []
      pendingLength = 0
    }
  }
  if (pending.length > 0 || !emitted) yield pending.join('')
}

const splitDepth = 2

function* pieces(value: unknown, depth: number, indent: number): Generator<string> {
  if (depth >= splitDepth || value === null || typeof value !== 'object') {
    const json = JSON.stringify(value, null, indent) ?? 'null'
    yield indent && depth > 0 ? json.replaceAll('\n', '\n' + ' '.repeat(indent * depth)) : json
    return
  }
  const inner = indent ? '\n' + ' '.repeat(indent * (depth + 1)) : ''
  const outer = indent ? '\n' + ' '.repeat(indent * depth) : ''
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]'
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      yield (index === 0 ? '[' : ',') + inner
      // JSON.stringify writes null for undefined, functions and symbols inside arrays.
      yield* pieces(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, depth + 1, indent)
    }
    return yield outer + ']'
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol')
  if (entries.length === 0) return yield '{}'
  for (let index = 0; index < entries.length; index++) {
    const [key, item] = entries[index]!
    yield (index === 0 ? '{' : ',') + inner + JSON.stringify(key) + (indent ? ': ' : ':')
    yield* pieces(item, depth + 1, indent)
  }
  yield outer + '}'
}
