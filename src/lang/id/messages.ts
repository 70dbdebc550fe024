/**
 * Pesan dalam bahasa Indonesia: semua kalimat yang kutip sampaikan kepada
 * orang (aturan lint, verify, laporan, galat CLI), per kunci. Kuncinya
 * ditentukan katalog bahasa Inggris (src/lang/en/messages.ts); `{nama}`
 * adalah parameter.
 */
import type {Catalog} from '../catalog.ts'

export const messages: Catalog = {
  'unattributed-quote': 'Kutipan tanpa narasumber: siapa yang mengatakan ini? Tambahkan kata pengantar dan nama (`"…," kata …`)',
  'ambiguous-speaker.no-antecedent': '`{cue}` tidak merujuk ke narasumber yang sudah disebut: sebut dulu nama narasumber sebelum memakai kata ganti',
  'ambiguous-speaker.candidates': '`{cue}` bisa berarti {names} atau {last}: sebut nama narasumbernya',
  'anonymous-source':
    '`{source}` adalah sumber anonim tanpa keterangan instansi dan tanpa alasan mengapa namanya dirahasiakan: sebutkan tempat sumber bekerja atau alasan anonimitasnya',
  'first-reference.short-name': '{name} pertama kali disebut hanya sebagai `{mention}`: tulis nama lengkap pada penyebutan pertama, baru disingkat sesudahnya',
  'first-reference.no-role': '{name} dikutip tanpa jabatan atau keterangan: jelaskan siapa dia pada penyebutan pertama',
  'first-reference.mononym': '{name} dikutip hanya dengan satu nama dan tak pernah dijelaskan siapa dia: tambahkan jabatan, peran, atau keterangan lain pada penyebutan pertama',
  'inconsistent-name': '`{form}` sebelumnya ditulis `{other}`: pakai satu ejaan saja',
  'missing-credit': 'Berita ini mengutip liputan {outlet} tanpa mencantumkan sumber: tambahkan baris `Sumber:` atau kredit di badan berita (`dikutip dari …`)',
  'mixed-speakers': 'Kutipan {speaker} langsung menyusul kutipan {previous} tanpa atribusi di antaranya: sebut dulu narasumber yang baru atau mulai paragraf baru',
  'mixed-speakers.another-speaker': 'narasumber lain',
  'non-neutral-cue': '`{cue}` {why}; kata pengantar netral seperti `{neutral}` melaporkan pernyataan tanpa menilainya',
  'non-neutral-cue.why.doubtful': 'mengesankan pernyataannya patut diragukan',
  'non-neutral-cue.why.excuses': 'mengesankan narasumber sedang mencari-cari alasan',
  'non-neutral-cue.why.evading': 'mengesankan narasumber sedang mengelak',
  'non-neutral-cue.why.confession-or-claim': 'mengesankan pengakuan atau klaim yang meragukan',
  'non-neutral-cue.why.confession': 'mengesankan pengakuan bersalah',
  'non-neutral-cue.why.mocking': 'bernada mengejek narasumber',
  'non-neutral-cue.why.loaded': 'bermuatan penilaian',
  'quote-punctuation.remove-after-mark': 'Hapus `{outside}` sesudah tanda kutip penutup: kutipan sudah diakhiri `{inner}`',
  'quote-punctuation.comma-inside': 'Koma diletakkan di dalam tanda kutip penutup: `{actual}` → `{expected}`',
  'quote-punctuation.replaces-comma-before': '`{mark}` sudah menggantikan koma: hapus `,` di depannya',
  'quote-punctuation.replaces-comma-after': '`{mark}` sudah menggantikan koma: hapus `{extra}` sesudahnya',
  'quote-punctuation.comma-not-stop': 'Sebelum kata pengantar pakai koma, bukan titik: `{actual}` → `{expected}`',
  'quote-punctuation.add-comma': 'Tambahkan koma di dalam tanda kutip penutup sebelum kata pengantar: `{actual}` → `{expected}`',
  'quote-punctuation.lower-case-cue': 'Kata pengantar sesudah kutipan ditulis dengan huruf kecil: `{actual}` → `{expected}`',
  'quote-punctuation.stop-inside': 'Titik diletakkan di dalam tanda kutip penutup: `{actual}` → `{expected}`',
  'quote-punctuation.remove-stop': 'Hapus titik sesudah `{mark}`',
  'quote-style.straight-quote': 'Tanda kutip lurus `{actual}` semestinya `{expected}`',
  'quote-style.smart-quote': 'Tanda kutip lengkung `{actual}` semestinya `{expected}`',
  'quote-style.straight-apostrophe': 'Apostrof lurus `{actual}` semestinya `{expected}`',
  'quote-style.smart-apostrophe': 'Apostrof lengkung `{actual}` semestinya `{expected}`',
  'quote-style.nesting': 'Untuk kutipan di dalam kutipan pada tingkat ini, `{actual}` semestinya `{expected}`',
  'unbalanced-quote.unclosed': 'Tanda kutip pembuka `{mark}` tidak ditutup di paragrafnya',
  'unbalanced-quote.unopened': 'Tanda kutip penutup `{mark}` tidak didahului tanda kutip pembuka di paragrafnya',
  'misquote': 'Kutipan berbeda dengan `{document}` tanpa penanda (… untuk bagian yang dihilangkan, kurung siku untuk sisipan)',
  'misquote.note': 'Beda kata (sumber → kutipan): {diff}',
  'misattributed': 'Kata-kata ini di `{document}` diucapkan oleh {source}, bukan oleh narasumber yang disebut di naskah',
  'misattributed.note': 'Sumber: {document} {start}–{end}: “{text}”',
  'unsupported-quote': 'Kutipan ini tidak ditemukan di sumber mana pun',
  'unsupported-quote.note': 'Kemiripan tertinggi dengan sumber: {percent}%',

  'verify.paraphrase': 'parafrasa',

  'cli.file-not-found': '{path}: berkas tidak ditemukan',
  'cli.binary-file': '{path}: berkas biner, bukan teks',
  'cli.no-files-match': 'tidak ada berkas yang cocok dengan {pattern}',
  'cli.unknown-option': 'opsi tidak dikenal: {option}',
  'cli.did-you-mean': 'maksud Anda {suggestion}?',
  'cli.missing-value': 'opsi {option} memerlukan nilai',
  'cli.invalid-locale': 'bahasa `{locale}` tidak dikenal (yang tersedia: {known})',
  'cli.cannot-write': 'tidak dapat menulis {path}: {reason}',
  'cli.cannot-read': 'tidak dapat membaca {path}: {reason}',
  'cli.too-many-warnings': 'terlalu banyak peringatan: {count} (--max-warnings membatasi {max})',
  'cli.config-error': '{path}: {reason}'
}
