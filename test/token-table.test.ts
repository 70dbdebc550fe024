import test from 'ava'
import fc from 'fast-check'
import {readFileSync, readdirSync} from 'node:fs'
import {analyse, readTextBase} from '../src/extract/document.ts'
import {tokenize, type Token} from '../src/extract/tokens.ts'
import {getLanguage} from '../src/lang/index.ts'
import {extract, extractReading} from '../src/pipeline.ts'

const language = getLanguage('id')

/** Every field of a token, as a plain object. */
function fields(token: Token) {
  const {index, start, end, text, lower, word, capitalized, allCaps, spaceBefore, breaksBefore, paragraphStart} = token
  return {index, start, end, text, lower, word, capitalized, allCaps, spaceBefore, breaksBefore, paragraphStart}
}

const sample = 'JAKARTA, KOMPAS — Kata Budi:\n\n"BUMN itu sehat," ujarnya.\nLalu Budi Santosomengatakan, harga naik.\r\n\r\nSelesai'

test('a table that keeps no token objects hands out the same tokens as one that keeps them all', (t) => {
  fc.assert(
    fc.property(fc.string({unit: fc.constantFrom('a', 'B', 'kata', 'Nya', ' ', '\n', '\r', '.', '"', '“', '-', 'é', '😀', '1', ',')}), (text) => {
      const kept = tokenize(text)
      const made = tokenize(text, 0)
      if (kept.length !== made.length) throw new Error(`lengths of ${JSON.stringify(text)}`)
      for (let k = 0; k < kept.length; k++) {
        if (JSON.stringify(fields(kept.at(k))) !== JSON.stringify(fields(made.at(k)))) throw new Error(`token ${k} of ${JSON.stringify(text)}`)
      }
    }),
    {numRuns: 300}
  )
  t.deepEqual(tokenize(sample, 0).slice().map(fields), tokenize(sample).slice().map(fields))
})

test('at() is undefined outside the table, never counted from the end; slice and iteration give the tokens in order', (t) => {
  for (const keepBelow of [undefined, 0]) {
    const tokens = tokenize('Budi datang.', keepBelow)
    t.is(tokens.length, 3)
    t.is(tokens.at(-1) as Token | undefined, undefined)
    t.is(tokens.at(3) as Token | undefined, undefined)
    t.is(tokens.at(2).text, '.')
    t.is(tokens.lowerAt(0), 'budi')
    t.is(tokens.lowerAt(-1), undefined)
    t.deepEqual(tokens.slice(1).map((token) => token.text), ['datang', '.'])
    t.deepEqual(tokens.slice(-2, -1).map((token) => token.text), ['datang'])
    t.deepEqual([...tokens].map((token) => token.index), [0, 1, 2])
  }
})

test('a large table asked for the same token twice gives the same fields, and its cache never hands out a stale one', (t) => {
  const text = Array.from({length: 600}, (_, k) => (k % 7 === 0 ? 'Kalimat selesai.\n' : 'kata ')).join('')
  const kept = tokenize(text)
  const made = tokenize(text, 0)
  // Slots of the cache are shared by tokens 256 apart: ask in an order that makes them take turns.
  for (const k of [0, 256, 0, 512, 256, 1, 257, 1]) t.deepEqual(fields(made.at(k)), fields(kept.at(k)), `token ${k}`)
  t.true(made.at(7).index === 7 && made.at(7 + 256).index === 7 + 256)
})

test('a glued cue is split the same in a large table (the split keeps the table\'s storage)', (t) => {
  const kept = readTextBase(sample, language)
  const made = readTextBase(sample, language, 0)
  t.is(made.tokens.keepBelow, 0)
  const texts = made.tokens.slice().map((token) => token.text)
  t.true(texts.includes('Santoso') && texts.includes('mengatakan'), texts.join(' '))
  t.deepEqual(made.tokens.slice().map(fields), kept.tokens.slice().map(fields))
})

test('the project\'s articles give byte-identical graphs whether the token table keeps its token objects or not', (t) => {
  const dir = new URL('../corpus/', import.meta.url)
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'))
  t.true(names.length >= 8)
  for (const name of names) {
    const text = readFileSync(new URL(name, dir), 'utf8')
    const base = readTextBase(text, language, 0)
    t.is(base.tokens.keepBelow, 0)
    t.is(JSON.stringify(extractReading(base)), JSON.stringify(extract(text)), name)
  }
  // analyse() reads the same document from either table.
  t.is(analyse(sample, language, 0, readTextBase(sample, language, 0)).tokens.length, analyse(sample, language, 0).tokens.length)
})
