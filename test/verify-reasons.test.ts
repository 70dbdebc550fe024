/**
 * Verification reasons are data (`verification.why`) rendered per language:
 * every kind says itself in English and Indonesian with all its facts filled,
 * the graph's `reason` stays the English sentence, and `kutip verify`'s text
 * in Indonesian carries Indonesian reasons.
 */
import test from 'ava'
import {explainReason, reasonKinds, type Reason} from '../src/verify/reason.ts'
import {verify} from '../src/verify/verify.ts'
import {formatVerification} from '../src/verify/format-text.ts'
import type {VerificationDetail} from '../src/verify/types.ts'

const facts: Reason['facts'] = {
  document: 'rilis.txt',
  speaker: 'Dedi Kurniawan',
  draftSpeaker: 'Rahmat Hidayat',
  share: 0.42,
  changes: {replaced: 2, added: 1, dropped: 0},
  edits: ['omission', 'case'],
  draftClause: 'kata Rahmat',
  sourceClause: 'kata Dedi',
  message: 'boom'
}

test('every kind of reason is said in English and in Indonesian, with no parameter left unfilled', (t) => {
  t.true(reasonKinds.length >= 20)
  for (const kind of reasonKinds) {
    const english = explainReason({kind, facts}, 'en')
    const indonesian = explainReason({kind, facts}, 'id')
    t.notRegex(english, /\{[a-zA-Z]+\}/u, kind)
    t.notRegex(indonesian, /\{[a-zA-Z]+\}/u, kind)
    t.not(english, indonesian, kind)
  }
  t.is(explainReason({kind: 'altered', facts}, 'en'), '2 words changed, 1 word added without marking, against `rilis.txt`')
  t.is(explainReason({kind: 'altered', facts}, 'id'), '2 kata diubah, 1 kata ditambahkan tanpa penanda, dibandingkan dengan `rilis.txt`')
  t.is(explainReason({kind: 'other-speaker', facts: {...facts, draftSpeaker: null}}, 'en'), 'The draft credits nobody named, but `rilis.txt` has these words from `Dedi Kurniawan`')
  t.is(explainReason({kind: 'found-edited', facts}, 'id'), 'Ditemukan dengan suntingan bertanda (penghilangan, huruf kapital) di `rilis.txt`')
})

const source = {
  id: 'rilis.txt',
  text: 'BANDUNG - Dinas Perhubungan menambah armada.\n\n"Kami sudah menyiapkan dua ratus bus tambahan untuk libur panjang," kata Kepala Dinas Perhubungan Rahmat Hidayat.\n'
}
const draft = 'BANDUNG - Armada ditambah.\n\n"Kami sudah menyiapkan tiga ratus bus tambahan untuk libur panjang," kata Kepala Dinas Perhubungan Rahmat Hidayat.\n'

test('a verified quote carries its reason as data and as the English sentence; the text report says it in the asked language', (t) => {
  const graph = verify(draft, [source])
  const verification = graph.quotes[0].verification as VerificationDetail
  t.is(verification.verdict, 'altered')
  t.deepEqual(verification.why, {kind: 'altered', facts: {document: 'rilis.txt', changes: {replaced: 1, added: 0, dropped: 0}}})
  t.is(verification.reason, '1 word changed without marking, against `rilis.txt`')
  const indonesian = formatVerification('draf.txt', draft, graph, {locale: 'id'})
  t.regex(indonesian, /^ +1 kata diubah tanpa penanda, dibandingkan dengan `rilis\.txt`$/mu)
  t.notRegex(indonesian, /without marking/u)
  t.regex(formatVerification('draf.txt', draft, graph), /^ +1 word changed without marking, against `rilis\.txt`$/mu)
})
