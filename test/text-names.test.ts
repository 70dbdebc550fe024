/**
 * The one name comparer (src/text/names.ts): the engine's entity registry,
 * lint and verify read a name's words the same way, and the registry's merges
 * (nicknames, initials, a one-letter slip) are its functions.
 */
import test from 'ava'
import {abbreviates, isNickname, nameWords, nameWordSet, nestedWords, oneEditApart, wordsWithin} from '../src/text/names.ts'
import {extract} from '../src/pipeline.ts'
import {words} from '../src/text/words.ts'

test('a name is read as its comparison words, in order', (t) => {
  t.deepEqual(nameWords('Kim Jong-un'), ['kim', 'jong', 'un'])
  t.deepEqual(nameWords('A.M. Hendrawan'), ['a', 'm', 'hendrawan'])
  // A curly apostrophe is the straight one, as verify compares words.
  t.deepEqual(nameWords('Ma’sum Rahardi'), ["ma'sum", 'rahardi'])
  t.deepEqual(nameWords(' - '), [])
})

test('a plain name (ASCII letters, single spaces) reads as the tokenizer reads it', (t) => {
  for (const name of ['Raka Wibisana', 'RAKA', 'a b c', 'Sultan HB X', 'Raka  Wibisana', 'Raka Wibisana ', 'Ratna-Dewi', 'Çelik Aydın']) {
    t.deepEqual(nameWords(name), words(name).map((word) => word.norm), name)
  }
})

test('name word sets leave ranks and honorifics out, unless nothing else is left', (t) => {
  const leaveOut = new Set(['bapak', 'dokter'])
  t.deepEqual([...nameWordSet('Bapak Raka Wibisana', leaveOut)], ['raka', 'wibisana'])
  t.deepEqual([...nameWordSet('Dokter', leaveOut)], ['dokter'])
})

test('one set inside the other: the engine asks one way, lint and verify either way and never for an empty set', (t) => {
  t.true(wordsWithin(['raka'], new Set(['raka', 'wibisana'])))
  t.false(wordsWithin(['raka', 'putra'], new Set(['raka', 'wibisana'])))
  t.true(wordsWithin([], new Set(['raka'])))
  t.true(nestedWords(new Set(['raka', 'wibisana']), new Set(['raka'])))
  t.false(nestedWords(new Set(), new Set(['raka'])))
})

test('nicknames, initials and a one-letter slip', (t) => {
  t.true(isNickname('Jokowi', ['joko', 'widodo']))
  t.true(isNickname('SBY', ['susilo', 'bambang', 'yudhoyono']))
  t.false(isNickname('Bam', ['bambang']))
  t.true(abbreviates(['sultan', 'hb', 'x'], ['sultan', 'hamengku', 'buwono', 'x']))
  t.false(abbreviates(['sultan', 'hb'], ['sultan', 'hamengku', 'buwono', 'x']))
  t.true(oneEditApart('chaidir', 'chadir'))
  t.false(oneEditApart('hidayat', 'widayat'), 'a changed letter is another name')
})

test('the registry merges a name written with a curly apostrophe and with a straight one', (t) => {
  const text =
    'Jakarta - "Kami akan memeriksa semua laporan warga," kata Kepala Dinas Lingkungan Ma’sum Rahardi, Senin.\n\n' +
    '"Hasilnya kami umumkan pekan depan," ujar Ma\'sum.\n'
  const graph = extract(text)
  const speakers = new Set(graph.quotes.map((quote) => quote.speaker))
  t.is(graph.quotes.length, 2)
  t.is(speakers.size, 1)
  t.is(graph.entities.find((entity) => entity.id === graph.quotes[0]!.speaker)?.name, 'Ma’sum Rahardi')
})
