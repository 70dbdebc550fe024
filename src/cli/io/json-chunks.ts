/**
 * `JSON.stringify(value, null, indent)` as a list of pieces whose
 * concatenation is byte-identical to it, so that a graph too big for one
 * JavaScript string (V8 caps strings at ~512 M code units; the graph of a
 * 50 MB article is bigger than that, pretty-printed) can still be written.
 *
 *   for (const piece of jsonChunks(graph, 2)) await out.write(piece)
 *
 * Objects and arrays down to `depth` 2 (the graph, its arrays, their
 * elements) are taken apart, and longer arrays at any depth (an entity's
 * mentions: hundreds of thousands in a long document); anything else is one
 * JSON.stringify call.
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
 * Characters of a streamed piece: 32 K characters are at most 64 KB, under V8's largest object of its young
 * generation (128 KB). A larger string goes straight to the old generation, which is collected only when it has grown
 * a good deal: 1 M-character pieces let some 0.6 GB of written JSON wait there for that on a 50 MB document.
 */
const streamChunk = 1 << 15

/**
 * The same pieces one at a time, each made when asked for: a caller that writes
 * each piece before asking for the next holds about `chunkSize` characters of
 * JSON at a time, not the whole graph's.
 */
export function* jsonChunkStream(value: unknown, indent = 0, chunkSize = streamChunk): Generator<string> {
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
/** Arrays longer than this are taken apart at any depth, and the objects that hold one. */
const splitLength = 64

function isLongArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > splitLength
}

/** Whether `value` (an object or array at `depth`) is taken apart. */
function takenApart(value: object, depth: number): boolean {
  if (depth < splitDepth || isLongArray(value)) return true
  if (Array.isArray(value)) return false
  for (const key in value) if (isLongArray((value as Record<string, unknown>)[key])) return true
  return false
}

function* pieces(value: unknown, depth: number, indent: number): Generator<string> {
  if (value === null || typeof value !== 'object' || !takenApart(value, depth)) {
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
