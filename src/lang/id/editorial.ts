/**
 * Indonesian words the editorial checks (src/lint) need beyond what the
 * engine reads with: the neutral alternative to a loaded cue, the reasons a
 * source may stay anonymous, the phrases of inline credits, quoted-title
 * nouns. Reporting verbs and pronouns come from the engine's own lexicon
 * (cues.ts, persons.ts), so lint and extraction agree on what a cue is.
 */
import type {EditorialLexicon, NonNeutralCue} from '../language.ts'
import {cues} from './cues.ts'
import {persons} from './persons.ts'

/** Reporting words that follow a quote: `"…," kata X`, `"…," ujarnya`. Base forms; `-nya` is added. */
const postQuoteCues: readonly string[] = [...cues.inverted, ...cues.passive]

/**
 * Verbs by which a document, not a person, "says" what follows (`Pasal itu berbunyi, "…"`):
 * no speaker for the engine, but an attribution a reader can follow.
 */
const documentVerbs: readonly string[] = ['berbunyi', 'bertuliskan', 'tertulis', 'menyebutkan']

/** Reporting verbs of indirect or introduced speech: `X mengatakan, "…"`, `menurut X`. */
const speechVerbs: readonly string[] = [...cues.clausal, ...cues.according, ...cues.citing, ...cues.passive, ...documentVerbs]

/** Pronouns that stand for a speaker named earlier: `lanjut dia`, `kata beliau`. */
const speakerPronouns: readonly string[] = [...persons.pronouns, 'mereka', 'kami', 'saya']

/** Pronouns that can only point back to a third person named earlier (first and second person excluded). */
const anaphoricPronouns: readonly string[] = [...[...persons.pronouns].filter((word) => word !== 'pihaknya' && word !== 'dirinya'), 'mereka']

/**
 * Reporting words that editorialise (they tell the reader whether to believe the speaker);
 * with a neutral alternative to suggest.
 */
const nonNeutralCues: ReadonlyArray<NonNeutralCue> = [
  {word: 'mengklaim', neutral: 'mengatakan', why: 'doubtful'},
  {word: 'mengeklaim', neutral: 'mengatakan', why: 'doubtful'},
  {word: 'klaimnya', neutral: 'katanya', why: 'doubtful'},
  {word: 'berdalih', neutral: 'mengatakan', why: 'excuses'},
  {word: 'dalihnya', neutral: 'katanya', why: 'excuses'},
  {word: 'berkilah', neutral: 'mengatakan', why: 'evading'},
  {word: 'kilahnya', neutral: 'katanya', why: 'evading'},
  {word: 'berkelit', neutral: 'mengatakan', why: 'evading'},
  {word: 'mengelak', neutral: 'membantah', why: 'evading', alsoNotSpeech: true},
  {word: 'mengaku', neutral: 'mengatakan', why: 'confession-or-claim', alsoNotSpeech: true},
  {word: 'mengakui', neutral: 'mengatakan', why: 'confession', alsoNotSpeech: true},
  {word: 'berkoar', neutral: 'mengatakan', why: 'mocking'},
  {word: 'berkoar-koar', neutral: 'mengatakan', why: 'mocking'},
  {word: 'menuding', neutral: 'menuduh', why: 'loaded'},
  {word: 'mengoceh', neutral: 'mengatakan', why: 'mocking'}
]

/** Words that make a speaker anonymous when they stand in the speaker slot. */
const anonymousSourceHeads: readonly string[] = [
  'sumber', 'narasumber', 'seorang sumber', 'sejumlah sumber', 'beberapa sumber', 'sumber-sumber',
  'seorang pejabat', 'pejabat', 'para pejabat', 'sejumlah pejabat', 'beberapa pejabat', 'seorang pejabat senior',
  'pejabat senior', 'orang dalam', 'seorang diplomat', 'diplomat', 'seorang petugas', 'seorang pegawai',
  'seorang anggota', 'seorang saksi', 'seorang warga'
]

/**
 * Words before a source word that make it a whole class, not a source: `tak semua pejabat mau …`,
 * `setiap pejabat wajib …` generalise about officials rather than cite one.
 */
const genericQuantifiers: readonly string[] = ['semua', 'setiap', 'tiap', 'seluruh', 'segenap', 'banyak', 'kebanyakan', 'sebagian']

/**
 * Words that join a second predicate to a clause: a reporting verb after them (`seorang petugas turun dan
 * meminta …`) tells what someone in the story did next, not what a source told the reporter.
 */
const predicateCoordinators: readonly string[] = ['dan', 'lalu', 'kemudian', 'lantas', 'serta']

/** Words that, right after an anonymous source head, name an affiliation: `pejabat di Kementerian …`. */
const affiliationLinks: readonly string[] = ['di', 'dari', 'pada', 'dekat', 'yang dekat dengan', 'internal', 'kalangan']

/** Stated reasons for anonymity. Matched as phrases, case-insensitive. */
const anonymityReasons: readonly string[] = [
  'enggan disebut namanya', 'enggan disebutkan namanya', 'enggan namanya disebut', 'enggan namanya disebutkan',
  'tidak mau disebut namanya', 'tak mau disebut namanya', 'tidak bersedia disebut namanya',
  'tidak bersedia disebutkan namanya', 'tak bersedia disebut namanya', 'minta namanya tidak disebut',
  'meminta namanya tidak disebut', 'meminta namanya tidak disebutkan', 'minta identitasnya dirahasiakan',
  'meminta identitasnya dirahasiakan', 'meminta anonimitas', 'meminta tidak disebutkan namanya',
  'karena tidak berwenang', 'karena tak berwenang', 'tidak berwenang berbicara', 'tidak berwenang memberikan',
  'tidak diizinkan berbicara', 'tak diizinkan berbicara', 'tidak berwenang', 'tanpa menyebut nama',
  'dengan syarat anonim', 'secara anonim', 'tanpa disebut namanya'
]

/** News outlets a story may relay; matched as whole words. */
const knownOutlets: readonly string[] = [
  'Reuters', 'AFP', 'AP', 'Associated Press', 'Agence France-Presse', 'Yonhap', 'Kyodo', 'Xinhua', 'KCNA',
  'Bloomberg', 'CNN', 'BBC', 'Al Jazeera', 'The New York Times', 'New York Times', 'The Washington Post',
  'Washington Post', 'The Guardian', 'The Wall Street Journal', 'Wall Street Journal', 'Financial Times',
  'TASS', 'RIA Novosti', 'Sputnik', 'NHK', 'Nikkei', 'South China Morning Post', 'SCMP', 'Straits Times',
  'The Straits Times', 'Bernama', 'ABC', 'NBC', 'CBS', 'Fox News', 'Politico', 'Axios', 'Anadolu', 'DPA',
  'EFE', 'ANSA', 'Kompas', 'Kompas.com', 'Detik', 'detikcom', 'Tempo', 'Antara', 'ANTARA', 'Republika',
  'CNN Indonesia', 'Tribunnews', 'Liputan6', 'Liputan6.com', 'Okezone', 'Merdeka.com', 'Kumparan',
  'Katadata', 'Jakarta Post', 'The Jakarta Post', 'Media Indonesia', 'Bisnis Indonesia', 'Suara.com'
]

/** Nouns that introduce an outlet: `kantor berita Yonhap`, `media Rusia "Vesti Primorye"`. */
const outletNouns: readonly string[] = [
  'kantor berita', 'media', 'harian', 'surat kabar', 'koran', 'stasiun televisi', 'televisi', 'majalah',
  'situs berita', 'laman berita', 'portal berita', 'radio', 'lembaga kantor berita'
]

/** Verbs of an outlet reporting: `X melaporkan`, `laporan X`. */
const outletReportVerbs: readonly string[] = [
  'melaporkan', 'memberitakan', 'mewartakan', 'menulis', 'menyiarkan', 'melansir', 'laporan', 'dilaporkan'
]

/** Phrases that credit another outlet inline: `dikutip dari Reuters`, `seperti dilansir AFP`. */
const inlineCreditPhrases: readonly string[] = [
  'dikutip dari', 'seperti dikutip', 'sebagaimana dikutip', 'dilansir dari', 'seperti dilansir',
  'sebagaimana dilansir', 'dilansir', 'mengutip', 'melansir', 'diberitakan', 'dikutip'
]

/** Labels of a credit line at the end of a story: `Sumber: Yonhap-OANA`. */
const creditLabels: readonly string[] = ['Sumber', 'Source', 'Sumber berita', 'Disadur dari', 'Diterjemahkan dari']

/** Month and day names: capitalised words that are never a person's name. */
const calendarWords: readonly string[] = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November',
  'Desember', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad'
]

/**
 * What follows a reporting verb that introduces what was said (`mengaku, …`,
 * `mengakui bahwa …`, `mengaku tidak tahu`), for verbs that also have other
 * senses (`mengakui tempe sebagai warisan`, `mengelak limbah`).
 */
const reportedClauseOpeners: readonly string[] = [
  'bahwa', 'tidak', 'tak', 'belum', 'sudah', 'telah', 'masih', 'pernah', 'jarang', 'sempat', 'akan', 'sedang', 'baru',
  'hanya', 'kalau', 'jika', 'ia', 'dia', 'mereka', 'kami', 'saya', 'pihaknya', 'dirinya', 'sangat', 'cukup', 'sulit'
]

/**
 * Words a title leaves in lower case (`Strategi dan Peluang dalam Pemulihan Ekonomi`): conjunctions and
 * prepositions, Indonesian and English (titles of events and reports often mix them), and dashes.
 */
const titleCaseSmallWords: readonly string[] = [
  'dan', 'di', 'ke', 'dari', 'dalam', 'untuk', 'yang', 'pada', 'atau', 'serta', 'bagi', 'dengan', 'tentang', 'oleh',
  'the', 'of', 'and', 'in', 'for', 'a', 'an', 'to', 'on', '&', '-', '–'
]

/** Nouns before a quoted title, not a statement: `webinar bertopik "…"`, `peribahasa "…"`. */
const titleNouns: readonly string[] = [
  'topik', 'bertopik', 'tema', 'bertema', 'bertajuk', 'tajuk', 'berjudul', 'judul', 'diskusi', 'webinar', 'seminar',
  'lokakarya', 'program', 'gerakan', 'kampanye', 'slogan', 'semboyan', 'motto', 'moto', 'jargon', 'tagar', 'peribahasa',
  'pepatah', 'ungkapan', 'istilah', 'buku', 'novel', 'lagu', 'album', 'film', 'acara', 'pameran', 'festival', 'tulisan',
  'tulisannya', 'artikel', 'makalah', 'laporan', 'kolom', 'rubrik', 'tagline', 'bertagline', 'nama', 'bernama', 'disebut',
  'dijuluki', 'julukan', 'operasi', 'kegiatan', 'lomba', 'sayembara', 'pertunjukan', 'tari', 'karya', 'kalimat',
  'tertera', 'spanduk', 'poster', 'stiker', 'baliho', 'tulisan', 'data'
]

export const editorial: EditorialLexicon = {
  postQuoteCues,
  documentVerbs,
  speechVerbs,
  // `kata sumber`, `menurut pejabat`, `mengutip sumber`.
  speakerIntroducers: [...postQuoteCues, 'menurut', 'mengutip', 'dikutip'],
  speakerPronouns,
  anaphoricPronouns,
  nonNeutralCues,
  reportedClauseOpeners,
  anonymousSourceHeads,
  notPersonAfterSource: [
    'daya', 'dana', 'air', 'energi', 'informasi', 'data', 'pendapatan', 'masalah', 'penyakit', 'penularan', 'infeksi',
    'api', 'makanan', 'pangan', 'referensi', 'hukum', 'penghasilan', 'utama', 'resmi'
  ],
  genericQuantifiers,
  predicateCoordinators,
  affiliationLinks,
  mentionAffiliations: ['di', 'dari', 'pada'],
  rankQualifiers: ['senior', 'tinggi'],
  introducedDeterminers: ['itu', 'tersebut', 'tadi', 'ini'],
  anonymityReasons,
  knownOutlets,
  outletNouns,
  outletReportVerbs,
  reportNoun: 'laporan',
  notOutletReport: ['harian'],
  outletReportAdverbs: ['sebelumnya', 'juga'],
  outletReportTime: 'pada',
  quoteRecipients: ['kepada', 'dengan'],
  inlineCreditPhrases,
  creditLabels,
  calendarWords,
  titleCaseSmallWords,
  titleNouns
}
