/**
 * Synthetic training sentences, ours to train on: the boundaries the engine
 * gets wrong on other outlets, written from our own lexicons (src/lang/id:
 * ranks, honorifics, role nouns, organisation heads, places, cue verbs,
 * sentence openers, degrees) with people's names from the MDEE gazetteer
 * (and new ones made from its words or from syllables, so that the reader
 * learns the context and not the names):
 *
 *   Ketua Dewan Pers Nasional [Rina Kusuma] mengatakan, …
 *   "…," kata Gubernur [Bank Sentral Eropa] [Marta Lind].
 *   Awalnya [Budi] menjelaskan …            (the opener is no part of the name)
 *   kata [Andi Pratama Jepara]              (a name word that is also a place)
 *   dr [Sari Wulan] SpPD-KEMD mengatakan …  (the degree is no part of the name)
 *   [J Sutrisno] menyebut …                 (an initial is)
 *
 * Seeded: the same seed and pools give the same sentences.
 */
import {cues} from '../../src/lang/id/cues.ts'
import {sentenceOpeners, towns} from '../../src/lang/id/name-lexicons.ts'
import {persons} from '../../src/lang/id/persons.ts'
import type {NameKind} from '../../src/names/labels.ts'
import {seededRandom} from '../../src/names/perceptron.ts'
import type {LabelledName, LabelledText} from '../../src/names/train.ts'

export interface SyntheticPools {
  /** People's names (the gazetteer's, and those of the NER sets' training files). */
  persons: readonly string[]
  /** People's names of Indonesian news (the NER sets' training files): given names the gazetteer lacks. */
  newsPersons: readonly string[]
  /** Organisations' names (the gazetteer's). */
  organizations: readonly string[]
  /** Common Indonesian given and family names, and towns (ours: src/lang/id/common-names.ts). */
  given: readonly string[]
  family: readonly string[]
  cities: readonly string[]
}

/** A sentence written piece by piece, with the names' spans. */
class Sentence {
  text = ''
  names: LabelledName[] = []
  /** Appends `piece` (after a space unless `glued`), as a name of `kind` if given. */
  add(piece: string, kind?: NameKind, glued = false): this {
    if (piece === '') return this
    if (this.text !== '' && !glued) this.text += ' '
    const start = this.text.length
    this.text += piece
    if (kind) this.names.push({kind, start, end: this.text.length})
    return this
  }
  glue(piece: string): this {
    return this.add(piece, undefined, true)
  }
  done(): LabelledText {
    return {text: this.text, names: this.names}
  }
}

const capitalise = (word: string): string => word.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
const titleCase = (phrase: string): string => phrase.split(' ').map(capitalise).join(' ')

/** Fictional reported clauses (no sentence of any article). */
const clauses = [
  'pihaknya akan menindaklanjuti laporan warga pekan depan', 'harga bahan pokok di pasar masih stabil',
  'anggaran tahun ini difokuskan untuk perbaikan jalan desa', 'tim gabungan sudah diterjunkan ke lokasi sejak pagi',
  'kebijakan itu akan dievaluasi setelah tiga bulan', 'kami belum menerima surat resmi dari kementerian',
  'program bantuan akan diperluas ke kabupaten lain', 'penyelidikan masih berjalan dan belum ada tersangka',
  'jumlah penumpang meningkat menjelang libur panjang', 'semua pihak diminta menahan diri',
  'pembangunan jembatan ditargetkan rampung akhir tahun', 'data itu masih perlu diverifikasi',
  'sekolah akan kembali dibuka pekan depan', 'pasokan listrik sudah pulih di sebagian besar wilayah',
  'kerja sama ini membuka peluang ekspor baru', 'kami tidak akan mundur dari keputusan itu',
  'inflasi diperkirakan tetap terkendali', 'warga diimbau tidak panik', 'izin usaha perusahaan itu sudah dicabut',
  'rapat lanjutan dijadwalkan pada Kamis', 'korban sudah dibawa ke rumah sakit terdekat', 'ini bukan soal politik'
]

const datesAfter = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']
const syllables = ['su', 'tri', 'wa', 'ti', 'har', 'di', 'ya', 'ni', 'ra', 'ko', 'no', 'to', 'lu', 'ma', 'dan', 'wan', 'sih', 'yah', 'man', 'jo', 'se', 'ta', 'rin', 'ka', 'dew', 'ris', 'na', 'fa', 'zal', 'ham', 'gun', 'pur', 'sis', 'tu', 'bud', 'yo', 'an', 'ar', 'li', 'ning']
/** How degrees are written after a name (the lexicon keeps them lower case, dots dropped). */
const writtenDegrees = ['SpPD-KEMD', 'SpPD', 'Sp.PD', 'SpOG', 'SpA', 'SpB', 'SpJP', 'SpKK', 'M.Kes', 'MKes', 'SH', 'S.H.', 'MH', 'M.H.', 'MSi', 'M.Si', 'SE', 'MM', 'PhD', 'Ph.D', 'MSc', 'MBA', 'SKM', 'MPH', 'SpPD-KGEH', 'SpN', 'SKed', 'ST', 'MT']
const titlesBefore = ['dr', 'Dr', 'drg', 'Prof', 'Prof Dr', 'Prof. Dr.', 'Ir', 'Drs', 'Dra', 'H', 'Hj', 'KH', 'Pdt', 'Ustaz']

export function syntheticTexts(count: number, seed: number, pools: SyntheticPools): LabelledText[] {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const chance = (p: number): boolean => random() < p

  const institutional = [...persons.institutionalWords].filter((word) => /^\p{L}{3,}$/u.test(word)).sort()
  const fullHeads = [...persons.organizationHeads].filter((word) => persons.institutionalWords.has(word) && word.length >= 4).sort()
  const otherHeads = [...persons.organizationHeads].filter((word) => !persons.institutionalWords.has(word) && /^\p{L}+$/u.test(word)).sort()
  const placeWords = [...persons.places, ...towns].filter((word) => !persons.compassWords.has(word) && !['provinsi', 'kabupaten', 'kota', 'pusat', 'daerah', 'kepulauan', 'raya', 'jaya', 'metro', 'baru'].includes(word)).sort()
  const roles = [...persons.roleHeads].filter((word) => word.length > 2).sort()
  const compoundRoles = [...persons.compoundRoles].sort()
  const roleWords = ['umum', 'utama', 'harian', 'eksekutif', 'senior', 'khusus', 'bidang', 'pelaksana']
  const ranks = persons.ranks.map((words) => words.join(' ')).filter((rank) => !['tni', 'pol', 'purn', 'purnawirawan'].includes(rank)).sort()
  const honorifics = ['Bapak', 'Ibu', 'Pak', 'Bu', 'Mbak', 'Bung', 'Kiai', 'Ustaz', 'Romo']
  const clausal = [...cues.clausal].sort()
  const inverted = [...cues.inverted].filter((word) => !word.endsWith('nya') && !word.endsWith('kan')).sort()
  const passive = [...cues.passive].sort()
  const openers = [...sentenceOpeners].filter((word) => word.endsWith('nya') || persons.adverbs.has(word) || ['kemudian', 'selanjutnya', 'lalu', 'lantas', 'kini', 'namun', 'bahkan', 'semula', 'sementara', 'belakangan', 'terakhir', 'ternyata', 'padahal', 'sedangkan'].includes(word)).sort()
  const personNames = pools.persons.filter((name) => name.split(' ').length <= 4)
  const newsNames = pools.newsPersons.filter((name) => name.split(' ').length <= 4)
  const allNames = [...personNames, ...newsNames]
  const givenNames = [...allNames.map((name) => name.split(' ')[0]!).filter((word) => word.length > 2), ...pools.given, ...pools.given]
  const surnames = [...allNames.filter((name) => name.includes(' ')).map((name) => name.split(' ').at(-1)!).filter((word) => word.length > 2), ...pools.family, ...pools.family]
  const organizations = pools.organizations.filter((name) => name.split(' ').length <= 5)
  const organizationWords = [...new Set(organizations.flatMap((name) => name.split(' ')).filter((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word)))].sort()

  const place = (): string => {
    if (chance(0.2)) return pick(pools.cities)
    const word = pick(placeWords)
    const written = word.length <= 3 ? word.toUpperCase() : capitalise(word)
    return chance(0.2) ? `${written} ${capitalise(pick([...persons.compassWords].sort()))}` : written
  }
  const madeUpName = (): string => {
    let word = ''
    const parts = 2 + Math.floor(random() * 2)
    for (let index = 0; index < parts; index++) word += pick(syllables)
    return capitalise(word)
  }
  const personName = (): string => {
    const roll = random()
    let name: string
    if (roll < 0.3) name = pick(personNames)
    else if (roll < 0.5) name = pick(newsNames)
    else if (roll < 0.7) name = `${pick(givenNames)} ${pick(surnames)}`
    else if (roll < 0.9) name = chance(0.4) ? madeUpName() : `${madeUpName()} ${chance(0.5) ? madeUpName() : pick(surnames)}`
    else name = pick(givenNames)
    if (chance(0.06)) name += ' ' + capitalise(pick(placeWords.filter((word) => word.length > 3)))
    if (chance(0.05)) name = `${pick(['J', 'M', 'A', 'R', 'S', 'M.', 'A.'])} ${name}`
    return name
  }
  const organization = (): string => {
    const roll = random()
    if (roll < 0.45) {
      const words = [capitalise(pick(fullHeads))]
      const length = 1 + Math.floor(random() * 3)
      for (let index = 0; index < length; index++) words.push(capitalise(pick(institutional)))
      if (chance(0.35)) words.push(chance(0.5) ? place() : pick(['Nasional', 'Indonesia', 'Internasional', 'Daerah', 'Eropa', 'Asia']))
      return words.join(' ')
    }
    if (roll < 0.7) {
      const head = pick(otherHeads)
      const written = head.length <= 4 ? head.toUpperCase() : capitalise(head)
      return chance(0.4) ? `${written} ${place()}` : written
    }
    if (roll < 0.8) return `PT ${capitalise(pick(institutional))} ${capitalise(pick(institutional))}${chance(0.3) ? ' Tbk' : ''}`
    // A head and a word of another organisation's name (`Yayasan Pijar Timur`).
    if (roll < 0.9) return `${capitalise(pick(fullHeads))} ${pick(organizationWords)}${chance(0.5) ? ' ' + capitalise(pick(institutional)) : ''}`
    return pick(organizations)
  }
  const role = (): string => {
    let title = chance(0.25) ? pick(compoundRoles) : pick(roles)
    if (chance(0.12)) title = 'wakil ' + title
    if (chance(0.2)) title += ' ' + pick(roleWords)
    return chance(0.8) ? titleCase(title) : title
  }
  const clause = (): string => pick(clauses)
  const cueAfterQuote = (s: Sentence): Sentence => s.add(`"${capitalise(clause())},"`).add(pick(inverted))
  const end = (s: Sentence): LabelledText => {
    if (chance(0.3)) s.glue(',').add(pick(datesAfter))
    return s.glue('.').done()
  }

  const templates: Array<() => LabelledText> = [
    // Ketua Dewan Pers Nasional Rina Kusuma mengatakan, …
    () => {
      const s = new Sentence()
      if (chance(0.2)) s.add(capitalise(pick(openers)))
      s.add(role()).add(organization(), 'ORG').add(personName(), 'PER').add(pick(clausal))
      if (chance(0.5)) s.glue(',')
      return end(s.add(clause()))
    },
    // "…," kata Gubernur Bank Sentral Eropa Marta Lind.
    () => end(cueAfterQuote(new Sentence()).add(role()).add(organization(), 'ORG').add(personName(), 'PER')),
    // Awalnya Budi menjelaskan …
    () => {
      const s = new Sentence().add(capitalise(pick(openers)))
      if (chance(0.3)) s.glue(',')
      return end(s.add(personName(), 'PER').add(pick(clausal)).add(clause()))
    },
    // "…," kata Budi Santoso.
    () => {
      const s = cueAfterQuote(new Sentence()).add(personName(), 'PER')
      if (chance(0.3)) s.add(pick(['kepada wartawan', 'di kantornya', 'saat dihubungi', 'dalam keterangannya']))
      return end(s)
    },
    // Bupati Jepara Andi Pratama mengatakan …
    () => end(new Sentence().add(role()).add(place(), 'LOC').add(personName(), 'PER').add(pick(clausal)).add(clause())),
    // Komisaris Besar Budi Santoso menyebut …
    () => {
      const s = new Sentence().add(titleCase(pick(ranks))).add(personName(), 'PER')
      if (chance(0.5)) s.glue(',').add(role().toLowerCase()).add(organization(), 'ORG').glue(',')
      return end(s.add(pick(clausal)).add(clause()))
    },
    // dr Sari Wulan SpPD-KEMD mengatakan …
    () => {
      const s = new Sentence()
      if (chance(0.4)) s.add(role()).add(organization(), 'ORG')
      s.add(pick(titlesBefore)).add(personName(), 'PER')
      if (chance(0.5)) s.glue(',')
      s.add(pick(writtenDegrees))
      if (chance(0.3)) s.glue(',').add(pick(writtenDegrees))
      return end(s.add(pick(clausal)).add(clause()))
    },
    // "…," kata J Sutrisno.
    () => end(cueAfterQuote(new Sentence()).add(`${pick(['J', 'M', 'A', 'S', 'R', 'B', 'H'])} ${pick(surnames)}`, 'PER')),
    // Lestari Handayani, yang akrab disapa Tari, mengatakan …
    () => {
      const name = personName()
      const nick = chance(0.5) ? name.split(' ')[0]!.slice(-4).replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()) : pick(givenNames)
      return end(new Sentence().add(name, 'PER').glue(',').add(pick(['yang akrab disapa', 'yang biasa dipanggil', 'alias'])).add(nick, 'PER').glue(',').add(pick(clausal)).add(clause()))
    },
    // Menurut Ketua Komisi … Rina, …
    () => end(new Sentence().add('Menurut').add(role()).add(organization(), 'ORG').add(personName(), 'PER').glue(',').add(clause())),
    // Budi dan Ani mengatakan …
    () => end(new Sentence().add(personName(), 'PER').add('dan').add(personName(), 'PER').add(pick(clausal)).add(clause())),
    // Ketua Dewan Pers Nasional mengatakan … (no name)
    () => end(new Sentence().add(role()).add(organization(), 'ORG').add(pick(clausal)).add(clause())),
    // Dewan Pers Nasional menyatakan …
    () => end(new Sentence().add(organization(), 'ORG').add(pick(clausal)).add(clause())),
    // Slamet (47), warga Jepara, mengatakan …
    () => end(new Sentence().add(personName(), 'PER').add(`(${20 + Math.floor(random() * 50)})`).glue(',').add('warga').add(place(), 'LOC').glue(',').add(pick(clausal)).add(clause())),
    // Hal itu disampaikan Ketua … Rina di Jepara, Senin.
    () => end(new Sentence().add(pick(['Hal itu', 'Hal tersebut', 'Hal senada'])).add(pick(passive)).add(role()).add(organization(), 'ORG').add(personName(), 'PER').add('di').add(place(), 'LOC')),
    // Budi Santoso, ketua Dewan …, mengatakan …
    () => end(new Sentence().add(personName(), 'PER').glue(',').add(role().toLowerCase()).add(organization(), 'ORG').glue(',').add(pick(clausal)).add(clause())),
    // Pak Budi mengatakan … / kata Bu Rina
    () => {
      if (chance(0.5)) return end(cueAfterQuote(new Sentence()).add(pick(honorifics)).add(personName(), 'PER'))
      return end(new Sentence().add(pick(honorifics)).add(personName(), 'PER').add(pick(clausal)).add(clause()))
    },
    // Role alone after a quote: "…," kata Kepala Desa Sukamaju.
    () => end(cueAfterQuote(new Sentence()).add(role()).add(place(), 'LOC'))
  ]
  const texts: LabelledText[] = []
  for (let index = 0; index < count; index++) texts.push(pick(templates)())
  return texts
}
