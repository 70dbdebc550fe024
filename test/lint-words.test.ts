/**
 * Lint's word lists match whole tokens of the engine's tokenizer: a word the
 * rules find is a word the graph reads (`kata` is no cue inside `kata-kata`,
 * `berkata` or `Kompas.com`'s `com`).
 */
import test from 'ava'
import {isWholeTokens, wordList} from '../src/lint/words.ts'

test('a listed word inside a longer token is not found', (t) => {
  const list = wordList(['kata', 'kompas', 'sumber'])
  const text = 'Kata-kata itu berkata lain, kata Raka di Kompas.com; sumber-sumber resmi dan sumber lain.'
  t.deepEqual(
    list.matches(text).map((match) => match.text),
    ['kata', 'sumber']
  )
  t.false(list.test('kata-kata itu, berkata, Kompas.com'))
  t.true(list.test('kata-kata itu, ' + 'x '.repeat(200) + 'kata dia'), 'past the first match that is no token, on a long text')
})

test('token boundaries: hyphens, apostrophes and dots join, spaces and punctuation do not', (t) => {
  const text = "Ha-kyou, Jum'at (Kompas.com) 4.5 kata."
  t.false(isWholeTokens(text, 0, 2))
  t.true(isWholeTokens(text, 0, 7))
  t.false(isWholeTokens(text, 9, 12))
  t.true(isWholeTokens(text, 9, 15))
  t.false(isWholeTokens(text, 17, 23))
  t.true(isWholeTokens(text, 17, 27))
  t.true(isWholeTokens(text, 33, 37))
})
