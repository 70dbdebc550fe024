/**
 * Indonesian function words, as data: ignored when indirect speech is compared
 * with a source sentence by content-word overlap.
 *
 * (Language knowledge: this list belongs in src/lang/id and should move there
 * once that module offers a stopword list.)
 */
export const indonesianStopwords: ReadonlySet<string> = new Set([
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
])

/** The words of a text that carry content: not stopwords, not single characters. */
export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !indonesianStopwords.has(norm)
}

/**
 * Negation words: stopwords for overlap, but they turn a statement into its
 * opposite, so a paraphrase must keep them (`tidak akan naik` is not `akan naik`).
 */
export const indonesianNegations: ReadonlySet<string> = new Set([
  'tidak', 'tak', 'bukan', 'belum', 'jangan', 'tanpa', 'tiada', 'enggak', 'nggak', 'gak', 'ndak'
])

/** Whether a run of words is negated (an odd number of negation words). */
export function isNegated(norms: Iterable<string>): boolean {
  let count = 0
  for (const norm of norms) if (indonesianNegations.has(norm)) count++
  return count % 2 === 1
}
