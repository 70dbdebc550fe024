/**
 * Bytes ↔ text for every kutip command that reads files or stdin, and for
 * `lint --fix`, which writes a draft back in the encoding it was read in.
 *
 *   const decoded = decodeText(bytes)
 *   if ('problem' in decoded) problems.report(path, decoded.problem)      // binary: not a draft
 *   else { for (const w of decoded.warnings) problems.warn(path, w); use(decoded.text) }
 *
 * - A byte-order mark selects the encoding (UTF-8, UTF-16 LE/BE) and is
 *   removed: span offsets count from the first character after it.
 * - Without a BOM the text is UTF-8. Invalid UTF-8 does not stop the run:
 *   each bad sequence becomes U+FFFD and one warning names the first bad byte.
 * - A file with NUL bytes (or mostly control bytes) near its start is treated
 *   as binary and refused with a clear problem, like git and grep do.
 * - UTF-16 needs an even number of bytes and paired surrogates; anything
 *   else is replaced with U+FFFD, with one warning.
 * - Line ends (CRLF, lone CR) are kept as they are, so offsets match the file.
 * - No warning means the decoding was exact: `encodeText(text, encoding)`
 *   gives back the very bytes that were read.
 */
import {say} from './locale.ts'


/** How a text was stored: UTF-8 with or without a byte-order mark, or UTF-16 (always with one). */
export type TextEncoding = 'utf-8' | 'utf-8 (BOM)' | 'utf-16le' | 'utf-16be'

export type Decoded = {text: string; encoding: TextEncoding; warnings: string[]} | {problem: string}

/** How many leading bytes the binary check looks at. */
const sniffLength = 8192

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be')
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  const binary = binaryReason(body)
  if (binary) return {problem: binary}
  const encoding = hasBom ? 'utf-8 (BOM)' : 'utf-8'
  const bad = firstInvalidUtf8(body)
  const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(body)
  if (bad === -1) return {text, encoding, warnings: []}
  const at = bad + (hasBom ? 3 : 0)
  return {
    text,
    encoding,
    warnings: [say('cli.invalid-utf8', {at})]
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const body = bytes.subarray(2)
  const warnings: string[] = []
  if (body.length % 2 === 1) warnings.push(say('cli.odd-utf16'))
  const lone = firstLoneSurrogate(body, encoding === 'utf-16le')
  if (lone !== -1) warnings.push(say('cli.lone-surrogate', {at: lone + 2}))
  return {text: new TextDecoder(encoding, {ignoreBOM: true}).decode(body), encoding, warnings}
}

/** Byte index of the first code unit that is half of a surrogate pair without its other half, or -1. */
function firstLoneSurrogate(body: Uint8Array, littleEndian: boolean): number {
  const units = body.length >> 1
  const unit = (index: number) => (littleEndian ? body[2 * index]! | (body[2 * index + 1]! << 8) : (body[2 * index]! << 8) | body[2 * index + 1]!)
  for (let index = 0; index < units; index++) {
    const code = unit(index)
    if (code < 0xd800 || code > 0xdfff) continue
    if (code >= 0xdc00) return 2 * index
    const next = index + 1 < units ? unit(index + 1) : -1
    if (next < 0xdc00 || next > 0xdfff) return 2 * index
    index++
  }
  return -1
}

/** The bytes of `text` stored as `encoding` (with its byte-order mark): the inverse of an exact `decodeText`. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8')
  if (encoding === 'utf-8 (BOM)') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
  const body = Buffer.from(text, 'utf16le')
  if (encoding === 'utf-16be') body.swap16()
  return Buffer.concat([Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
}

/** Why these bytes look like a binary file, or '' when they look like text. */
export function binaryReason(bytes: Uint8Array): string {
  const end = Math.min(bytes.length, sniffLength)
  let control = 0
  for (let index = 0; index < end; index++) {
    const byte = bytes[index]!
    if (byte === 0) return say('cli.binary-nul', {at: index})
    // Tab, LF, VT, FF, CR and ESC occur in text; other C0 controls rarely do.
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27) control++
  }
  if (end >= 32 && control * 10 > end) {
    return say('cli.binary-control', {count: control, length: end})
  }
  return ''
}

/** Byte index of the first invalid UTF-8 sequence, or -1. Linear, no allocation. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length
  let index = 0
  while (index < length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    let need: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1
      min = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2
      min = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3
      min = 0x10000
    } else return index
    let code = byte & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += need + 1
  }
  return -1
}
