/**
 * Points of the compass, Indonesian and Javanese: a place name goes on through them (`Bandung Barat`,
 * `Gunung Kidul`), and one opens a place of two words (`Kulon Progo`). Each is a place word too.
 */
export const compassWords: ReadonlySet<string> = new Set(['utara', 'selatan', 'barat', 'timur', 'tengah', 'tenggara', 'kulon', 'wetan', 'kidul', 'lor'])

/**
 * Place names that stand between a role and a person's name
 * (`Gubernur DKI Jakarta Anies …`, `Kapolda Jawa Tengah …`): provinces,
 * their usual short forms, large cities, and countries often in the news.
 * A place the list lacks is still learnt from the text (`di Bogor`).
 */
export const places: ReadonlySet<string> = new Set([
  ...compassWords,
  'aceh', 'sumatera', 'sumatra',
  'riau', 'kepulauan', 'jambi', 'bengkulu', 'lampung', 'bangka', 'belitung', 'jakarta', 'dki',
  'jawa', 'banten', 'yogyakarta', 'diy', 'bali', 'nusa', 'ntb', 'ntt', 'kalimantan', 'sulawesi',
  'gorontalo', 'maluku', 'papua', 'jabar', 'jateng', 'jatim', 'sumut', 'sumbar', 'sumsel',
  'kalbar', 'kalteng', 'kalsel', 'kaltim', 'kaltara', 'sulut', 'sulteng', 'sulsel', 'sultra',
  'sulbar', 'malut', 'kepri', 'babel', 'tangsel', 'jaksel', 'jaktim', 'jakut', 'jakbar', 'jakpus', 'jabodetabek', 'jogja', 'jogjakarta', 'metro', 'jaya', 'raya',
  'surabaya', 'bandung', 'medan', 'semarang', 'makassar', 'palembang', 'denpasar', 'malang',
  'bogor', 'depok', 'bekasi', 'tangerang', 'solo', 'surakarta', 'padang', 'pekanbaru',
  'balikpapan', 'samarinda', 'banjarmasin', 'pontianak', 'manado', 'kupang', 'mataram',
  'jayapura', 'ambon', 'batam', 'cirebon', 'tasikmalaya', 'kediri', 'jember', 'sleman',
  'bantul', 'magelang', 'klaten', 'banyumas', 'tegal', 'pekalongan', 'kudus', 'cilacap',
  'indonesia', 'ri', 'rusia', 'china', 'tiongkok', 'amerika', 'serikat', 'as', 'jepang',
  'korea', 'korut', 'korsel', 'cina', 'inggris', 'prancis', 'jerman', 'australia', 'malaysia',
  'singapura', 'thailand', 'filipina', 'vietnam', 'india', 'pakistan', 'iran', 'irak',
  'suriah', 'israel', 'palestina', 'ukraina', 'turki', 'mesir', 'arab', 'saudi', 'qatar',
  'pyongyang', 'seoul', 'moskow', 'beijing', 'tokyo', 'washington', 'london', 'paris',
  'brussel', 'jenewa', 'eropa', 'asia', 'afrika', 'pasifik', 'afghanistan', 'myanmar',
  'kamboja', 'laos', 'brunei', 'timor', 'leste', 'selandia', 'baru', 'kanada', 'meksiko',
  'brasil', 'argentina', 'italia', 'spanyol', 'belanda', 'belgia', 'swiss', 'swedia',
  'norwegia', 'denmark', 'finlandia', 'polandia', 'yunani', 'taiwan', 'hong', 'kong',
  'provinsi', 'kabupaten', 'kota', 'pusat', 'daerah'
])

