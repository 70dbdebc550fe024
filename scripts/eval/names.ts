/**
 * Name comparison for the scoring: two names are the same when their sets of
 * name tokens are equal, ranks and honorifics left out on both sides.
 *
 * This list is the scoring's own, on purpose: the engine has its own ranks and
 * titles in src/lang/id, and the judge must not share code with what it judges.
 */

/**
 * Ranks (police, army, navy, air force, in full and abbreviated), academic and
 * religious honorifics, nobility titles, and the unit or corps tags written in
 * brackets after a rank ("Brigadir Jenderal (Pol)"). Lower case, without dots.
 */
export const RANKS_AND_HONORIFICS: ReadonlySet<string> = new Set([
  // police and military ranks, in full
  'jenderal', 'komisaris', 'besar', 'ajun', 'inspektur', 'brigadir', 'kolonel', 'letnan', 'mayor', 'kapten',
  'sersan', 'kopral', 'prajurit', 'bhayangkara', 'marsekal', 'laksamana', 'pertama', 'muda', 'madya', 'dua', 'satu',
  // abbreviated ranks
  'jend', 'jen', 'komjen', 'irjen', 'brigjen', 'kombes', 'kompol', 'akbp', 'akp', 'iptu', 'ipda', 'aiptu', 'aipda',
  'bripka', 'brigpol', 'briptu', 'bripda', 'letjen', 'mayjen', 'kol', 'letkol', 'lettu', 'letda', 'kapt', 'serka',
  'sertu', 'serda', 'pelda', 'peltu', 'koptu', 'kopda', 'praka', 'pratu', 'prada', 'laksda', 'laksma', 'laksdya',
  'marsda', 'marsma', 'marsdya',
  // corps and service tags ("(Pol)", "(Purn)", "TNI", "Inf", "Laut")
  'pol', 'polri', 'tni', 'purn', 'purnawirawan', 'mar', 'czi', 'inf', 'kav', 'arh', 'cpm', 'laut', 'udara', 'psk',
  // academic, medical and professional
  'dr', 'drg', 'dokter', 'gigi', 'prof', 'profesor', 'ir', 'drs', 'dra', 'sh', 'mh', 'msi', 'mm', 'se', 'spd',
  'mpd', 'phd', 'mba', 'msc', 'bsc', 'sked', 'spog', 'sppd', 'mkes', 'sip', 'sag', 'lc',
  // religious and nobility honorifics
  'h', 'hj', 'haji', 'hajah', 'hajjah', 'kh', 'kiai', 'kyai', 'ustaz', 'ustad', 'ustadz', 'habib', 'buya', 'syekh',
  'pastor', 'romo', 'pendeta', 'pdt', 'mgr', 'uskup', 'bhiksu', 'biksu', 'raden', 'rm', 'sultan', 'tuan', 'nyonya'
])

/** Lower-case, NFKC, one apostrophe, one dash, no dots. */
function normaliseToken(token: string): string {
  return token
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\./g, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
}

/** The words of any label (name, title, place), normalised, all kept. */
export function labelTokens(label: string): string[] {
  return label
    .split(/[\s,;/]+/)
    .map(normaliseToken)
    .filter((token) => token !== '')
}

/** The name tokens of a person's name: normalised, ranks and honorifics removed. */
export function nameTokens(name: string): string[] {
  return labelTokens(name).filter((token) => !RANKS_AND_HONORIFICS.has(token))
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a)
  const right = new Set(b)
  if (left.size === 0 || left.size !== right.size) return false
  for (const token of left) if (!right.has(token)) return false
  return true
}

/** Same set of name tokens after ranks and honorifics are removed (never true for empty names). */
export function sameName(a: string, b: string): boolean {
  return sameSet(nameTokens(a), nameTokens(b))
}

/** Same set of words, case and punctuation aside (titles, places, outlet names). */
export function sameLabel(a: string, b: string): boolean {
  return sameSet(labelTokens(a), labelTokens(b))
}

/** Exact form, case and spacing aside: for aliases, where "Kim Jong-un" and "Kim Jong Un" differ. */
export function sameForm(a: string, b: string): boolean {
  const form = (value: string) => value.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
  return form(a) === form(b)
}
