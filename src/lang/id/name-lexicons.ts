/**
 * Indonesian words the name reader (src/names) asks about besides the
 * engine's lexicons, as data: words that open a sentence and are never the
 * start of a name written after them (`Awalnya Budi menjelaskan …`), and the
 * academic and professional degrees written after a name and no part of it
 * (`dr Sari Wulan SpPD-KEMD`, `Budi Santoso, SH, MH`).
 */

/**
 * Adverbs of sequence that open a narrative sentence (`Awalnya Budi menjelaskan …`, `Selanjutnya Iman …`): never
 * part of the name after them (also among the engine's adverbs, src/lang/id/persons.ts).
 */
export const sequenceAdverbs: readonly string[] = ['awalnya', 'mulanya', 'semula', 'selanjutnya', 'berikutnya', 'sesudahnya', 'setelahnya', 'seterusnya']

/**
 * Sentence openers: discourse adverbs and connectives, capitalised at a
 * sentence's start (`Awalnya`, `Sebelumnya`, `Sementara itu`, `Menurutnya`).
 */
export const sentenceOpeners: ReadonlySet<string> = new Set([
  ...sequenceAdverbs, 'sebelumnya', 'kemudian', 'lalu', 'lantas', 'akhirnya', 'kini', 'sekarang', 'saat', 'ketika', 'kala', 'tatkala', 'sewaktu', 'selagi', 'sejak',
  'setelah', 'sebelum', 'usai', 'seusai', 'sesudah', 'hingga', 'sampai', 'sementara', 'sedangkan', 'namun', 'tetapi',
  'akan', 'adapun', 'selain', 'bahkan', 'apalagi', 'terlebih', 'padahal', 'meski', 'meskipun', 'walaupun', 'walau',
  'kendati', 'biarpun', 'sekalipun', 'karena', 'sebab', 'oleh', 'maka', 'makanya', 'jadi', 'karenanya', 'alhasil',
  'artinya', 'intinya', 'singkatnya', 'jelasnya', 'pokoknya', 'sayangnya', 'untungnya', 'beruntung', 'rupanya',
  'ternyata', 'tampaknya', 'agaknya', 'kabarnya', 'konon', 'dulu', 'dahulu', 'belakangan', 'pertama', 'kedua', 'ketiga',
  'terakhir', 'umumnya', 'biasanya', 'khususnya', 'terutama', 'utamanya', 'sejauh', 'kebetulan', 'praktis', 'otomatis',
  'menurutnya', 'menurut', 'bagi', 'untuk', 'dalam', 'dengan', 'pada', 'dari', 'di', 'ke', 'terkait', 'soal', 'mengenai',
  'tentang', 'berdasarkan', 'merujuk', 'mengacu', 'sebagaimana', 'seperti', 'diketahui', 'dikabarkan', 'disebutkan',
  'dilaporkan', 'sebelumnya', 'demikian', 'begitu', 'bila', 'jika', 'apabila', 'kalau', 'seandainya', 'andaikan',
  'tak', 'tidak', 'belum', 'sudah', 'telah', 'masih', 'juga', 'pun', 'hanya', 'justru', 'malah', 'memang', 'tentu',
  'mungkin', 'barangkali', 'pasti', 'jelas', 'hampir', 'nyaris', 'segera', 'langsung', 'tiba-tiba', 'spontan',
  'sontak', 'seketika', 'perlahan', 'diam-diam', 'bersama', 'sambil', 'sembari', 'seraya', 'kemarin', 'tadi', 'besok',
  'pagi', 'siang', 'sore', 'malam', 'baru-baru', 'sejumlah', 'beberapa', 'para', 'seluruh', 'semua', 'setiap',
  'sebagian', 'banyak', 'hal', 'itu', 'ini', 'inilah', 'itulah', 'yakni', 'yaitu', 'contohnya', 'misalnya', 'sebut',
  'apa', 'siapa', 'mengapa', 'kenapa', 'bagaimana', 'kapan', 'dimana', 'di mana'
].flatMap((phrase) => phrase.split(' ')))

/**
 * Academic, medical and professional degrees, lower case, without dots: written
 * after a name (`SpPD-KEMD`, `M.Kes`, `SH`) or, for a few, before it (`dr`, `drg`).
 */
export const degrees: ReadonlySet<string> = new Set([
  // Bachelor's and master's degrees of Indonesian universities
  'sh', 'mh', 'mhum', 'shum', 'se', 'me', 'mm', 'mba', 'ma', 'mag', 'msi', 'ssi', 'ssos', 'sip', 'sag', 'mag', 'spd',
  'mpd', 'spdi', 'mpdi', 'st', 'mt', 'skom', 'mkom', 'sked', 'skm', 'mkes', 'skep', 'ners', 'sfarm', 'apt', 'sgz', 'sp',
  'mp', 'spt', 'ssn', 'sds', 'sikom', 'mikom', 'stp', 'sstp', 'msc', 'bsc', 'ba', 'bs', 'ms', 'mph', 'mars', 'mkm',
  'meng', 'beng', 'llm', 'lc', 'ak', 'cpa', 'ca', 'mak', 'msak', 'mcomm', 'mpp', 'mps', 'ir', 'drs', 'dra',
  // Doctorates
  'phd', 'dr', 'drg', 'dba', 'edd', 'dphil',
  // Medical specialists (Sp…) and their consultant suffixes (K…)
  'sppd', 'spog', 'spa', 'spb', 'spbs', 'spbp', 'spbo', 'spjp', 'spp', 'spn', 'spkj', 'spm', 'sptht', 'sptht-kl', 'sprad',
  'sps', 'spkk', 'spdv', 'spak', 'spu', 'spot', 'span', 'spf', 'spfk', 'sppk', 'spgk', 'spkfr', 'spmk', 'spkn', 'spok',
  'sppa', 'spemkg', 'spbm', 'spbmm', 'spkg', 'spperio', 'spkga', 'spprost', 'spjp', 'kemd', 'kgeh', 'kic', 'kger',
  'khom', 'kpti', 'kr', 'kp', 'kfer', 'konk', 'kfm', 'kia', 'kn', 'ket', 'kna', 'kv', 'kbv', 'kip',
  'finasim', 'finacs', 'fics', 'facs', 'fihfaa', 'fiha', 'fasc', 'faps', 'ficms', 'mkes', 'mpdked',
  // Engineers' and professional titles
  'ipm', 'ipu', 'eng', 'cfa', 'cfp', 'cia', 'cisa', 'frm', 'pmp'
])

/**
 * Regencies and towns often in the news, beyond the provinces and large cities
 * of `places` (src/lang/id/places.ts): a place word to the name reader, which
 * still learns from context that `Andi Pratama Jepara` is a person.
 */
export const towns: ReadonlySet<string> = new Set([
  'jepara', 'kudus', 'pati', 'rembang', 'blora', 'grobogan', 'demak', 'kendal', 'batang', 'pemalang', 'brebes',
  'purwokerto', 'purbalingga', 'banjarnegara', 'wonosobo', 'temanggung', 'boyolali', 'sragen', 'karanganyar',
  'wonogiri', 'sukoharjo', 'salatiga', 'ungaran', 'kebumen', 'purworejo', 'gunungkidul', 'kulon', 'progo',
  'garut', 'sumedang', 'subang', 'karawang', 'purwakarta', 'cianjur', 'sukabumi', 'ciamis', 'kuningan', 'majalengka',
  'indramayu', 'cimahi', 'banjar', 'pangandaran', 'serang', 'cilegon', 'pandeglang', 'lebak', 'lamongan', 'gresik',
  'sidoarjo', 'mojokerto', 'jombang', 'nganjuk', 'madiun', 'magetan', 'ngawi', 'ponorogo', 'pacitan', 'trenggalek',
  'tulungagung', 'blitar', 'pasuruan', 'probolinggo', 'lumajang', 'situbondo', 'bondowoso', 'banyuwangi', 'tuban',
  'bojonegoro', 'madura', 'bangkalan', 'sampang', 'pamekasan', 'sumenep', 'batu', 'tabanan', 'gianyar', 'badung',
  'buleleng', 'karangasem', 'klungkung', 'bangli', 'jembrana', 'lombok', 'sumbawa', 'dompu', 'flores',
  'ende', 'sikka', 'manggarai', 'sumba', 'binjai', 'deli', 'serdang', 'langkat', 'karo', 'simalungun', 'tapanuli',
  'sibolga', 'nias', 'siantar', 'pematangsiantar', 'tebing', 'asahan', 'labuhanbatu', 'bukittinggi', 'payakumbuh',
  'solok', 'pariaman', 'agam', 'dumai', 'siak', 'kampar', 'bengkalis', 'tanjungpinang', 'natuna', 'lubuklinggau',
  'prabumulih', 'baturaja', 'lahat', 'metro', 'pringsewu', 'tulang', 'bawang', 'tarakan', 'bontang', 'kutai',
  'kartanegara', 'berau', 'palangkaraya', 'sampit', 'singkawang', 'ketapang', 'sintang', 'banjarbaru', 'martapura',
  'tanjung', 'palu', 'poso', 'luwuk', 'kendari', 'baubau', 'kolaka', 'parepare', 'palopo', 'bone', 'gowa', 'maros',
  'bulukumba', 'toraja', 'bitung', 'tomohon', 'minahasa', 'ternate', 'tidore', 'halmahera', 'tual', 'sorong',
  'manokwari', 'merauke', 'timika', 'mimika', 'nabire', 'wamena', 'biak', 'fakfak', 'lhokseumawe', 'langsa',
  'sabang', 'meulaboh', 'bireuen', 'pidie', 'takengon'
])
