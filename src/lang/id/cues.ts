/**
 * Indonesian reporting cues, as data.
 *
 * Inverted cues stand after a quote before the speaker (`"…," kata Jeon`);
 * each has a `-nya` form that carries the speaker from context (`katanya`).
 * Clausal cues take the speaker as subject (`Jeon mengatakan, …`), in their
 * meN- forms with and without -kan, and their di- passives where news uses them.
 */
import type {CueLexicon} from '../language.ts'

/** Base inverted cues. */
const invertedBase = [
  'kata', 'ujar', 'tutur', 'ucap', 'ungkap', 'jelas', 'tegas', 'sebut', 'imbuh',
  'tambah', 'lanjut', 'papar', 'terang', 'pungkas', 'tandas', 'tulis', 'tanya',
  'seru', 'timpal', 'sahut', 'bilang', 'cetus', 'kilah', 'klaim', 'aku', 'akunya',
  'urai', 'beber', 'tukas', 'jawab', 'balas', 'pesan', 'sambung', 'ulas', 'katakan',
  'paparkan', 'jelaskan', 'tegaskan', 'ungkapkan', 'tuturkan', 'ucapkan', 'imbuhnya', 'ingat',
  'panggil', 'teriak', 'bisik', 'keluh', 'pinta', 'ajak', 'sapa', 'imbau', 'demikian', 'seloroh',
  'canda', 'kelakar', 'gurau', 'dalih'
]

function withNya(words: readonly string[]): string[] {
  return words.filter((word) => !word.endsWith('nya')).map((word) => word + 'nya')
}

const anaphoric = new Set([...withNya(invertedBase), 'menurutnya', 'ujanya'])

/** Clausal (subject-first) cues: meN- verbs with and without -kan, and kin. */
const clausal = [
  'mengatakan', 'menyatakan', 'menegaskan', 'menjelaskan', 'menilai', 'mengungkapkan',
  'mengungkap', 'menyebutkan', 'menyebut', 'memaparkan', 'mengonfirmasi', 'mengkonfirmasi',
  'melaporkan', 'menggarisbawahi', 'menyerukan', 'menambahkan', 'meminta', 'mengaku',
  'mengakui', 'berharap', 'mengklaim', 'menekankan', 'mengingatkan', 'menuturkan',
  'mengemukakan', 'menerangkan', 'berpendapat', 'berujar', 'berkata', 'bertutur', 'bilang',
  'mengimbau', 'mendesak', 'memperingatkan', 'mengutarakan', 'membantah', 'menampik',
  'menyampaikan', 'mengumumkan', 'menduga', 'memperkirakan', 'menyebutkan', 'menandaskan',
  'memastikan', 'menambahkan', 'menyimpulkan', 'mengeluhkan', 'menanggapi', 'menjawab',
  'menulis', 'mencuit', 'mengungkapkan', 'membeberkan', 'menguraikan', 'mengisahkan',
  'menceritakan', 'bercerita', 'berdalih', 'berkilah', 'menyesalkan', 'menyayangkan',
  'mengaku', 'mengajak', 'menginstruksikan', 'memerintahkan', 'menolak', 'menuding',
  'menuduh', 'mengkritik', 'mengecam', 'mempertanyakan', 'menyarankan', 'mengusulkan',
  'menjanjikan', 'berjanji', 'mengeklaim', 'menambahkan', 'menandaskan', 'mengingatkan',
  'melanjutkan', 'memprediksi', 'mengharapkan', 'menginformasikan', 'memberitahukan',
  'mengabarkan', 'memberitakan', 'mewartakan', 'menukas', 'menimpali', 'menegaskan',
  'menyerukan', 'menekankan', 'mengimbuhkan', 'memaparkan', 'menandaskan', 'berpesan',
  'berkomentar', 'bersikeras', 'menggarisbawahi', 'mengutarakan', 'membenarkan', 'menjabarkan',
  'mengamini', 'menyinggung', 'menyoroti', 'menggambarkan', 'mencontohkan', 'menuturkan',
  'memaparkan', 'menerangkan', 'mengungkapkan', 'menyebutkan', 'menyatakan', 'mengklarifikasi',
  'menekankan', 'menandaskan', 'menyampaikan', 'mengemukakan', 'mengimbau', 'menganjurkan',
  'memprediksi', 'meyakini', 'yakin', 'menyadari', 'menegaskan', 'menyerukan', 'memperkirakan', 'bertanya',
  'menanyakan', 'mengungkapkannya', 'menyebutnya', 'mengatakannya', 'berteriak', 'berseru', 'menyapa',
  'memanggil', 'menuliskan', 'berseloroh', 'berkelakar', 'bercanda', 'bergurau', 'berkelit', 'mengelak',
  'mengeluh',
  // Claims, denials, pledges, demands and records kept by a body (`BPS mencatat …`).
  'mencatat', 'menepis', 'menjamin', 'menuntut', 'bersumpah', 'merekomendasikan', 'mendalilkan', 'mengancam',
  // A likening is a claim (`X mengibaratkan negeri ini sebagai kapal besar`), as its passive `diibaratkan` is.
  'mengibaratkan'
]

/** Passive cues whose agent follows (`Hal senada disampaikan X`, `dikatakan oleh X`). */
const passive = [
  'dikatakan', 'disampaikan', 'dikemukakan', 'diungkapkan', 'dijelaskan', 'ditegaskan', 'diakui',
  'ditambahkan', 'diutarakan', 'dituturkan', 'dipaparkan', 'diterangkan', 'disebutkan', 'dinyatakan',
  'disebut', 'diibaratkan', 'diingatkan'
]

/**
 * Multi-word cues. A cue phrase whose last word is a noun still reports
 * (`memberikan penilaian bahwa`).
 */
const phrases: string[][] = [
  ['memberikan', 'penilaian'], ['memberi', 'penilaian'], ['memberikan', 'keterangan'],
  ['memberikan', 'penjelasan'], ['memberi', 'penjelasan'], ['memberikan', 'pernyataan'],
  ['mengeluarkan', 'pernyataan']
]

export const cues: CueLexicon = {
  inverted: new Set(invertedBase),
  anaphoric,
  clausal: new Set(clausal),
  phrases,
  speakingOut: [['buka', 'suara'], ['angkat', 'bicara'], ['buka', 'mulut']],
  passive: new Set(passive),
  according: new Set(['menurut', 'menurutnya']),
  citing: new Set(['mengutip', 'dikutip', 'mengutipnya', 'melansir', 'dilansir']),
  citingPreposition: 'dari',
  citingLeads: new Set(['seperti', 'sebagaimana']),
  passiveAgent: 'oleh',
  nonNeutral: new Set([
    'mengklaim', 'mengeklaim', 'klaim', 'klaimnya', 'berdalih', 'dalih', 'dalihnya', 'mengaku',
    'aku', 'akunya', 'berkilah', 'kilah', 'kilahnya', 'menuding', 'menuduh', 'membual',
    'bersikeras', 'mengeluh', 'mengeluhkan', 'cetus', 'cetusnya'
  ]),
  negators: new Set(['tanpa', 'tidak', 'tak', 'belum', 'enggan', 'bukan', 'menolak', 'urung']),
  complementizers: new Set(['bahwa', 'bahwasanya', 'agar', 'supaya']),
  purposeComplementizers: new Set(['agar', 'supaya']),
  conditionalComplementizers: new Set(['jika', 'kalau']),
  infinitiveMarkers: new Set(['untuk']),
  commissive: new Set(['berjanji', 'bersumpah', 'menjanjikan', 'mengancam']),
  topicPrepositions: new Set(['tentang', 'soal', 'mengenai']),
  filingVerbs: new Set(['melaporkan', 'mengadukan']),
  belief: new Set([
    'menduga', 'memperkirakan', 'memprediksi', 'meyakini', 'yakin', 'menyadari',
    'merasa', 'curiga', 'mencurigai', 'menganggap', 'memandang'
  ]),
  reportVerbs: new Set(['melaporkan', 'dilaporkan', 'memberitakan', 'diberitakan', 'mewartakan', 'merilis', 'dirilis', 'menerbitkan', 'mengumumkan', 'mempublikasikan']),
  directive: new Set([
    'meminta', 'memintanya', 'mengimbau', 'mendesak', 'menyerukan', 'mengajak', 'menginstruksikan',
    'memerintahkan', 'menganjurkan', 'menyarankan', 'mengingatkan', 'memperingatkan', 'berpesan'
  ]),
  coordinators: new Set(['seraya', 'sambil', 'sembari', 'dan'])
}
