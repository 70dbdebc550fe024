/**
 * Ranks, titles and honorifics left out when two names are compared
 * (`Ajun Komisaris Roland Manurung` = `Roland Manurung`), as data.
 *
 * (Language knowledge: belongs in src/lang/id next to the engine's own name
 * lists; kept here until that module exports one.)
 */
export const nameHonorifics: ReadonlySet<string> = new Set([
  'h', 'hj', 'haji', 'hajah', 'kh', 'dr', 'drs', 'dra', 'prof', 'ir', 'sh', 'se', 'mm', 'msi', 'mh', 'phd',
  'st', 'spd', 'skom', 'mba', 'mpd', 'ssos', 'sip', 'drg', 'dokter', 'profesor',
  'bapak', 'pak', 'ibu', 'bu', 'sdr', 'saudara', 'saudari', 'tuan', 'nyonya', 'mr', 'mrs', 'ms',
  'ustaz', 'ustad', 'ustadz', 'kiai', 'kyai', 'habib', 'gus', 'romo', 'pastor', 'pendeta', 'bhikkhu',
  'raden', 'rm', 'tengku', 'teuku', 'sultan', 'gusti', 'kanjeng',
  'jenderal', 'jend', 'letnan', 'letjen', 'mayjen', 'brigjen', 'marsekal', 'laksamana', 'kolonel',
  'kol', 'mayor', 'kapten', 'sersan', 'kopral', 'komisaris', 'besar', 'kombes', 'ajun', 'akbp', 'akp',
  'kompol', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka', 'brigadir', 'briptu', 'bripda', 'irjen',
  'komjen', 'inspektur', 'polisi', 'pol', 'purn', 'purnawirawan', 'tni'
])

/**
 * Words that make a role another role (`Wakil Gubernur` is not `Gubernur`,
 * `mantan Menteri` is not `Menteri`): two titles differing in one of these
 * are different roles even when one's words contain the other's.
 */
export const roleModifiers: ReadonlySet<string> = new Set([
  'wakil', 'mantan', 'eks', 'bekas', 'plt', 'plh', 'pj', 'penjabat', 'calon', 'pelaksana', 'tugas', 'harian', 'sementara'
])
