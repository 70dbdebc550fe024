/**
 * The pieces under verification: words and their normalisation, the source
 * index (finds a quote among many documents, survives a changed word),
 * sentence bounds, markup → plain text with offsets back into the file,
 * name comparison, and robustness on arbitrary input.
 */
import test from 'ava'
import fc from 'fast-check'
import {findCandidates} from '../src/verify/candidates.ts'
import {readMarkup} from '../src/markup/read.ts'
import {parseSource} from '../src/verify/load-sources.ts'
import {sentenceBounds} from '../src/verify/sentences.ts'
import {originalOffset} from '../src/verify/source-document.ts'
import {SourceIndex} from '../src/verify/source-index.ts'
import {compareSpeakers, speakerNamed, type Speaker} from '../src/verify/speaker-match.ts'
import {verify} from '../src/verify/verify.ts'
import {locateWindow} from '../src/verify/window.ts'
import {quoteWords, scanWords, words} from '../src/text/words.ts'
import {miniExtract} from './fixtures/verify/mini-extract.ts'

test('words: case, curly apostrophes, soft hyphens, line-break hyphenation, numbers, glued sentences', (t) => {
  t.deepEqual(
    words('Ma’ruf Amin: Rp 482,5 triliun pada 2013.Kecanggihan Ha-kyou pemerin-\ntah pe\u00ADmerintah').map((word) => word.norm),
    ["ma'ruf", 'amin', 'rp', '482,5', 'triliun', 'pada', '2013', 'kecanggihan', 'ha', 'kyou', 'pemerintah', 'pemerintah']
  )
  const text = 'a  "Kami" b'
  const [, kami] = words(text)
  t.is(text.slice(kami.start, kami.end), 'Kami')
})

/** The grammar verify's own scanner had before it read the engine's tokens. */
const formerWordPattern = /[\p{L}\p{N}\p{M}\u00AD]+(?:(?:['’]|(?<=\p{N})[.,](?=\p{N})|-[ \t]*\r?\n[ \t]*)[\p{L}\p{N}\p{M}\u00AD]+)*/gu

test('the comparison words are the engine’s word tokens, normalised: the words of the former grammar', (t) => {
  // Less the former grammar's words of soft hyphens and apostrophes only (no letter, digit or mark: nothing to compare).
  const viaPattern = (text: string): number[][] =>
    [...text.matchAll(formerWordPattern)].filter((match) => /[\p{L}\p{N}\p{M}]/u.test(match[0])).map((match) => [match.index, match.index + match[0].length])
  const viaTokens = (text: string): number[][] => {
    const found: number[][] = []
    scanWords(text, (start, end) => found.push([start, end]))
    return found
  }
  // Digits beyond the Basic Multilingual Plane (`𝟙`) are left out: the tokenizer does not join `1,5` written with them.
  const pieces = fc
    .array(fc.constantFrom('a', 'B', '1', '2', "'", '’', '.', ',', '-', ' ', '\t', '\n', '\r', 'é', '\u0301', '\u00AD', '𝐀', '😀', '٣', 'x-\n y', 'Ha-kyou', 'Kompas.com', '10:30', '"', '(', '\uD835', '\uDC00'), {maxLength: 40})
    .map((parts) => parts.join(''))
  fc.assert(
    fc.property(pieces, (text) => {
      t.deepEqual(viaTokens(text), viaPattern(text))
    }),
    {numRuns: 3000}
  )
  // Any UTF-16 string: words in order, within the text, never empty.
  fc.assert(
    fc.property(fc.string({unit: 'binary', maxLength: 80}), (text) => {
      let previous = 0
      scanWords(text, (start, end) => {
        t.true(start >= previous && end > start && end <= text.length)
        previous = end
      })
    }),
    {numRuns: 2000}
  )
})

test('quote words: omission marks and bracket groups', (t) => {
  const {words: quoted, gapAtEnd, gapAtStart} = quoteWords('… ada (kami) memantau [...] dengan (sangat) cermat ...')
  t.deepEqual(quoted.map((word) => [word.norm, word.bracketed, word.gapBefore, word.bracketGroup ?? 0]), [
    ['ada', false, true, 0],
    ['kami', true, false, 1],
    ['memantau', false, false, 0],
    ['dengan', false, true, 0],
    ['sangat', true, false, 2],
    ['cermat', false, false, 0]
  ])
  t.true(gapAtEnd)
  t.true(gapAtStart)
})

test('the index finds a quote among many documents, also with a word changed', (t) => {
  const filler = (n: number): string => `Dokumen nomor ${n} berisi laporan rutin tentang cuaca dan lalu lintas kota hari ini.`
  const documents = Array.from({length: 500}, (_, n) => ({id: `d${n}`, text: filler(n)}))
  documents[321] = {id: 'd321', text: filler(321) + ' "Kami akan membangun jembatan baru di atas sungai itu tahun depan," kata Budi.'}
  const index = new SourceIndex(documents)
  const exact = findCandidates(index, quoteWords('Kami akan membangun jembatan baru di atas sungai itu tahun depan').words)
  t.is(exact[0].document, 321)
  const changed = findCandidates(index, quoteWords('Kami akan membangun terowongan baru di atas sungai itu tahun depan').words)
  t.is(changed[0].document, 321)
  t.is(index.graphsExtracted, 0, 'finding candidates extracts no source graph')
})

test('source graphs are extracted lazily: only where a quote matched', (t) => {
  const documents = Array.from({length: 50}, (_, n) => ({id: `d${n}`, text: `"Pernyataan nomor ${n} tentang anggaran daerah tahun ini," kata Budi Santoso.`}))
  const index = new SourceIndex(documents, {extract: miniExtract})
  verify('"Pernyataan nomor 7 tentang anggaran daerah tahun ini," kata Budi.', index, {extract: miniExtract})
  t.true(index.graphsExtracted >= 1)
  t.true(index.graphsExtracted <= 8, `extracted ${index.graphsExtracted} of 50`)
})

test('a document\'s words are the same after they left the cache and came back', (t) => {
  // More documents than the word cache holds (2,000), so that the first one is dropped from it and read again.
  const texts = Array.from({length: 2100}, (_, index) => `Berita ${index}: Ma’ruf Amin ke-${index} berkata "pemerin-\ntah hadir," Senin.`)
  const index = new SourceIndex(texts.map((text, at) => ({id: `${at}.txt`, text})))
  const first = index.wordsOf(0)
  t.deepEqual(first, words(texts[0]!))
  for (let document = 1; document < texts.length; document++) index.wordsOf(document)
  const again = index.wordsOf(0)
  t.not(again, first)
  t.deepEqual(again, words(texts[0]!))
  t.deepEqual(index.wordsOf(2099), words(texts[2099]!))
})

test('the window is where the quote stands, not at an earlier repeated word', (t) => {
  const source = words('Jalur sepeda diperluas. Jalur sepeda akan kami perluas tahun ini.')
  const quote = words('Jalur sepeda akan kami perluas')
  const {from, to} = locateWindow(source, quote)
  t.deepEqual(source.slice(from, to).map((word) => word.norm), ['jalur', 'sepeda', 'akan', 'kami', 'perluas'])
})

test('sentence bounds: glued sentences, decimals, closing quote marks, line breaks', (t) => {
  const text = 'Harga naik 1.000 rupiah.Pedagang mengeluh. "Kami rugi," katanya.\nBaris baru'
  t.deepEqual(
    sentenceBounds(text).map((bound) => text.slice(bound.start, bound.end)),
    ['Harga naik 1.000 rupiah.', 'Pedagang mengeluh.', '"Kami rugi," katanya.', 'Baris baru']
  )
})

test('markup to text: HTML entities, scripts and blocks; offsets map back into the file', (t) => {
  const html = '<p>Kata &quot;kami&quot; &amp; <b>dia</b></p><script>x = "no"</script><p>Dua</p>'
  const plain = readMarkup(html, 'html')
  t.is(plain.text, 'Kata "kami" & dia\nDua')
  const document = parseSource(html, 'a.html', 'html')[0]
  const at = document.text.indexOf('dia')
  t.is(html.slice(originalOffset(document, at), originalOffset(document, at + 3)), 'dia')
  const amp = document.text.indexOf('&')
  t.is(html.slice(originalOffset(document, amp), originalOffset(document, amp) + 5), '&amp;')
  const markdown = '# Judul\n\nIni \\*bukan\\* **tebal**.\n\n```\nkode\n```\n'
  t.is(readMarkup(markdown, 'markdown').text, 'Judul\n\nIni *bukan* tebal.\n\n')
})

test('names: honorifics and ranks left out, one name inside the other is the same person, roles with wakil differ', (t) => {
  const person = (name: string, ...roles: string[]): Speaker => ({...speakerNamed(name), roles: roles.map((role) => new Set(role.toLowerCase().split(' ')))})
  t.is(compareSpeakers(person('Jeon'), person('Jeon Ha-kyou')), 'same')
  t.is(compareSpeakers(person('Komisaris Besar Gatot Repli Handoko'), person('Gatot Repli Handoko')), 'same')
  t.is(compareSpeakers(person('Budi Santoso'), person('Agus Salim')), 'other')
  t.is(compareSpeakers(person('polisi'), person('Polisi')), 'same')
  t.is(compareSpeakers(person('Rahmat', 'Gubernur'), person('Rahmat Hidayat', 'Wakil Gubernur')), 'other-role')
  t.is(compareSpeakers(person('Rahmat', 'Menteri'), person('Rahmat Hidayat', 'Menteri Keuangan')), 'same')
  t.is(compareSpeakers(null, person('Budi')), 'unknown')
  const withAlias = (name: string, alias: string): Speaker => ({...person(name), names: [...person(name).names, ...person(alias).names]})
  t.is(compareSpeakers(withAlias('Joko Widodo', 'Jokowi'), person('Jokowi')), 'same')
  t.is(compareSpeakers(withAlias('Cempaka Putih Anies Baswedan', 'Cempaka'), withAlias('Cempaka Putih Dicky Alsadik', 'Cempaka')), 'other')
})

test('no input crashes verification', (t) => {
  const index = new SourceIndex(['"Kami (sudah) siap … sekali," kata Budi. [ ( ... ) ]', ''], {extract: miniExtract})
  const pieces = fc
    .array(fc.constantFrom('"', '“', '”', '…', '...', '(', ')', '[', ']', 'kata', 'Budi', 'Santoso', ' ', ',', '.', 'kami', 'siap', '-\n', '\u00AD', 'mengatakan bahwa', 'Menurut'), {maxLength: 60})
    .map((parts) => parts.join(''))
  const text = fc.oneof(fc.string({maxLength: 200, unit: 'binary'}), pieces)
  fc.assert(
    fc.property(text, text, (draft, source) => {
      const graph = verify(draft, [source, {id: 'x', text: draft.slice(0, 50)}], {extract: miniExtract})
      verify(draft, index, {extract: miniExtract})
      return graph.quotes.every((quote) => quote.verification !== undefined)
    }),
    {numRuns: 300}
  )
  t.pass()
})
