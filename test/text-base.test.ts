/**
 * One text base, read once: the engine's analysis starts from a reading
 * (tokens, quote marks, sentences) the caller already has, and lint's state
 * hands the engine the reading its quote rules read, so one lint run
 * tokenizes its text once and lint and the graph read the very same tokens.
 */
import test from 'ava'
import {analyse} from '../src/extract/document.ts'
import {getLanguage} from '../src/lang/index.ts'
import {lint} from '../src/lint/core.ts'
import {extract, extractReading} from '../src/pipeline.ts'
import {readText} from '../src/text/reading.ts'

const text =
  'Jakarta - Kepala Dinas Perhubungan Raka Wibisana menyiapkan tiga ratus bus tambahan. "Kami sudah siap melayani para pemudik tahun ini," kata Raka, Senin.\n\n' +
  'Menurut dia, jadwal keberangkatan akan diumumkan pekan depan.\n'

test('the analysis reads the text base it is handed, not a second tokenization', (t) => {
  const language = getLanguage('id')
  const base = readText(text, language)
  const doc = analyse(text, language, 0, base)
  t.is(doc.tokens, base.tokens)
  t.is(doc.marks, base.marks)
  t.is(doc.sentences, base.sentences)
})

test('a text base of another text or language is not used: the analysis reads its own', (t) => {
  const language = getLanguage('id')
  const other = readText(text + 'Tambahan.', language)
  const doc = analyse(text, language, 0, other)
  t.not(doc.tokens, other.tokens)
  t.deepEqual(doc.tokens, readText(text, language).tokens)
})

test('the graph of a read text is the graph of the text', (t) => {
  const graph = extractReading(readText(text))
  t.deepEqual(graph, extract(text))
  t.is(graph.quotes.length >= 1, true)
  t.is(graph.entities.find((entity) => entity.id === graph.quotes[0]!.speaker)?.name, 'Raka Wibisana')
})

test("lint's state keeps one reading; its quote pairs and the graph agree with it", async (t) => {
  const file = await lint(text)
  const state = file.data.kutip!
  const reading = state.reading
  t.is(state.reading, reading, 'the reading is computed once and kept')
  t.is(reading.text, text)
  // The pairs lint reads are the double-mark stretches of that reading.
  const stretch = reading.marks.stretches.find((candidate) => candidate.family === 'double')!
  t.is(state.quotes.pairs[0]!.open.offset, reading.tokens.at(stretch.openToken)!.start)
  // And the graph is the engine's over the same reading.
  t.deepEqual(state.graph, extract(text))
  t.is(state.graph.quotes.filter((quote) => quote.kind !== 'indirect').length, state.quotes.pairs.length)
})
