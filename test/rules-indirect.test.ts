/**
 * One fictional example per indirect-speech rule (src/statements/indirect/, tried in the order of
 * `indirectRules`): the graph's `rule` names the rule that read the statement, with its content, cue and speaker.
 */
import {indirectRules} from '../src/statements/indirect/rules.ts'
import {ruleExamples} from './helpers/rules.ts'

const example = ruleExamples('indirectRules', indirectRules.map((rule) => rule.id), 'statement')

example('some-say', '`Ada yang` and a clausal cue: an unnamed source',
  'Kenaikan tarif itu memicu banyak tafsir. Ada pula yang menyebut kenaikan itu terlalu cepat.',
  {rule: 'some-say/anonymous', content: 'kenaikan itu terlalu cepat', kind: 'indirect', cue: 'menyebut', mention: 'Ada pula yang', speaker: 'Ada pula yang', speakerType: 'anonymous'})

example('clausal-cue', 'a subject and `mengatakan`, then the clause',
  'Kepala Dinas Kesehatan Rina Marlina mengatakan stok vaksin cukup untuk tiga bulan.',
  {rule: 'clausal-cue/name', content: 'stok vaksin cukup untuk tiga bulan', kind: 'indirect', cue: 'mengatakan', mention: 'Rina Marlina', speaker: 'Rina Marlina'})

example('coordinated-cue', '`seraya menambahkan bahwa …` shares the speaker of the sentence\'s clausal cue',
  'Rina Marlina mengatakan stok vaksin cukup, seraya menambahkan bahwa distribusi dimulai pekan depan.',
  {rule: 'coordinated-cue/shared', content: 'distribusi dimulai pekan depan', kind: 'indirect', cue: 'menambahkan', mention: null, speaker: 'Rina Marlina'})

example('report-back', '`Menurut laporan itu, …` shares the speaker of the report just made',
  'Reuters melaporkan bahwa kapal nelayan itu tenggelam di lepas pantai. Menurut laporan itu, tiga awak kapal masih hilang.',
  {rule: 'report-back/shared', content: 'tiga awak kapal masih hilang', kind: 'indirect', cue: 'Menurut', mention: null, speaker: 'Reuters', speakerType: 'outlet'})

example('according-to', '`Menurut X, …`',
  'Menurut Rina Marlina, stok vaksin cukup untuk tiga bulan.',
  {rule: 'according-to/name', content: 'stok vaksin cukup untuk tiga bulan', kind: 'indirect', cue: 'Menurut', mention: 'Rina Marlina', speaker: 'Rina Marlina'})

example('cue-before-clause', '`Kata X, …` without quote marks',
  'Kata Rina Marlina, stok vaksin cukup untuk tiga bulan.',
  {rule: 'cue-before-clause/name', content: 'stok vaksin cukup untuk tiga bulan', kind: 'indirect', cue: 'Kata', mention: 'Rina Marlina', speaker: 'Rina Marlina'})

example('cue-after-clause', '`…, kata X.` without quote marks',
  'Stok vaksin cukup untuk tiga bulan ke depan, kata Rina Marlina.',
  {rule: 'cue-after-clause/name', content: 'Stok vaksin cukup untuk tiga bulan ke depan', kind: 'indirect', cue: 'kata', mention: 'Rina Marlina', speaker: 'Rina Marlina'})

example('cited-source', '`Dilansir kantor berita X, …`: the outlet cited speaks',
  'Dilansir kantor berita Reuters, Senin (5/2/2024), harga minyak mentah naik dua persen.',
  {rule: 'cited-source/outlet', content: 'harga minyak mentah naik dua persen', kind: 'indirect', cue: 'Dilansir', speaker: 'Reuters', speakerType: 'outlet'})

example('passive-agent', 'a passive reporting verb with its agent inside the sentence: the sentence is the agent\'s statement',
  'Ekonom Ratih Kumala meneliti utang daerah. Beban bunga itu disebut Ratih seperti bola salju.',
  {rule: 'passive-agent/name', content: 'Beban bunga itu disebut Ratih seperti bola salju', kind: 'indirect', cue: 'disebut', mention: 'Ratih', speaker: 'Ratih Kumala'})
