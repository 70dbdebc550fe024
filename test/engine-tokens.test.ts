import test from 'ava'
import fc from 'fast-check'
import {tokenize, type Token} from '../src/extract/tokens.ts'

/** The facts of a token as a plain object, for deepEqual. */
function facts(token: Token) {
  return {
    text: token.text,
    lower: token.lower,
    word: token.word,
    capitalized: token.capitalized,
    allCaps: token.allCaps,
    spaceBefore: token.spaceBefore,
    breaksBefore: token.breaksBefore,
    paragraphStart: token.paragraphStart
  }
}

test('each token knows its words, case, space and line breaks', (t) => {
  const tokens = tokenize('Kata Budi:\n\n"BUMN itu sehat," ujarnya.\nLalu').slice()
  t.deepEqual(tokens.map((token) => token.text), ['Kata', 'Budi', ':', '"', 'BUMN', 'itu', 'sehat', ',', '"', 'ujarnya', '.', 'Lalu'])
  t.deepEqual(facts(tokens[0]!), {text: 'Kata', lower: 'kata', word: true, capitalized: true, allCaps: false, spaceBefore: true, breaksBefore: 0, paragraphStart: false})
  t.deepEqual(facts(tokens[2]!), {text: ':', lower: ':', word: false, capitalized: false, allCaps: false, spaceBefore: false, breaksBefore: 0, paragraphStart: false})
  // A blank line opens a paragraph.
  t.deepEqual(facts(tokens[3]!), {text: '"', lower: '"', word: false, capitalized: false, allCaps: false, spaceBefore: true, breaksBefore: 2, paragraphStart: true})
  t.deepEqual(facts(tokens[4]!), {text: 'BUMN', lower: 'bumn', word: true, capitalized: true, allCaps: true, spaceBefore: false, breaksBefore: 0, paragraphStart: false})
  // One line break after a finished sentence opens a paragraph too.
  t.deepEqual(facts(tokens[11]!), {text: 'Lalu', lower: 'lalu', word: true, capitalized: true, allCaps: false, spaceBefore: true, breaksBefore: 1, paragraphStart: true})
})

test('a line break inside a sentence is a soft wrap, not a paragraph', (t) => {
  const tokens = tokenize('kata\nKepala Dinas').slice()
  t.is(tokens[1]!.breaksBefore, 1)
  t.false(tokens[1]!.paragraphStart)
})

test('a line too long to be hard-wrapped ends its paragraph even without a full stop; a lower-case next line still continues it', (t) => {
  const long = '"Kami sudah menyiapkan tenda, dapur umum, dan obat-obatan untuk semua warga yang mengungsi di balai desa sejak kemarin," katanya'
  const opens = tokenize(`${long}\nKepala Dinas Sosial menambahkan bantuan tiba besok.`).slice()
  t.true(opens.find((token) => token.text === 'Kepala')!.paragraphStart)
  const continues = tokenize(`${long}\nkepada wartawan di Garut.`).slice()
  t.false(continues.find((token) => token.text === 'kepada')!.paragraphStart)
  const short = tokenize('"Kami siap," katanya\nKepala Dinas').slice()
  t.false(short.find((token) => token.text === 'Kepala')!.paragraphStart, 'a short line may be hard-wrapped')
})

test('many line breaks are all counted and open a paragraph', (t) => {
  const tokens = tokenize('Awal.' + '\n'.repeat(70_000) + 'Akhir').slice()
  const last = tokens.at(-1)!
  t.is(last.text, 'Akhir')
  t.is(last.breaksBefore, 70_000)
  t.true(last.paragraphStart)
  t.true(last.spaceBefore)
})

test('property: every token is its slice of the text, in order, at its index', (t) => {
  fc.assert(
    fc.property(fc.string({unit: fc.constantFrom('a', 'B', ' ', '\n', '\r', '.', '"', '“', '-', 'é', '😀', '1', ',')}), (text) => {
      const tokens = tokenize(text).slice()
      let previousEnd = 0
      tokens.forEach((token, index) => {
        if (token.index !== index || text.slice(token.start, token.end) !== token.text || token.start < previousEnd) throw new Error(`token ${index} of ${JSON.stringify(text)}`)
        if (token.breaksBefore < 0 || (token.paragraphStart && token.breaksBefore === 0 && index > 0)) throw new Error(`line breaks of token ${index}`)
        previousEnd = token.end
      })
    }),
    {numRuns: 500}
  )
  t.pass()
})
