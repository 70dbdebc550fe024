/**
 * The lint bundle measures reporter cells with `narrowWidth` before falling
 * back to vfile-reporter's string-width (scripts/build.js,
 * scripts/bundle/narrow-width.js): wherever it answers, its answer must be
 * string-width's, character by character and for mixed strings.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import test from 'ava'
// @ts-expect-error a plain JavaScript build helper, without types
import {narrowWidth} from '../scripts/bundle/narrow-width.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** vfile-reporter's own string-width (nested when its version differs from the top-level one). */
const stringWidthPath = [
  path.join(root, 'node_modules', 'vfile-reporter', 'node_modules', 'string-width', 'index.js'),
  path.join(root, 'node_modules', 'string-width', 'index.js')
].find((candidate) => existsSync(candidate))!
const {default: stringWidth} = (await import(pathToFileURL(stringWidthPath).href)) as {default: (value: string) => number}
const width = narrowWidth as (value: string) => number | undefined

test('every character narrowWidth measures is one column for string-width', (t) => {
  let measured = 0
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    const char = String.fromCharCode(code)
    const narrow = width(char)
    if (narrow === undefined) continue
    measured++
    if (narrow !== stringWidth(char)) t.fail(`U+${code.toString(16)}: ${narrow} ≠ ${stringWidth(char)}`)
  }
  t.true(measured > 700, `${measured} characters measured without string-width`)
})

test('mixed strings: narrowWidth agrees with string-width or leaves them to it', (t) => {
  const pieces = ['a', 'Z', ' ', '`', '“', '”', '‘', '’', '–', '—', '…', '→', '←', 'é', 'Ş', 'ʼ', '\u00ad', '\u00a0', '©', '®', '↔', '😀', '가', '中', 'e\u0301', '\u200d', '\u2028', '\x1b[33m', '\t', '\n']
  let seed = 11
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  let agreed = 0
  for (let index = 0; index < 20_000; index++) {
    let value = ''
    for (let count = Math.floor(random() * 12); count > 0; count--) value += pieces[Math.floor(random() * pieces.length)]
    const narrow = width(value)
    if (narrow === undefined) continue
    agreed++
    if (narrow !== stringWidth(value)) t.fail(`${JSON.stringify(value)}: ${narrow} ≠ ${stringWidth(value)}`)
  }
  t.true(agreed > 1000)
  t.is(width('kata “Jeon” → `," kata`'), stringWidth('kata “Jeon” → `," kata`'))
  t.is(width('© 2024'), undefined, 'an emoji-capable sign goes to string-width')
  t.is(width('\x1b[33mwarning\x1b[39m'), undefined, 'colour codes go to string-width')
})
