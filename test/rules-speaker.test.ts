/**
 * One fictional example per speaker rule (src/attribute/speaker-rules.ts, in order of precision): the graph's
 * `rule` after the slash names the rule that decided the speaker, with the quote's content, cue and speaker.
 */
import {speakerRules} from '../src/attribute/speaker-rules.ts'
import {ruleExamples} from './helpers/rules.ts'

const example = ruleExamples('speakerRules', speakerRules.map((rule) => rule.id), 'speaker')

example('name', 'a name at the cue',
  'Menurut Rina Marlina, stok vaksin cukup untuk tiga bulan.',
  {rule: 'according-to/name', content: 'stok vaksin cukup untuk tiga bulan', cue: 'Menurut', mention: 'Rina Marlina', speaker: 'Rina Marlina', speakerType: 'person'})

example('outlet', 'an outlet at the cue',
  'Reuters melaporkan bahwa kapal nelayan itu tenggelam di lepas pantai.',
  {rule: 'clausal-cue/outlet', content: 'kapal nelayan itu tenggelam di lepas pantai', cue: 'melaporkan', mention: 'Reuters', speaker: 'Reuters', speakerType: 'outlet'})

example('organization', 'an organisation at the cue',
  'Kementerian Kesehatan mengatakan stok vaksin cukup untuk tiga bulan.',
  {rule: 'clausal-cue/organization', content: 'stok vaksin cukup untuk tiga bulan', cue: 'mengatakan', mention: 'Kementerian Kesehatan', speaker: 'Kementerian Kesehatan', speakerType: 'organization'})

example('anonymous', 'an unnamed source with its affiliation',
  'Seorang pejabat di Kementerian Kesehatan mengatakan stok vaksin cukup untuk tiga bulan.',
  {rule: 'clausal-cue/anonymous', content: 'stok vaksin cukup untuk tiga bulan', cue: 'mengatakan', mention: 'Seorang pejabat di Kementerian Kesehatan', speaker: 'Seorang pejabat di Kementerian Kesehatan', speakerType: 'anonymous'})

example('group', 'a group noun at the cue',
  'Warga Desa Sukamaju mengatakan banjir datang tengah malam.',
  {rule: 'clausal-cue/group', content: 'banjir datang tengah malam', cue: 'mengatakan', mention: 'Warga Desa Sukamaju', speaker: 'Warga Desa Sukamaju', speakerType: 'group'})

example('title', 'a bare title: the person the text gave that role',
  'Wali Kota Malang Sutiaji Pramono meninjau pasar.\n\n"Harga cabai harus turun pekan ini," kata Wali Kota.',
  {rule: 'cue-after-quote/title', content: 'Harga cabai harus turun pekan ini', cue: 'kata', mention: 'Wali Kota', speaker: 'Sutiaji Pramono', speakerType: 'person'})

example('shared', 'the second part of a split quote: the first part\'s speaker',
  '"Harga cabai rawit naik," kata Sri Wahyuni, "tetapi stok di gudang masih aman."',
  {rule: 'split-quote/shared', content: 'tetapi stok di gudang masih aman', cue: 'kata', mention: null, speaker: 'Sri Wahyuni'})

example('pronoun', '`Ia mengatakan`: the person named before',
  'Rina Marlina meninjau gudang vaksin.\n\nIa mengatakan stok vaksin cukup untuk tiga bulan.',
  {rule: 'clausal-cue/pronoun', content: 'stok vaksin cukup untuk tiga bulan', cue: 'mengatakan', mention: 'Ia', speaker: 'Rina Marlina'})

example('plural', '`Mereka mengatakan`: the speaker before',
  'Ketua Paguyuban Pedagang Slamet Riyadi mengatakan harga cabai naik.\n\nMereka mengatakan pasokan dari petani berkurang sejak bulan lalu.',
  {rule: 'clausal-cue/plural', content: 'pasokan dari petani berkurang sejak bulan lalu', cue: 'mengatakan', mention: 'Mereka', speaker: 'Slamet Riyadi'})

example('description', 'a description closed by `itu`: the person named before',
  'Sopir angkot Joko Susilo mengatakan jalan itu rusak parah.\n\n"Saya hanya ingin jalan ini segera diperbaiki," kata sopir berusia 45 tahun itu.',
  {rule: 'cue-after-quote/description', content: 'Saya hanya ingin jalan ini segera diperbaiki', cue: 'kata', mention: 'sopir berusia 45 tahun itu', speaker: 'Joko Susilo'})

example('title-from-context', 'a title no one in the text holds: the speaker before',
  'Rina Marlina mengatakan stok vaksin cukup untuk tiga bulan.\n\n"Distribusi dimulai pekan depan," kata Menteri.',
  {rule: 'cue-after-quote/title-from-context', content: 'Distribusi dimulai pekan depan', cue: 'kata', mention: 'Menteri', speaker: 'Rina Marlina'})

example('anaphoric', '`katanya`: the person named before',
  'Bupati Sleman Hendra Wibisono meninjau jalan yang rusak.\n\n"Jalan ini akan kami perbaiki sebelum musim hujan," katanya.',
  {rule: 'anaphoric-cue/anaphoric', content: 'Jalan ini akan kami perbaiki sebelum musim hujan', cue: 'katanya', mention: null, speaker: 'Hendra Wibisono'})

example('floating', 'a quotation with no cue: the person named before',
  'Bupati Sleman Hendra Wibisono meninjau jalan yang rusak.\n\n"Jalan ini akan kami perbaiki sebelum musim hujan."',
  {rule: 'floating-quote/floating', content: 'Jalan ini akan kami perbaiki sebelum musim hujan', cue: null, mention: null, speaker: 'Hendra Wibisono'})

example('title-unresolved', 'a title with no one before it names the speaker itself',
  '"Harga cabai harus turun pekan ini," kata Presiden.',
  {rule: 'cue-after-quote/title-unresolved', content: 'Harga cabai harus turun pekan ini', cue: 'kata', mention: 'Presiden', speaker: 'Presiden', speakerType: 'person'})

example('unresolved', '`katanya` with no one before it: no speaker',
  '"Harga cabai harus turun pekan ini," katanya.',
  {rule: 'anaphoric-cue/unresolved', content: 'Harga cabai harus turun pekan ini', cue: 'katanya', mention: null, speaker: null})
