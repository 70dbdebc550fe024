/**
 * Where a name starts in a run of capitalised words, read from the text
 * itself: words it writes elsewhere as a place or organisation of their own,
 * words it calls the person by, titles of birth.
 */
import {isPossessiveNoun, type AnalysedText} from '../extract/document.ts'
import {isHonorific, isInitial, isLeadingAcronym, isNameLike, isRomanNumeral, occurrenceScanLimit, standsOnItsOwn} from './word-classes.ts'
import {capitalizedByPosition, rankAt} from './words.ts'

/**
 * `compute(doc, first, last)`, remembered per document and token range (ranges of up to 63 tokens; longer ones,
 * rare, are computed each time): the phrase readers ask about the same runs again and again.
 */
export function perRange<T>(cache: Map<number, T>, doc: AnalysedText, first: number, last: number, compute: (doc: AnalysedText, first: number, last: number) => T): T {
  if (last - first >= 63) return compute(doc, first, last)
  const key = first * 64 + (last - first)
  if (cache.has(key)) return cache.get(key)!
  const answer = compute(doc, first, last)
  cache.set(key, answer)
  return answer
}

/**
 * Where a name really starts in a run of capitalised words: not at a word the
 * text also writes in lower case, not at an organisation's acronym, not at a
 * word that stands elsewhere before other words (`Commuter Anne Purba`).
 */
export function trimNameStart(doc: AnalysedText, first: number, last: number): number {
  return perRange(doc.memo.nameStarts, doc, first, last, trimNameStartUncached)
}

function trimNameStartUncached(doc: AnalysedText, first: number, last: number): number {
  const {tokens} = doc
  // Honorifics and their dots open no name (`H. Darmawan`).
  while (first < last && (isHonorific(doc, tokens.at(first)!) || tokens.at(first)!.text === '.')) first++
  // `KPK Wilayah V Dian Patria`, `Komisi III Budi`: a Roman numeral after a unit's word numbers the unit, not the name.
  for (let j = Math.min(last - 1, first + 4); j >= first; j--) {
    if (isUnitNumeral(doc, j)) {
      first = j + 1
      break
    }
  }
  // A title of birth opens the name; words before it belong to something else (`Hotel Gili Lalu Wiratmaja`).
  for (let j = first + 1; j < last; j++) {
    if (doc.language.persons.nameTitles.has(tokens.at(j)!.lower) && tokens.at(j)!.capitalized) {
      first = j
      break
    }
  }
  while (first < last) {
    const token = tokens.at(first)!
    // (`Pendirinya Abid Omar telah …`: a possessed noun, `its founder`, opening the sentence before a name of two words.)
    const opener = capitalizedByPosition(doc, first) && (doc.lowerVocabulary.has(token.lower) || doc.language.persons.possessedOpeners.has(token.lower) ||
      (isPossessiveNoun(token, doc.language) && last - first >= 2))
    if (opener || isLeadingAcronym(doc, token)) first++
    else break
  }
  // `Terminal Terpadu Pulo Gebang Bernad Octavianus Pasaribu` beside `di Terminal Pulo Gebang,`: the place ends before the name.
  // (Organisations and places glued before a name are a few words: bounded, so a huge run stays linear.)
  for (let j = Math.min(last - 1, first + 3); j >= first; j--) {
    if (standsOnItsOwn(doc, first, j, last)) {
      first = j + 1
      break
    }
  }
  // Where the text calls the person by one word of the run, the name starts
  // there — unless only given-name prefixes stand before it (`Muhammad Rizieq`),
  // or the run follows a rank or honorific, after which a name begins
  // (`Inspektur Jenderal Raden Prabowo Argo Yuwono`).
  // So does a run set off by a comma or a closing bracket (`anggota Bawaslu, Ratna Dewi Pettalolo,`),
  // and a run after an organisation or place the text writes elsewhere ending there
  // (`Dinas Kesehatan Kabupaten Magelang Oktora Kunto Edy` beside `Kabupaten Magelang juga`).
  const before = tokens.at(first - 1)
  const closed = before !== undefined && (before.text === ',' || before.text === ')' || (before.word && before.capitalized &&
    (doc.lexicon.rankWords.has(before.lower) || isHonorific(doc, before) || (first >= 2 && rankAt(doc, first - 2, first - 1) === first - 1) || endsElsewhere(doc, first - 1))))
  // The word a cue calls the person by, where the run holds one; else any short name (`Tokoku Rania …` beside
  // `Tokoku memprediksi` and `kata Rania`: Rania).
  let calledAfterCue = -1
  for (let j = first + 1; j < last && !closed && calledAfterCue < 0; j++) if (doc.shortNamesAfterCues.has(tokens.at(j)!.lower)) calledAfterCue = j
  for (let j = calledAfterCue >= 0 ? calledAfterCue : first + 1; j < last && !closed; j++) {
    if (!doc.shortNames.has(tokens.at(j)!.lower)) continue
    let onlyPrefixes = true
    for (let i = first; i < j; i++) {
      const word = tokens.at(i)!
      if (!doc.language.persons.namePrefixes.has(word.lower.replace(/\.$/u, '')) && !(isInitial(word) && word.text.length <= 2) && word.text !== '.') onlyPrefixes = false
    }
    if (!onlyPrefixes) {
      // …with the given-name prefixes right before that word (`Laskar Bumi Pertiwi Muhammad Fikri Hasan` beside `Fikri`).
      const runStart = first
      first = j
      while (first - 1 > runStart && tokens.at(first - 1)!.capitalized && doc.language.persons.namePrefixes.has(tokens.at(first - 1)!.lower)) first--
    }
    break
  }
  return first
}

/**
 * A Roman numeral (`V`, `III`, `IX`) right after a capitalised word that is no one's name (`Wilayah`, `Komisi`,
 * `Kodam`): the number of a unit. Not a given-name prefix (`I Made`).
 */
export function isUnitNumeral(doc: AnalysedText, k: number): boolean {
  const token = doc.tokens.at(k)!
  const unit = doc.tokens.at(k - 1)
  if (!isRomanNumeral(token) || doc.language.persons.namePrefixes.has(token.lower)) return false
  return unit !== undefined && unit.word && unit.capitalized && (!isNameLike(doc, unit) || doc.lowerVocabulary.has(unit.lower))
}

/** Whether the two words ending at `k` stand elsewhere in the text at the end of a run of capitalised words. */
function endsElsewhere(doc: AnalysedText, k: number): boolean {
  const {tokens} = doc
  const previous = tokens.at(k - 1)
  if (!previous || !previous.word || !previous.capitalized) return false
  const others = doc.capitals.get(tokens.at(k)!.lower) ?? []
  for (let i = 0; i < others.length && i < occurrenceScanLimit; i++) {
    const o = others[i]!
    const after = tokens.at(o + 1)
    if (o !== k && tokens.at(o - 1)?.lower === previous.lower && (!after || !after.word || !after.capitalized)) return true
  }
  return false
}
