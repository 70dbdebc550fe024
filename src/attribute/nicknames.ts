/**
 * The names people are called by, given right after their full name: `Muhammad Yusuf, yang akrab disapa Ucup,`,
 * `Saifullah Yusuf (Gus Ipul)`, `Saifullah Yusuf atau Gus Ipul`, `Immanuel Santoso alias Noel`. The registry merges a
 * later mention by the nickname into the person (entities.ts `findPerson`).
 */
import type {AnalysedText} from '../extract/document.ts'
import {isHonorific, isNameLike} from '../phrase/word-classes.ts'
import {isNickname, nameWords} from '../text/names.ts'
import type {EntityRecord, EntityRegistry} from './entities.ts'
import type {PersonMention} from './person-names.ts'
import {sentenceStart} from '../extract/sentences.ts'

/** `alias Mr. Terimakasih`: where the nickname starts at `k`, past an abbreviated honorific. */
function nicknameStart(doc: AnalysedText, k: number): number {
  const token = doc.tokens.at(k)
  return token && isHonorific(doc, token) && doc.tokens.at(k + 1)?.text === '.' ? k + 2 : k
}

/**
 * The run of capitalised name words starting at token `k` (at most three, on one line), as a nickname: its last token,
 * or -1 where none starts there.
 */
function nicknameRun(doc: AnalysedText, k: number): number {
  const {tokens} = doc
  let last = -1
  for (let j = k; j < tokens.length && j - k < 3; j++) {
    const token = tokens.at(j)!
    if (!token.word || !token.capitalized || (j > k && (token.paragraphStart || !token.spaceBefore))) break
    if (j > k && !isNameLike(doc, token)) break
    last = j
  }
  return last
}

export interface Nickname {
  first: number
  last: number
  /** Words say it is a nickname (`disapa`, `alias`, `atau yang akrab …`), not only its place after the name. */
  marked: boolean
}

/**
 * The names people are called by, right after a mention of their full name (by index into `people`):
 * `Muhammad Yusuf, yang akrab disapa Ucup,`, `Saifullah Yusuf (Gus Ipul)`, `Saifullah Yusuf atau Gus Ipul`,
 * `Immanuel Santoso alias Noel`.
 */
export function nicknamesOfPeople(doc: AnalysedText, people: PersonMention[]): Map<number, Nickname[]> {
  const {tokens, language} = doc
  const {nicknameMarkers, nicknameOr, nicknameFillers} = language.persons
  const found = new Map<number, Nickname[]>()
  const push = (index: number, nickname: Nickname): void => {
    const list = found.get(index)
    if (list) list.push(nickname)
    else found.set(index, [nickname])
  }
  // After a marker word (`disapa`, `alias`): the person named last before it in the sentence, a few words back.
  let at = 0
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!tokens.at(k)!.word || !nicknameMarkers.has(tokens.at(k)!.lower)) continue
    const start = nicknameStart(doc, k + 1)
    const last = nicknameRun(doc, start)
    if (last < 0) continue
    while (at < people.length && people[at]!.range.last < k) at++
    const person = people[at - 1]
    if (person && doc.sentenceOf[person.range.last] === doc.sentenceOf[k] && k - person.range.last <= 6) push(at - 1, {first: start, last, marked: true})
    // `Perempuan yang akrab disapa Tari ini mengaku …`: a description opening its sentence and closed by a
    // demonstrative points back to the person named before that sentence.
    else if (person && doc.sentenceOf[person.range.last] < doc.sentenceOf[k] && describesOneBefore(doc, k, last)) push(at - 1, {first: start, last, marked: true})
  }
  // Right after a full name: `(Gus Ipul)`, `, (Gus Ipul)`, `atau (yang akrab disapa) Gus Ipul`.
  people.forEach((person, index) => {
    if (person.range.last === person.range.first) return
    let next = person.range.last + 1
    if (tokens.at(next)?.text === ',') next++
    const opener = tokens.at(next)
    if (!opener) return
    if (opener.text === '(') {
      const last = nicknameRun(doc, next + 1)
      // (Not a short form inside a role, a name after it: `Ketua Rukun Tetangga (RT) Soehardjono`.)
      const after = tokens.at(last + 2)
      const nameGoesOn = after !== undefined && after.word && after.capitalized && isNameLike(doc, after)
      if (last >= 0 && tokens.at(last + 1)?.text === ')' && !nameGoesOn) push(index, {first: next + 1, last, marked: false})
    } else if (opener.word && nicknameOr.has(opener.lower)) {
      let first = next + 1
      while (first < tokens.length && first - next <= 4 && tokens.at(first)!.word && !tokens.at(first)!.capitalized && (nicknameFillers.has(tokens.at(first)!.lower) || nicknameMarkers.has(tokens.at(first)!.lower))) first++
      // `alias Noel`, `atau yang akrab disapa Gus …`: the words say it is a nickname; a bare `atau` does not.
      const marked = nicknameMarkers.has(opener.lower) || first > next + 1
      first = nicknameStart(doc, first)
      const last = nicknameRun(doc, first)
      if (last >= 0) push(index, {first, last, marked})
    }
  })
  return found
}

/**
 * Whether the nickname marker at `k` stands in a description that opens its sentence and points back: a common noun,
 * `yang` and fillers (`akrab`), the marker, the nickname ending at `last`, then a demonstrative (`ini`, `itu`).
 */
function describesOneBefore(doc: AnalysedText, k: number, last: number): boolean {
  const {tokens, language} = doc
  const first = sentenceStart(doc, k)
  const head = tokens.at(first)!
  if (!head.word || first + 1 >= k || isNameLike(doc, head)) return false
  for (let j = first + 1; j < k; j++) {
    const token = tokens.at(j)!
    if (!token.word || token.capitalized || !language.persons.nicknameFillers.has(token.lower)) return false
  }
  const after = tokens.at(last + 1)
  return after !== undefined && after.word && language.text.demonstratives.has(after.lower)
}

/**
 * Records a nickname of the person. Where no word says it is one (in brackets, after a bare `atau`), the name must look
 * like a nickname: opened by a word names of address start with (`Gus`, `Cak`, `Kang`), or a clipped form or the
 * initials of the full name (`Noel`, `SBY`).
 */
export function learnNickname(doc: AnalysedText, registry: EntityRegistry, record: EntityRecord, {first, last, marked}: Nickname): void {
  const {tokens} = doc
  const {nicknameTitles} = doc.language.persons
  const nickname = doc.text.slice(tokens.at(first)!.start, tokens.at(last)!.end)
  const titled = nicknameTitles.has(tokens.at(first)!.lower)
  if (!marked && !titled && !(first === last && isNickname(nickname, nameWords(record.name)))) return
  if (nameWords(nickname).every((word) => record.words.has(word))) return
  registry.addNickname(record, nickname)
  // `kata Ipul` for `Gus Ipul`: the nickname without the word of address is one too.
  if (last > first && titled) registry.addNickname(record, doc.text.slice(tokens.at(first + 1)!.start, tokens.at(last)!.end), false)
}
