/**
 * Lint's quote rules read the engine's pairs of quote marks
 * (src/extract/quote-marks.ts), so lint and the graph agree on what a quote
 * is: where they used to disagree — a quote wrapped over a soft line break,
 * marks lint did not know, a mark before a `-nya` cue with the space on the
 * wrong side — the findings now follow the graph's quotes.
 */
import test from 'ava'
import {lint} from '../src/lint/core.ts'
import {scanQuotes} from '../src/lint/quote-marks.ts'
import {extract} from '../src/pipeline.ts'

async function findings(text: string, rule: string): Promise<string[]> {
  const file = await lint(text)
  return file.messages.filter((message) => message.ruleId === rule).map((message) => `${message.line}:${message.column} ${message.reason}`)
}

/** The spans between the marks of lint's pairs, and the graph's direct quotes' contents. */
function readings(text: string): {lint: string[]; graph: string[]} {
  const lintQuotes = scanQuotes(text).pairs.map((pair) => text.slice(pair.open.offset + 1, pair.close.offset))
  const graphQuotes = extract(text).quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.content.text)
  return {lint: lintQuotes, graph: graphQuotes}
}

test('a quote wrapped over a soft line break is one quote for lint, as for the graph', async (t) => {
  const text = 'Jakarta - "Kami sudah menyiapkan tiga ratus bus tambahan\nuntuk para pemudik tahun ini," kata Kepala Dinas Perhubungan Raka Wibisana.\n'
  const {lint: pairs, graph} = readings(text)
  t.is(graph.length, 1)
  t.deepEqual(pairs, [graph[0] + ','])
  t.deepEqual(await findings(text, 'unbalanced-quote'), [])
  t.deepEqual(await findings(text, 'unattributed-quote'), [])
})

test('a mark lint did not know (the fullwidth ＂) pairs as the engine pairs them', (t) => {
  const text = 'Bandung - ＂Kami siap bekerja sama dengan semua pihak,＂ kata Ketua Panitia Raka Wibisana.\n'
  const {lint: pairs, graph} = readings(text)
  t.is(graph.length, 1)
  t.deepEqual(pairs, ['Kami siap bekerja sama dengan semua pihak,'])
})

test('a mark before a -nya cue with the space on the wrong side closes the quote (kami, ”keluhnya)', async (t) => {
  const text = 'Bogor - “Ini bukan saja berat bagi pedagang, tetapi juga berat bagi kami, ”keluhnya.\n'
  const {lint: pairs, graph} = readings(text)
  t.is(graph.length, 1)
  t.is(pairs.length, 1)
  t.true(graph[0]!.startsWith('Ini bukan saja'))
  t.deepEqual(await findings(text, 'unbalanced-quote'), [])
})

test('a quote continued over paragraphs (each opening with a mark) is not unbalanced; one left open is', async (t) => {
  const continued = '“Kami sudah menyiapkan semua bus untuk pemudik tahun ini.\n\n“Semua sopir sudah diperiksa kesehatannya,” kata Raka Wibisana.\n'
  t.deepEqual(await findings(continued, 'unbalanced-quote'), [])
  const open = '“Kami sudah menyiapkan semua bus untuk pemudik tahun ini.\n\nSemua sopir sudah diperiksa kesehatannya, kata Raka Wibisana.\n'
  t.deepEqual(await findings(open, 'unbalanced-quote'), ['1:1 Opening quote mark `“` is never closed in its paragraph'])
})
