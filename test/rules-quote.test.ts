/**
 * One fictional example per quote rule (src/statements/quote/, tried in the order of `quoteRules`): the graph's
 * `rule` names the rule that read the quote, with its content, cue and speaker.
 */
import {quoteRules} from '../src/statements/quote/rules.ts'
import {continuedParagraph} from '../src/statements/quote/continued-paragraph.ts'
import {ruleExamples} from './helpers/rules.ts'

const example = ruleExamples('quoteRules', [...quoteRules.map((rule) => rule.id), continuedParagraph.id], 'statement')

example('quote-in-quote', 'a quotation inside a quote, after a cue and its speaker inside the outer quote',
  '“Kemarin Pak Darto bilang, ‘Besok pasar ditutup sementara,’ lalu dia pergi begitu saja,” kata Rina Marlina.',
  {rule: 'quote-in-quote/name', content: 'Besok pasar ditutup sementara', kind: 'direct', cue: 'bilang', mention: 'Darto', speaker: 'Darto'})

example('cue-after-quote', 'a quotation, then `kata` and a name',
  'Bupati Sleman Hendra Wibisono meninjau jalan yang rusak.\n\n"Jalan ini akan kami perbaiki sebelum musim hujan," kata Hendra.',
  {rule: 'cue-after-quote/name', content: 'Jalan ini akan kami perbaiki sebelum musim hujan', kind: 'direct', cue: 'kata', mention: 'Hendra', speaker: 'Hendra Wibisono'})

example('anaphoric-cue', 'a quotation, then `katanya`: the person named before',
  'Bupati Sleman Hendra Wibisono meninjau jalan yang rusak.\n\n"Jalan ini akan kami perbaiki sebelum musim hujan," katanya.',
  {rule: 'anaphoric-cue/anaphoric', content: 'Jalan ini akan kami perbaiki sebelum musim hujan', kind: 'direct', cue: 'katanya', mention: null, speaker: 'Hendra Wibisono'})

example('open-class-cue', 'a quotation, its comma, then a verb the lexicon does not know and a name',
  'Warga Desa Sukamaju mengenang banjir besar tahun lalu.\n\n"Air naik sampai atap rumah kami," kenang Wulan Sasmita.',
  {rule: 'open-class-cue/name', content: 'Air naik sampai atap rumah kami', kind: 'direct', cue: 'kenang', mention: 'Wulan Sasmita', speaker: 'Wulan Sasmita'})

example('cue-before-quote', 'a subject and `mengatakan`, then the quotation',
  'Bupati Sleman Hendra Wibisono mengatakan, "Jalan ini akan kami perbaiki sebelum musim hujan."',
  {rule: 'cue-before-quote/name', content: 'Jalan ini akan kami perbaiki sebelum musim hujan', kind: 'direct', cue: 'mengatakan', mention: 'Hendra Wibisono', speaker: 'Hendra Wibisono'})

example('split-quote', 'the second part of a quote split by its cue shares the first part\'s cue and speaker',
  '"Harga cabai rawit naik," kata Sri Wahyuni, "tetapi stok di gudang masih aman."',
  {rule: 'split-quote/shared', content: 'tetapi stok di gudang masih aman', kind: 'direct', cue: 'kata', mention: null, speaker: 'Sri Wahyuni'})

example('mixed-in-clause', 'a quoted fragment inside a reported clause',
  'Budi Santoso mengatakan bahwa izin vila itu "harus dievaluasi ulang" oleh pemerintah daerah.',
  {rule: 'mixed-in-clause/name', content: 'harus dievaluasi ulang', kind: 'mixed', cue: 'mengatakan', mention: 'Budi Santoso', speaker: 'Budi Santoso'})

example('floating-quote', 'a quotation standing as a sentence with no cue: the person named before',
  'Bupati Sleman Hendra Wibisono meninjau jalan yang rusak.\n\n"Jalan ini akan kami perbaiki sebelum musim hujan."',
  {rule: 'floating-quote/floating', content: 'Jalan ini akan kami perbaiki sebelum musim hujan', kind: 'direct', cue: null, mention: null, speaker: 'Hendra Wibisono'})

example('continued-paragraph', 'a quote left open at a paragraph end takes the cue after its last part',
  'Ratusan buruh berunjuk rasa di depan kantor gubernur.\n\n“Kami sudah menunggu tiga bulan.\n\n“Upah harus dibayar minggu ini,” kata Sutrisno Hadi.',
  {rule: 'continued-paragraph/name', content: 'Kami sudah menunggu tiga bulan', kind: 'direct', cue: 'kata', mention: 'Sutrisno Hadi', speaker: 'Sutrisno Hadi', unbalanced: false})
