/**
 * Indonesian text conventions: abbreviations, words that end a speaker
 * phrase, calendar words, boilerplate lines of news sites.
 */
import type {TextLexicon} from '../language.ts'

export const text: TextLexicon = {
  abbreviations: new Set([
    'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'st', 'sh', 'mh', 'no', 'nomor', 'jl', 'jln',
    'kec', 'kab', 'kel', 'prov', 'dll', 'dsb', 'dkk', 'tsb', 'yth', 'a.n', 'u.p', 'bpk', 'sdr',
    'tn', 'ny', 'nn', 'kh', 'rp', 'vs', 'hlm', 'tgl', 'pt', 'cv', 'tbk', 'inc', 'ltd', 'co',
    'mr', 'mrs', 'ms', 'jr', 'sr', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'mgr', 'pdt',
    'a', 'b', 'c', 'd', 'e', 'f', 'g', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's',
    't', 'u', 'v', 'w', 'x', 'y', 'z', 'm.si', 's.h', 'm.h', 's.e', 'se', 'spd', 'skm', 'sked',
    'ph.d', 'phd', 'approx', 'etc', 'e.g', 'i.e', 'ca', 'km', 'kg', 'cm', 'mm', 'mt', 'ha'
  ]),
  expansions: new Map([
    ['korut', 'Korea Utara'], ['kemlu', 'Kementerian Luar Negeri'], ['korsel', 'Korea Selatan'], ['as', 'Amerika Serikat'],
    ['kemhan', 'Kementerian Pertahanan'], ['kemenhan', 'Kementerian Pertahanan'],
    ['jubir', 'juru bicara'], ['kemenlu', 'Kementerian Luar Negeri'],
    ['kemenkes', 'Kementerian Kesehatan'], ['kemenkeu', 'Kementerian Keuangan'],
    ['kemensos', 'Kementerian Sosial'], ['kemendagri', 'Kementerian Dalam Negeri'],
    ['kemnaker', 'Kementerian Ketenagakerjaan'], ['kemenaker', 'Kementerian Ketenagakerjaan'],
    ['kemenperin', 'Kementerian Perindustrian'], ['kemendag', 'Kementerian Perdagangan'], ['kemenhub', 'Kementerian Perhubungan'],
    ['kementan', 'Kementerian Pertanian'], ['kemenag', 'Kementerian Agama'], ['kemenkumham', 'Kementerian Hukum dan HAM'],
    ['kemenpora', 'Kementerian Pemuda dan Olahraga'], ['kemenkominfo', 'Kementerian Komunikasi dan Informatika'],
    ['jateng', 'Jawa Tengah'], ['jatim', 'Jawa Timur'], ['jabar', 'Jawa Barat'],
    ['sulut', 'Sulawesi Utara'], ['sulsel', 'Sulawesi Selatan'], ['sumut', 'Sumatera Utara'],
    ['sumbar', 'Sumatera Barat'], ['sumsel', 'Sumatera Selatan'], ['kalbar', 'Kalimantan Barat'],
    ['kaltim', 'Kalimantan Timur'], ['kalsel', 'Kalimantan Selatan'], ['kalteng', 'Kalimantan Tengah'],
    ['ntt', 'Nusa Tenggara Timur'], ['ntb', 'Nusa Tenggara Barat'], ['diy', 'Daerah Istimewa Yogyakarta'],
    ['dki', 'Daerah Khusus Ibukota'], ['pbb', 'Perserikatan Bangsa-Bangsa'], ['ri', 'Republik Indonesia'],
    ['mensos', 'Menteri Sosial'], ['menkeu', 'Menteri Keuangan'], ['menkes', 'Menteri Kesehatan'],
    ['menlu', 'Menteri Luar Negeri'], ['menhan', 'Menteri Pertahanan'], ['mendagri', 'Menteri Dalam Negeri'],
    ['wapres', 'Wakil Presiden'], ['kapolri', 'Kepala Kepolisian Negara Republik Indonesia'],
    ['kapolda', 'Kepala Kepolisian Daerah'], ['kapolres', 'Kepala Kepolisian Resor'],
    ['polda', 'Kepolisian Daerah'], ['polres', 'Kepolisian Resor'], ['dirut', 'Direktur Utama'],
    ['dirjen', 'Direktur Jenderal'], ['sekjen', 'Sekretaris Jenderal'], ['ketum', 'Ketua Umum']
  ]),
  phraseStops: new Set([
    'di', 'kepada', 'pada', 'dalam', 'saat', 'ketika', 'seusai', 'usai', 'selepas', 'setelah',
    'sebelum', 'sesudah', 'melalui', 'lewat', 'via', 'seperti', 'sebagaimana', 'sambil', 'seraya',
    'sembari', 'yang', 'ketika', 'kemarin', 'tadi', 'ini', 'kala', 'waktu', 'sewaktu', 'menjelang',
    'jelang', 'untuk', 'bagi', 'terkait', 'soal', 'mengenai', 'tentang', 'atas', 'karena',
    'sebab', 'meski', 'meskipun', 'walau', 'walaupun', 'namun', 'tetapi', 'tapi', 'lalu',
    'kemudian', 'sehingga', 'agar', 'supaya', 'hingga', 'sampai', 'sejak', 'seperti', 'dengan',
    'kepadanya', 'ditemui', 'dihubungi', 'dikonfirmasi', 'diwawancarai', 'ditanya', 'menjawab',
    'menanggapi', 'menjelaskan', 'menambahkan', 'mengatakan', 'pekan', 'sore', 'pagi', 'siang',
    'malam', 'dini', 'mengutip', 'dikutip', 'seperti', 'tanpa', 'sekaligus', 'kembali', 'pula',
    'juga', 'lagi', 'pun', 'lantas', 'dari'
  ]),
  calendar: new Set([
    'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'jum’at', 'sabtu', 'minggu', 'ahad',
    'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september',
    'oktober', 'november', 'desember', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'agu', 'agt',
    'sep', 'sept', 'okt', 'nov', 'des', 'wib', 'wita', 'wit', 'idul', 'fitri', 'adha', 'ramadhan',
    'ramadan', 'lebaran', 'natal', 'imlek', 'nyepi', 'waisak', 'tahun', 'baru'
  ]),
  weekdays: new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'jum’at', 'sabtu', 'minggu', 'ahad', 'wib', 'wita', 'wit']),
  addresseeVerbs: new Set(['dihubungi', 'dikonfirmasi', 'diwawancarai', 'ditemui', 'ditanya', 'ditanyai', 'dimintai']),
  addresseeMarkers: new Set(['kepada', 'terhadap']),
  titleMarkers: new Set([
    'bertajuk', 'berjudul', 'bernama', 'berlabel', 'bertema', 'bertuliskan', 'julukan',
    'dijuluki', 'disebut', 'sebutan', 'istilah', 'tagar', 'slogan', 'jargon', 'tema', 'judul',
    'film', 'lagu', 'buku', 'novel', 'album', 'program', 'gerakan', 'operasi', 'kampanye',
    'akun', 'aplikasi', 'platform', 'situs', 'laman', 'media', 'harian', 'majalah', 'koran',
    'kapal', 'kereta', 'hotel', 'restoran', 'kafe', 'toko', 'merek', 'produk', 'acara',
    'festival', 'lomba', 'kompetisi', 'turnamen', 'kata', 'frasa', 'kalimat', 'motto', 'moto',
    'semboyan', 'nama', 'kelompok', 'grup', 'band', 'sinetron', 'serial', 'drama', 'pameran',
    'kawasan', 'desa', 'kampung', 'sebagai', 'dengan', 'alias', 'atau', 'apa', 'yakni', 'yaitu'
  ]),
  boilerplate: [
    'baca juga', 'simak juga', 'lihat juga', 'scroll to continue', 'advertisement', 'iklan',
    'artikel ini telah tayang', 'dapatkan update', 'ikuti kami', 'follow', 'editor:', 'pewarta:',
    'pilihan editor', 'berita terkait', 'artikel terkait', 'tonton juga', 'saksikan juga', 'video:',
    'baca selengkapnya', 'klik di sini'
  ],
  demonstratives: new Set(['tersebut', 'itu', 'ini']),
  nameConnectors: new Set(['dan', 'untuk', '&']),
  fieldConnectors: new Set(['serta']),
  additiveConjunction: 'dan',
  copulas: new Set(['adalah', 'ialah', 'yakni', 'yaitu', 'merupakan']),
  relativePronouns: new Set(['yang']),
  existentials: new Set(['ada']),
  occasionPrepositions: new Set(['pada']),
  locatives: new Set(['di', 'ke']),
  placeNouns: new Set(['kabupaten', 'kota', 'provinsi', 'kecamatan', 'desa', 'kelurahan', 'dusun', 'kampung', 'pulau', 'pasar', 'gunung', 'sungai', 'danau', 'pantai', 'teluk', 'bandara', 'pelabuhan']),
  affiliationPrepositions: new Set(['di', 'dari', 'pada', 'asal']),
  clauseAdjuncts: new Set(['di', 'pada', 'saat', 'ketika']),
  accompanyingActions: new Set(['sambil', 'seraya', 'sembari']),
  subjectAdjuncts: new Set([
    'di', 'ke', 'dari', 'pada', 'saat', 'ketika', 'seusai', 'usai', 'dalam', 'kepada', 'yang', 'selaku',
    'sebagai', 'melalui', 'lewat', 'via', 'kemarin', 'tadi', 'sejak', 'setelah', 'sebelum', 'salah',
    'seorang', 'sewaktu'
  ]),
  nameCompanions: new Set(['dkk', 'cs']),
  capacityMarkers: new Set(['selaku', 'sebagai']),
  verbAdjuncts: new Set(['dalam', 'saat', 'ketika', 'seusai', 'usai', 'melalui', 'kepada', 'dengan', 'pada', 'sewaktu', 'selepas', 'sesudah', 'setelah']),
  timeConjunctions: new Set(['saat', 'ketika', 'sewaktu', 'waktu']),
  reportNouns: new Set(['laporan', 'keterangan', 'pernyataan', 'catatan', 'informasi', 'penjelasan', 'versi', 'pengakuan', 'kesaksian', 'rilis', 'siaran']),
  closingAttribution: new Set(['demikian'])
}
