/**
 * The unit of an organisation named between a role and the organisation: `Direktur Pupuk dan Pestisida Kementerian
 * Pertanian`, `Wakil Rektor Bidang Akademik dan Kemahasiswaan Universitas Cendrawasih`, `Kepala Pusat Data dan
 * Informasi BNPB`. The unit is the field the role covers, part of the title; the organisation after it is the
 * affiliation. A unit opens with a unit's head (`Bidang`, `Urusan`, `Seksi`: `persons.unitHeads`), or joins fields
 * with `dan` (`Pupuk dan Pestisida`) where the text writes one of them in lower case too or the lexicon knows it as
 * an institution's word — so two people joined by `dan` after a role (`Menteri Budi dan Ani`) stay names —, or is
 * all such common words before an organisation's head (`Direktur Jenderal Tanaman Pangan Kementerian …`). It runs
 * over capitalised words and ends before the organisation: an organisation's head that is no unit's (`Kementerian`,
 * `Universitas`, `Polda`), an acronym, a short name the text writes elsewhere on its own (`Bapanas mencatat …`), a
 * bracket, or the end of the words before the name.
 */
import type {AnalysedText} from '../extract/document.ts'
import type {Token} from '../extract/tokens.ts'
import {isHonorific, isOrganizationWord, isPlaceWord, usedAlone} from './word-classes.ts'
import {isConnector, joinsFields, rankAt} from './words.ts'

/** How many words a unit may have. */
const longestUnit = 14

/** Whether the word at `j` opens the organisation after a unit (or ends the unit some other way). */
function endsUnit(doc: AnalysedText, j: number, last: number): boolean {
  const token = doc.tokens.at(j)!
  const {persons} = doc.language
  if (!token.word) return true
  if (token.allCaps || doc.lexicon.rankWords.has(token.lower) || rankAt(doc, j, last) > j || isHonorific(doc, token)) return true
  if ((persons.organizationHeads.has(token.lower) || persons.memberBodyHeads.has(token.lower)) && !persons.unitHeads.has(token.lower)) return true
  if (!token.capitalized || persons.unitHeads.has(token.lower)) return false
  // A ministry's short name (`Kemenkop`), a place (`… Manajemen Air Belanda`), a foreign article (`The Prakarsa`).
  if (doc.language.morphology.organizationPrefixes.some((prefix) => token.lower.length > prefix.length + 1 && token.lower.startsWith(prefix))) return true
  if (persons.foreignConnectors.has(token.lower) || isFieldWord(doc, token)) return persons.foreignConnectors.has(token.lower)
  // A place, or a short name the text writes elsewhere on its own (`Bapanas mencatat …`), unless either is a common
  // word (`Keuangan`, `Hukum`).
  return isPlaceWord(doc, token) || usedAlone(doc, j) > 0 || doc.organizationAcronyms.has(token.lower)
}

/** A field word the text or the lexicon says is a common word: written in lower case elsewhere, or an institution's word. */
function isFieldWord(doc: AnalysedText, token: Token): boolean {
  return doc.lowerVocabulary.has(token.lower) || isOrganizationWord(doc, token)
}

/**
 * The last token of the unit that opens at `j` right after a role's title, within `[j, last]`; -1 when no unit opens
 * there.
 */
export function unitEnd(doc: AnalysedText, j: number, last: number): number {
  const {tokens, language} = doc
  const opener = tokens.at(j)!
  if (!opener.word || !opener.capitalized || opener.allCaps || doc.shortNames.has(opener.lower)) return -1
  const headed = language.persons.unitHeads.has(opener.lower)
  if (!headed && (isPlaceWord(doc, opener) || endsUnit(doc, j, last))) return -1
  let end = j
  // Joined fields need a common word right before the first connector (`Pupuk dan Pestisida`; not the list of
  // officials `Sekretaris Kabinet Pramono Anung dan Menteri Pariwisata …`).
  let joined = false
  let field = false
  // `Industri Maritim, Alat Transportasi, dan Alat Pertahanan`: fields listed with commas and a connector.
  let listed = false
  let allFields = isFieldWord(doc, opener)
  let someFields = allFields
  // A word of the unit: capitalised, no organisation's opening, no name the text calls someone by.
  const unitWord = (k: number): boolean => {
    const token = tokens.at(k)!
    return token.word && token.capitalized && !endsUnit(doc, k, last) && !doc.shortNames.has(token.lower)
  }
  const joiner = (token: Token): boolean => isLowerConnector(doc, token) || token.text === ','
  for (let k = j + 1; k <= last && k - j < longestUnit; k++) {
    const token = tokens.at(k)!
    // `Bidang Politik, Hukum, dan Keamanan`: fields joined by a connector or a comma (or both), then a capitalised word.
    if (joiner(token)) {
      const next = token.text === ',' && k + 1 <= last && joiner(tokens.at(k + 1)!) ? k + 2 : k + 1
      if (next > last || !unitWord(next)) break
      if (!joined) field = isFieldWord(doc, tokens.at(end)!)
      joined = true
      listed ||= next === k + 2 || (token.text === ',' && tokens.slice(next, last + 1).some((later) => isLowerConnector(doc, later)))
      k = next - 1
      continue
    }
    if (!unitWord(k)) break
    allFields &&= isFieldWord(doc, token)
    someFields ||= isFieldWord(doc, token)
    end = k
  }
  const after = tokens.at(end + 1)
  // `Pusat Kajian … (Puspaham)`: a unit whose short name follows in brackets is a body of its own.
  if (after?.text === '(' && tokens.at(end + 2)?.capitalized && tokens.at(end + 3)?.text === ')') return -1
  // Where an organisation follows, the unit is the field before it; with none, only a field's head
  // (`Menteri Koordinator Bidang Perekonomian`) or joined fields (`Direktur Pupuk dan Pestisida`) make one.
  const beforeBody = end + 1 <= last && after !== undefined && after.word && endsUnit(doc, end + 1, last)
  if (!beforeBody) return language.persons.fieldHeads.has(opener.lower) || (joined && field) ? end : -1
  // Fields not joined (`Direktur Jenderal Tanaman Pangan Kementerian …`) make a unit when every word is a common word
  // and an organisation's head follows (not a place: `Menteri Dalam Negeri Australia`).
  const headFollows = language.persons.organizationHeads.has(after.lower) || language.persons.memberBodyHeads.has(after.lower)
  // A directorate's long name before its ministry (`Direktur Bina Pengawasan Norma Kerja Kemnaker`): three words or more
  // with a common word among them; fields listed with commas and a connector (`Industri Maritim, Alat Transportasi, dan
  // Alat Pertahanan Kementerian …`).
  const longField = someFields && end - j >= 2
  return headed || (joined && field) || ((allFields || longField || listed) && headFollows) ? end : -1
}

/**
 * Whether the capitalised run `[first, last]` right after a role's title lies inside a unit (`Direktur Pupuk dan
 * Pestisida …`, `Wakil Rektor Bidang Akademik Prof …`): the unit is read up to the first word after a connector that
 * follows the run, so what stands further (a name and its initials in brackets) says nothing of it.
 */
export function insideUnit(doc: AnalysedText, first: number, last: number, limit: number): boolean {
  const {tokens, language} = doc
  const title = tokens.at(first - 1)
  if (!title || !title.word) return false
  let end = last
  const joiner = tokens.at(last + 1)
  if (joiner !== undefined && (isLowerConnector(doc, joiner) || joiner.text === ',')) {
    end = joiner.text === ',' && tokens.at(last + 2)?.word && isConnector(doc, tokens.at(last + 2)!) ? last + 3 : last + 2
  }
  end = Math.min(end, limit)
  // (`Wakil Rektor Bidang Akademik …`: the unit opens at its head, and a run right after a unit's head is its name.)
  if (language.persons.unitHeads.has(title.lower)) return unitEnd(doc, first - 1, end) >= last
  if (language.persons.roleHeads.has(title.lower)) return unitEnd(doc, first, end) > last
  // `Direktur Industri Maritim, Alat …`: a field listed with commas, common words of the unit between the role and it;
  // the fields are read to the organisation after them (`…, dan Alat Pertahanan Kementerian …`).
  if (joiner?.text !== ',') return false
  for (let h = first - 2; h >= 0 && first - h <= furthestTitle; h--) {
    const token = tokens.at(h)!
    if (!token.word || !token.capitalized || language.persons.unitHeads.has(token.lower)) return false
    if (language.persons.roleHeads.has(token.lower)) return unitEnd(doc, h + 1, limit) > last
  }
  return false
}

/** How far before a run a unit's head or a role may stand for the run to continue the unit's fields. */
const furthestTitle = 8

/**
 * Whether the run of name words `[first, last]` opens right after a connector inside a unit that goes on over it
 * (`Deputi Bidang Ketersediaan dan Distribusi Pangan Bapanas Budi Santoso`): the field after `dan` runs into the
 * name, and the rules cannot tell where one ends and the other starts.
 */
export function continuesField(doc: AnalysedText, first: number, last: number): boolean {
  const {tokens, language} = doc
  const joiner = tokens.at(first - 1)
  if (!joiner || !isLowerConnector(doc, joiner)) return false
  for (let h = first - 2; h >= 0 && first - h <= furthestTitle; h--) {
    const token = tokens.at(h)!
    if (!token.word || !token.capitalized) return false
    if (language.persons.unitHeads.has(token.lower)) return unitEnd(doc, h, last) >= first
    if (language.persons.roleHeads.has(token.lower)) return unitEnd(doc, h + 1, last) >= first
  }
  return false
}

/** A connector written in lower case (`dan`, `serta`): it joins the fields of a unit's name. */
function isLowerConnector(doc: AnalysedText, token: Token): boolean {
  return token.word && !token.capitalized && joinsFields(doc, token)
}
