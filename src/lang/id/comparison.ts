/**
 * Indonesian words for comparing a quote with its source (`kutip verify`):
 * the function words left out of a content-word overlap, the negations a
 * paraphrase must keep, the honorifics and ranks left out of a name, the
 * words that make a role another role, and the labels of transcript lines.
 */
import type {ComparisonLexicon} from '../language.ts'

export const comparison: ComparisonLexicon = {
  stopwords: new Set([
    // conjunctions and connectives
    'dan', 'atau', 'tetapi', 'tapi', 'namun', 'serta', 'lalu', 'kemudian', 'sehingga', 'karena', 'karna',
    'sebab', 'jika', 'kalau', 'bila', 'apabila', 'agar', 'supaya', 'meski', 'meskipun', 'walau', 'walaupun',
    'bahwa', 'yaitu', 'yakni', 'ketika', 'saat', 'sambil', 'sedangkan', 'melainkan', 'hingga', 'sampai',
    'maka', 'pun', 'bahkan', 'juga', 'lagi', 'pula', 'adapun', 'sementara', 'selain', 'seraya',
    // prepositions
    'di', 'ke', 'dari', 'pada', 'kepada', 'daripada', 'untuk', 'bagi', 'dengan', 'oleh', 'tentang',
    'terhadap', 'dalam', 'atas', 'bawah', 'antara', 'sejak', 'menuju', 'tanpa', 'seperti', 'sebagai',
    'menurut', 'akan', 'demi', 'per', 'via', 'soal', 'terkait',
    // pronouns and determiners
    'saya', 'aku', 'kami', 'kita', 'anda', 'kamu', 'engkau', 'dia', 'ia', 'beliau', 'mereka', 'nya',
    'ini', 'itu', 'tersebut', 'sini', 'situ', 'sana', 'yang', 'para', 'sang', 'si', 'kaum',
    'semua', 'segala', 'setiap', 'tiap', 'seluruh', 'beberapa', 'sejumlah', 'banyak', 'sedikit',
    'dirinya', 'diri', 'sendiri', 'masing', 'lain', 'lainnya',
    // auxiliaries, adverbs, particles
    'adalah', 'ialah', 'merupakan', 'ada', 'tidak', 'tak', 'bukan', 'belum', 'sudah', 'telah', 'sedang',
    'masih', 'pernah', 'harus', 'dapat', 'bisa', 'boleh', 'mau', 'ingin', 'perlu', 'mesti', 'hanya',
    'saja', 'sangat', 'amat', 'paling', 'lebih', 'kurang', 'cukup', 'terlalu', 'sekali', 'agak', 'pasti',
    'mungkin', 'tentu', 'memang', 'justru', 'hal', 'apa', 'siapa', 'mana', 'bagaimana', 'mengapa',
    'kenapa', 'kapan', 'berapa', 'dimana', 'kah', 'lah', 'tah', 'dong', 'kok', 'sih', 'kan', 'ya', 'pak',
    'bu', 'nah', 'toh', 'loh', 'deh', 'jadi', 'menjadi', 'secara', 'sudah', 'baru', 'tetap', 'terus',
    'kembali', 'nanti', 'kini', 'sekarang', 'tadi', 'dulu', 'pernah', 'selalu', 'sering',
    // reporting words: they say *that* someone spoke, not *what* was said
    'kata', 'katanya', 'ujar', 'ujarnya', 'mengatakan', 'menyatakan', 'menyebut', 'menyebutkan',
    'menjelaskan', 'menegaskan', 'menambahkan', 'tambahnya', 'jelasnya', 'ungkapnya', 'tuturnya',
    'menurutnya', 'mengungkapkan', 'menilai', 'berkata', 'bilang', 'sebutnya', 'lanjutnya', 'imbuhnya'
  ]),
  negations: new Set([
    'tidak', 'tak', 'bukan', 'belum', 'jangan', 'tanpa', 'tiada', 'enggak', 'nggak', 'gak', 'ndak'
  ]),
  nameHonorifics: new Set([
    'h', 'hj', 'haji', 'hajah', 'kh', 'dr', 'drs', 'dra', 'prof', 'ir', 'sh', 'se', 'mm', 'msi', 'mh', 'phd',
    'st', 'spd', 'skom', 'mba', 'mpd', 'ssos', 'sip', 'drg', 'dokter', 'profesor',
    'bapak', 'pak', 'ibu', 'bu', 'sdr', 'saudara', 'saudari', 'tuan', 'nyonya', 'mr', 'mrs', 'ms',
    'ustaz', 'ustad', 'ustadz', 'kiai', 'kyai', 'habib', 'gus', 'romo', 'pastor', 'pendeta', 'bhikkhu',
    'raden', 'rm', 'tengku', 'teuku', 'sultan', 'gusti', 'kanjeng',
    'jenderal', 'jend', 'letnan', 'letjen', 'mayjen', 'brigjen', 'marsekal', 'laksamana', 'kolonel',
    'kol', 'mayor', 'kapten', 'sersan', 'kopral', 'komisaris', 'besar', 'kombes', 'ajun', 'akbp', 'akp',
    'kompol', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka', 'brigadir', 'briptu', 'bripda', 'irjen',
    'komjen', 'inspektur', 'polisi', 'pol', 'purn', 'purnawirawan', 'tni'
  ]),
  roleModifiers: new Set([
    'wakil', 'mantan', 'eks', 'bekas', 'plt', 'plh', 'pj', 'penjabat', 'calon', 'pelaksana', 'tugas', 'harian', 'sementara'
  ]),
  transcriptNonSpeakers: new Set([
    't', 'j', 'p', 'q', 'a', 'tanya', 'jawab', 'wartawan', 'pewawancara', 'reporter', 'penanya', 'moderator',
    'catatan', 'sumber', 'editor', 'penulis', 'pewarta', 'foto', 'baca juga', 'keterangan', 'lokasi',
    'tanggal', 'waktu', 'judul', 'topik', 'narasumber', 'transkrip', 'simak juga', 'penerjemah',
    'redaktur', 'copyright', 'hak cipta', 'scroll to continue with content'
  ]),
  interviewLabels: new Set(['t', 'j', 'p', 'q', 'a', 'tanya', 'jawab', 'wartawan', 'pewawancara', 'reporter', 'penanya', 'moderator'])
}
