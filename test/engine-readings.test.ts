/**
 * The engine against the editors' readings: the seed article (all 83 facts,
 * when ../shared is present) and our own corpus/ articles. A reading's facts
 * are decomposed by the eval (scripts/eval/facts.ts); a fact the engine gets
 * today must not be lost tomorrow, so each article has a floor.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import test from 'ava'
import {scoreReading, type ExpectedReading} from '../scripts/eval/facts.ts'
import {ownCorpusDir, seedDir} from '../scripts/eval/paths.ts'
import {extract} from '../src/pipeline.ts'
import {needs} from './helpers/needs.ts'

function score(textFile: string, readingFile: string) {
  const text = readFileSync(textFile, 'utf8')
  const reading = JSON.parse(readFileSync(readingFile, 'utf8')) as ExpectedReading
  const results = scoreReading(reading, text, extract(text))
  return {results, passed: results.filter((result) => result.ok).length}
}

const seedText = path.join(seedDir, 'antara-kim-rusia.txt')

needs(seedText)('the seed article: every one of the editor\'s 83 facts', (t) => {
  const text = seedText
  const {results, passed} = score(text, path.join(seedDir, 'antara-kim-rusia.expected.json'))
  t.is(results.length, 83)
  t.deepEqual(results.filter((result) => !result.ok).map((result) => result.label), [])
  t.is(passed, 83)
})

/** Facts the engine must keep per article of our corpus (raised 2026-12-07 to the share reached then; raise them as it improves). */
const floors: Record<string, number> = {
  'antara-feri-marinduque': 0.93,
  'detik-motor-trotoar-jakarta': 0.96,
  'kompas-pembajakan-truk-jateng': 1,
  'kompascom-bus-sekolah-bandung': 0.96,
  'kompascom-harga-cabai-malang': 1,
  'liputan6-banjir-kampung-melayu': 1,
  'republika-sertifikasi-halal-umk': 0.96,
  'tempo-abk-tanker-teluk-guinea': 0.98,
  // Held-out articles (outlets the engine was not developed on), written blind. When they were added the engine
  // reached 54/60, 45/64, 49/57, 51/57, 39/62, 38/60, 38/44, 26/52; the floors are the share reached now.
  'antara-kekeringan-kupang': 0.9,
  'bbcindonesia-nelayan-smelter-morowali': 0.75,
  'bisniscom-harga-gabah-hpp': 0.87,
  'cnnindonesia-pupuk-subsidi-ktp': 0.91,
  'idntimes-demo-ukt-makassar': 0.66,
  'kumparan-dbd-sleman': 0.9,
  'suara-konser-rangga-batal': 0.88,
  'tribunnews-begal-mahasiswi-medan': 0.61,
  // The second held-out set (2026-12-07), written and committed blind before kutip ran on it. The engine reached
  // 55/68, 54/63, 59/69, 44/61, 62/74, 47/59, 61/75, 39/68 (421/537); the floors are those shares rounded down to 0.05.
  'cnbcindonesia-merger-bank-digital': 0.8,
  'jawapos-tunggakan-rusunawa-surabaya': 0.85,
  'katadata-penjualan-motor-listrik': 0.85,
  'kontan-buyback-saham-sawit': 0.7,
  'merdeka-potongan-ojol-dpr': 0.8,
  'okezone-kebakaran-pasar-bekasi': 0.75,
  'tirto-jam-kerja-kurir-paket': 0.8,
  'voaindonesia-visa-mahasiswa-as': 0.55,
  // The third held-out set (2026-12-07), written and committed blind (6318a97) before kutip ran on it; measured once on
  // engine eeac6ea: 67/81, 56/79, 44/77, 72/80, 62/76, 62/79, 62/79, 60/77 (485/628); floors rounded down to 0.05.
  'beritasatu-ump-2026-buruh-pengusaha': 0.9,
  'jpnn-sk-pppk-guru-honorer': 0.8,
  'medcom-klb-campak-sampang': 0.75,
  'mediaindonesia-anggaran-psu-pilkada': 0.8,
  'pikiranrakyat-kuota-tpa-bandung': 0.75,
  'rri-gelombang-tinggi-maluku': 0.75,
  'sindonews-tuntutan-korupsi-sewa-kapal': 0.7,
  'viva-imbang-bintang-timur': 0.55
}

for (const file of readdirSync(ownCorpusDir).filter((name) => name.endsWith('.expected.json')).sort()) {
  const name = file.replace(/\.expected\.json$/u, '')
  test(`corpus/${name}: the engine keeps its share of the reading's facts`, (t) => {
    const {results, passed} = score(path.join(ownCorpusDir, name + '.txt'), path.join(ownCorpusDir, file))
    const floor = floors[name] ?? 0.6
    t.true(passed / results.length >= floor, `${passed}/${results.length} facts, floor ${floor}; failing: ${results.filter((r) => !r.ok).map((r) => r.label).join('; ')}`)
  })
}
