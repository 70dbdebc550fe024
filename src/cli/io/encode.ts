/**
 * Output lines as one UTF-8 buffer, made where they are computed (a worker
 * thread) so that the main thread only writes bytes: no string is copied
 * between threads and nothing is encoded on the main thread.
 *
 *   const bytes = encodeLines([[piece, piece], [line]])   // "piecepiece\nline\n"
 *   return transferable(bytes)                              // transfer.ts: moved, not cloned
 *
 * Each line is a list of pieces (json-chunks.ts: a graph's JSON may be too
 * big for one string); each line ends with LF. The buffer is not from Node's
 * shared pool, so its ArrayBuffer can be transferred.
 */

export function encodeLines(lines: readonly (readonly string[])[]): Uint8Array {
  let size = 0
  for (const pieces of lines) {
    for (const piece of pieces) size += Buffer.byteLength(piece)
    size++
  }
  const bytes = Buffer.allocUnsafeSlow(size)
  let offset = 0
  for (const pieces of lines) {
    for (const piece of pieces) offset += bytes.write(piece, offset)
    bytes[offset++] = 10
  }
  return bytes
}
