/**
 * News outlets and agencies, organisations that speak as one, credit labels.
 */
import type {OutletLexicon} from '../language.ts'

/**
 * Canonical names of the outlets that publish in Indonesian (services of outlets abroad included: VOA Indonesia, BBC
 * News Indonesia); the lexicon also knows their usual spellings.
 */
const outletNames: Array<[string, ...string[]]> = [
  ['ANTARA', 'antara', 'antaranews', 'antaranews.com', 'lkbn antara', 'kantor berita antara'],
  ['Kompas', 'kompas', 'harian kompas', 'kompas.id'],
  ['Kompas.com', 'kompas.com'],
  ['Kompas TV', 'kompas tv', 'kompastv'],
  ['Detik', 'detik', 'detikcom', 'detik.com', 'detiknews', 'detikfinance', 'detikhealth', 'detikinet', 'detiksport', 'detikjabar', 'detikjatim', 'detikjateng', 'detiksulsel', 'detikbali', 'detiksumut'],
  ['Republika', 'republika', 'republika.co.id', 'republika online'],
  ['Liputan6.com', 'liputan6.com', 'liputan6', 'liputan 6'],
  ['VIVA', 'viva', 'viva.co.id', 'vivanews'],
  ['Merdeka.com', 'merdeka.com', 'merdeka'],
  ['Tribunnews', 'tribunnews', 'tribunnews.com', 'tribun', 'tribun news'],
  ['Tempo', 'tempo', 'tempo.co', 'majalah tempo', 'koran tempo'],
  ['CNN Indonesia', 'cnn indonesia', 'cnnindonesia.com'],
  ['CNBC Indonesia', 'cnbc indonesia'],
  ['Okezone', 'okezone', 'okezone.com'],
  ['Suara.com', 'suara.com'],
  ['Jawa Pos', 'jawa pos', 'jawapos', 'jawapos.com'],
  ['Media Indonesia', 'media indonesia'],
  ['Bisnis Indonesia', 'bisnis indonesia'],
  ['Bisnis.com', 'bisnis.com'],
  ['IDN Times', 'idn times', 'idntimes', 'idntimes.com'],
  ['kumparan', 'kumparan', 'kumparan.com', 'kumparannews'],
  ['Tirto', 'tirto', 'tirto.id'],
  ['BBC News Indonesia', 'bbc news indonesia', 'bbc indonesia'],
  ['Kontan', 'kontan', 'kontan.co.id', 'harian kontan'],
  ['Katadata', 'katadata', 'katadata.co.id'],
  ['Sindonews', 'sindonews', 'sindonews.com', 'koran sindo'],
  ['Beritasatu', 'beritasatu', 'beritasatu.com'],
  ['Medcom', 'medcom', 'medcom.id'],
  ['Investor Daily', 'investor daily', 'investor.id'],
  ['Hukumonline', 'hukumonline', 'hukumonline.com'],
  ['Gatra', 'gatra', 'gatra.com'],
  ['Mongabay Indonesia', 'mongabay', 'mongabay indonesia'],
  ['VOA Indonesia', 'voa', 'voa indonesia', 'voaindonesia', 'voaindonesia.com'],
  ['DW Indonesia', 'dw', 'dw indonesia', 'deutsche welle'],
  ['iNews', 'inews', 'inews.id'],
  ['Metro TV', 'metro tv', 'metrotvnews'],
  ['TVRI', 'tvri'],
  ['RRI', 'rri'],
  ['The Jakarta Post', 'the jakarta post', 'jakarta post']
]

/** Outlets abroad and wire agencies: a speaker talking to one is in a story relayed from it, not the publisher's. */
const foreignOutletNames: Array<[string, ...string[]]> = [
  ['Reuters', 'reuters'],
  ['AFP', 'afp', 'agence france-presse', 'agence france presse'],
  ['AP', 'ap', 'associated press', 'the associated press'],
  ['Bloomberg', 'bloomberg'],
  ['Yonhap', 'yonhap'],
  ['KCNA', 'kcna'],
  ['OANA', 'oana'],
  ['Xinhua', 'xinhua'],
  ['Kyodo', 'kyodo'],
  ['NHK', 'nhk'],
  ['Bernama', 'bernama'],
  ['TASS', 'tass'],
  ['RIA Novosti', 'ria novosti'],
  ['Interfax', 'interfax'],
  ['Sputnik', 'sputnik'],
  ['Anadolu', 'anadolu', 'anadolu agency'],
  ['WAFA', 'wafa'],
  ['IRNA', 'irna'],
  ['PTI', 'pti'],
  ['dpa', 'dpa'],
  ['EFE', 'efe'],
  ['BBC', 'bbc', 'bbc news'],
  ['CNN', 'cnn'],
  ['Al Jazeera', 'al jazeera', 'aljazeera'],
  ['The New York Times', 'the new york times', 'new york times', 'nyt'],
  ['The Washington Post', 'the washington post', 'washington post'],
  ['The Guardian', 'the guardian', 'guardian'],
  ['The Wall Street Journal', 'the wall street journal', 'wall street journal', 'wsj'],
  ['Financial Times', 'financial times'],
  ['The Straits Times', 'the straits times', 'straits times'],
  ['South China Morning Post', 'south china morning post', 'scmp'],
  ['Nikkei', 'nikkei', 'nikkei asia'],
  ['Global Times', 'global times'],
  ['CCTV', 'cctv'],
  ['Politico', 'politico'],
  ['Axios', 'axios'],
  ['Fox News', 'fox news'],
  ['NBC', 'nbc', 'nbc news'],
  ['ABC', 'abc', 'abc news'],
  ['Sky News', 'sky news'],
  ['Le Monde', 'le monde'],
  ['Der Spiegel', 'der spiegel', 'spiegel'],
  ['Arab News', 'arab news'],
  ['Times of India', 'times of india', 'the times of india'],
  ['Channel News Asia', 'channel news asia', 'cna', 'channelnewsasia'],
  ['Malaysiakini', 'malaysiakini'],
  ['The Star', 'the star']
]

/** Organisations and institutions that speak as one body. */
const organizationNames: Array<[string, ...string[]]> = [
  ['Kremlin', 'kremlin'],
  ['Gedung Putih', 'gedung putih', 'white house'],
  ['Pentagon', 'pentagon'],
  ['Istana', 'istana', 'istana kepresidenan'],
  ['Downing Street', 'downing street'],
  ['Vatikan', 'vatikan'],
  ['PBB', 'pbb', 'perserikatan bangsa-bangsa'],
  ['WHO', 'who', 'organisasi kesehatan dunia'],
  ['UNICEF', 'unicef'],
  ['IMF', 'imf', 'dana moneter internasional'],
  ['Bank Dunia', 'bank dunia', 'world bank'],
  ['ASEAN', 'asean'],
  ['Uni Eropa', 'uni eropa', 'ue'],
  ['NATO', 'nato'],
  ['Hamas', 'hamas'],
  ['Taliban', 'taliban'],
  ['Hezbollah', 'hezbollah', 'hizbullah'],
  ['AS', 'as', 'amerika serikat', 'washington'],
  ['Korut', 'korut', 'korea utara', 'pyongyang'],
  ['Korsel', 'korsel', 'korea selatan', 'seoul'],
  ['Rusia', 'rusia', 'moskow'],
  ['China', 'china', 'tiongkok', 'beijing'],
  ['Jepang', 'jepang', 'tokyo'],
  ['Israel', 'israel'],
  ['Iran', 'iran', 'teheran'],
  ['Ukraina', 'ukraina', 'kiev', 'kyiv'],
  ['Inggris', 'inggris', 'london'],
  ['Prancis', 'prancis', 'perancis', 'paris'],
  ['Jerman', 'jerman', 'berlin'],
  ['Australia', 'australia', 'canberra'],
  ['Malaysia', 'malaysia', 'kuala lumpur'],
  ['Singapura', 'singapura'],
  ['India', 'india', 'new delhi'],
  ['Indonesia', 'indonesia', 'ri'],
  ['KPK', 'kpk'],
  ['KPU', 'kpu'],
  ['Bawaslu', 'bawaslu'],
  ['BMKG', 'bmkg'],
  ['BNPB', 'bnpb'],
  ['BPS', 'bps'],
  ['Polri', 'polri'],
  ['TNI', 'tni'],
  ['DPR', 'dpr'],
  ['MUI', 'mui'],
  ['OJK', 'ojk'],
  ['Bank Indonesia', 'bank indonesia', 'bi']
]

function toMap(entries: Array<[string, ...string[]]>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [canonical, ...forms] of entries) {
    for (const form of forms) map.set(form, canonical)
    map.set(canonical.toLowerCase(), canonical)
  }
  return map
}

export const outlets: OutletLexicon = {
  outlets: toMap([...outletNames, ...foreignOutletNames]),
  homeOutlets: new Set(outletNames.map(([canonical]) => canonical)),
  outletHeads: [['media'], ['harian'], ['majalah'], ['koran'], ['kantor', 'berita'], ['surat', 'kabar'], ['stasiun', 'televisi']],
  agencyHeads: [['kantor', 'berita'], ['surat', 'kabar'], ['stasiun', 'televisi']],
  organizations: toMap(organizationNames),
  creditLabels: new Map([
    ['pewarta', 'reporter'], ['reporter', 'reporter'], ['wartawan', 'reporter'], ['reporter magang', 'reporter'], ['wartawan magang', 'reporter'],
    ['penulis', 'reporter'], ['jurnalis', 'reporter'], ['laporan', 'reporter'], ['kontributor', 'contributor'],
    ['penerjemah', 'translator'], ['alih bahasa', 'translator'], ['editor', 'editor'],
    ['penyunting', 'editor'], ['redaktur', 'editor'], ['penyelaras', 'editor'],
    ['fotografer', 'photographer'], ['foto', 'photographer'], ['videografer', 'videographer']
  ]),
  sourceLabels: new Set(['sumber', 'source']),
  reportLines: ['laporan wartawan', 'laporan reporter', 'laporan koresponden', 'laporan kontributor'],
  creditSentences: new Map([
    ['berkontribusi dalam penulisan artikel ini', 'contributor'], ['berkontribusi dalam artikel ini', 'contributor'],
    ['berkontribusi dalam penulisan berita ini', 'contributor']
  ])
}
