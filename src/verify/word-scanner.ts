/**
 * The word boundaries of words.ts's pattern, found by a hand-written scanner
 * over character codes: the index reads every source word, and this is a few
 * times faster than the Unicode regular expression. It implements the same
 * grammar (a test holds the two equal on arbitrary text):
 *
 *   word   = W+ (join W+)*
 *   W      = a letter, digit or mark (\p{L} \p{N} \p{M}) or a soft hyphen
 *   join   = ' or ’  |  . or , between two digits  |  - [ \t]* \r? \n [ \t]*
 *
 * Character classes come from a table over the Basic Multilingual Plane,
 * built once from the same Unicode properties; characters beyond it
 * (surrogate pairs) are tested one by one.
 */

const wordBit = 1
const digitBit = 2
let table: Uint8Array | undefined

function classes(): Uint8Array {
  if (table === undefined) {
    table = new Uint8Array(0x10000)
    const word = /[\p{L}\p{N}\p{M}\u00AD]/u
    const digit = /\p{N}/u
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const char = String.fromCharCode(code)
      if (word.test(char)) table[code] = wordBit | (digit.test(char) ? digitBit : 0)
    }
  }
  return table
}

const astralWord = /^[\p{L}\p{N}\p{M}]$/u
const astralDigit = /^\p{N}$/u

/** Code units taken by a word character at `at` (0 if there is none). */
function wordWidth(text: string, at: number, bits: Uint8Array): number {
  const code = text.charCodeAt(at)
  if (code < 0xd800 || code > 0xdfff) return bits[code] & wordBit
  if (code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff && astralWord.test(text.slice(at, at + 2))) return 2
  }
  return 0
}

function isDigitAt(text: string, at: number, bits: Uint8Array): boolean {
  const code = text.charCodeAt(at)
  if (code < 0xd800 || code > 0xdfff) return (bits[code] & digitBit) !== 0
  return code <= 0xdbff && astralDigit.test(text.slice(at, at + 2))
}

/** Whether the character ending just before `at` is a digit. */
function digitBefore(text: string, at: number, bits: Uint8Array): boolean {
  const code = text.charCodeAt(at - 1)
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) return astralDigit.test(text.slice(at - 2, at))
  return isDigitAt(text, at - 1, bits)
}

/** Calls `emit(start, end)` for every word of `text`, in order. */
export function scanWords(text: string, emit: (start: number, end: number) => void): void {
  const bits = classes()
  const length = text.length
  let at = 0
  while (at < length) {
    let width = wordWidth(text, at, bits)
    if (width === 0) {
      at++
      continue
    }
    const start = at
    for (;;) {
      while (at < length && (width = wordWidth(text, at, bits)) > 0) at += width
      if (at >= length) break
      const code = text.charCodeAt(at)
      if ((code === 39 || code === 0x2019) && at + 1 < length && wordWidth(text, at + 1, bits) > 0) {
        at++
        continue
      }
      if ((code === 46 || code === 44) && at + 1 < length && digitBefore(text, at, bits) && isDigitAt(text, at + 1, bits)) {
        at++
        continue
      }
      if (code === 45) {
        let next = at + 1
        while (next < length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++
        if (text.charCodeAt(next) === 13) next++
        if (text.charCodeAt(next) === 10) {
          next++
          while (next < length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++
          if (next < length && wordWidth(text, next, bits) > 0) {
            at = next
            continue
          }
        }
      }
      break
    }
    emit(start, at)
  }
}
