/**
 * Comparing names — the one name comparer, for the engine's entity registry
 * (src/attribute/entities.ts), lint and verify alike: a name's words (its
 * comparison words, words.ts), names as sets of name words, one inside the
 * other for the same person (`Jeon` / `Jeon Ha-kyou`), ranks and honorifics
 * left out where the names come from other texts; nicknames, initials and a
 * writer's one-letter slip, which the registry merges people by; and the
 * written forms of a name (tokens, spelling distance, whether two forms are
 * variants of one another: `Jeon Ha-kyou` / `Jeon Ha-kyu`, `Kim Jong Un` /
 * `Kim Jong-un`), which lint reports.
 */
import {words} from './words.ts'

/** A name's words in order: its comparison words (words.ts), lower case, split at hyphens and dots (`Kim Jong-un` → kim, jong, un). */
export function nameWords(name: string): string[] {
  // Most names are ASCII letters and single spaces: their words are those of the tokenizer, without running it.
  if (plainName.test(name)) return name.toLowerCase().split(' ')
  return words(name).map((word) => word.norm)
}

const plainName = /^[A-Za-z]+(?: [A-Za-z]+)*$/

/**
 * A name as a set of name words without the words of `leaveOut` (ranks,
 * honorifics); a name made only of such words (`polisi`, `Dokter`) is its
 * own name.
 */
export function nameWordSet(name: string, leaveOut: ReadonlySet<string>): Set<string> {
  const all = nameWords(name)
  const bare = all.filter((norm) => !leaveOut.has(norm))
  return new Set(bare.length > 0 ? bare : all)
}

/** Whether every word of `small` is in `large` (an empty `small` is). */
export function wordsWithin(small: Iterable<string>, large: ReadonlySet<string>): boolean {
  for (const word of small) if (!large.has(word)) return false
  return true
}

/** Whether one non-empty set of words lies inside the other. */
export function nestedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  return small.size > 0 && wordsWithin(small, large)
}

/**
 * A nickname of a full name: a clipped word (`Risma` ← Rismaharini), a word
 * and the start of the next (`Jokowi` ← Joko Widodo), or the initials of the
 * whole name (`SBY`, `JK`).
 */
export function isNickname(nickname: string, fullWords: string[]): boolean {
  const lower = nickname.toLowerCase()
  if (fullWords.length < 1 || lower.length < 2 || /\s/u.test(lower)) return false
  if (nickname.length <= 4 && nickname === nickname.toUpperCase() && fullWords.map((word) => word[0]).join('') === lower) return true
  if (lower.length < 4) return false
  for (let i = 0; i < fullWords.length; i++) {
    const word = fullWords[i]!
    if (word.length > lower.length && word.startsWith(lower) && (fullWords.length > 1 || word.length >= 7)) return true
    const next = fullWords[i + 1]
    if (next && lower.startsWith(word) && lower.length - word.length >= 2 && next.startsWith(lower.slice(word.length))) return true
  }
  return false
}

/**
 * Whether one letter dropped from the longer gives the shorter (`Chaidir` →
 * `Chadir`): a typist's slip, by which the registry merges a one-word name
 * into a known person. A changed letter is not counted: it is how distinct
 * names differ (`Hidayat`, `Widayat`) — unlike `isSpellingVariant`, which
 * lint uses to point out two spellings of one full name, where a changed
 * letter is a typo. `distance(a, b, 1) <= 1` for lengths one apart, in one
 * linear pass.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  let j = 0
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++
  return Math.max(a.length, b.length) - i - j <= 1
}

/**
 * Whether a name with initials stands for a fuller one (`Sultan HB X` for
 * `Sultan Hamengku Buwono X`): every word is a word of the fuller name or the
 * initials of consecutive words of it, and one of them is.
 */
export function abbreviates(short: string[], full: string[]): boolean {
  if (short.length >= full.length || short.length < 2) return false
  let usedInitials = false
  let at = 0
  for (const word of short) {
    if (at < full.length && full[at] === word) {
      at++
      continue
    }
    if (word.length < 2 || word.length > 4 || at + word.length > full.length) return false
    for (let n = 0; n < word.length; n++) if (full[at + n]![0] !== word[n]) return false
    at += word.length
    usedInitials = true
  }
  return usedInitials && at === full.length
}

/**
 * Whether a name is a clipped form of a fuller one, word by word (`Bima Pras`
 * for `Bima Prasetyo`, `Ratna Dew` for `Ratna Dewi`): as many words, the first
 * the same, each other the same or its first three letters or more.
 */
export function clipsWordByWord(short: string[], full: string[]): boolean {
  if (short.length < 2 || short.length !== full.length || short[0] !== full[0]) return false
  let clipped = false
  for (let i = 1; i < short.length; i++) {
    const word = short[i]!
    const whole = full[i]!
    if (word === whole) continue
    if (word.length < 3 || word.length >= whole.length || !whole.startsWith(word)) return false
    clipped = true
  }
  return clipped
}

export function nameTokens(name: string): string[] {
  return name.split(/[\s]+/u).filter((token) => token.length > 0)
}

export function squash(name: string): string {
  return name.toLowerCase().replace(/[\s'’.-]+/gu, '')
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length]
}

/**
 * Whether `a` and `b` are two spellings of one name: the same letters with
 * other hyphens or spaces, or the same tokens but one with a small typo
 * (one edit in a token of 4–7 letters, two in a longer one; never one token a
 * prefix of the other, `Joko`/`Jokowi`).
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return false
  const squashedA = squash(a)
  const squashedB = squash(b)
  if (squashedA === squashedB) return a.toLowerCase() !== b.toLowerCase()
  const tokensA = nameTokens(a)
  const tokensB = nameTokens(b)
  if (tokensA.length < 2 || tokensA.length !== tokensB.length) return false
  let differing = 0
  for (let index = 0; index < tokensA.length; index++) {
    const x = tokensA[index].toLowerCase()
    const y = tokensB[index].toLowerCase()
    if (x === y) continue
    differing++
    if (differing > 1) return false
    const shorter = Math.min(x.length, y.length)
    // A prefix is a short form (`Joko` / `Jokowi`), unless one letter longer on a long word (`Yanuar` / `Yanuari`).
    const prefix = x.startsWith(y) || y.startsWith(x)
    if (shorter < 4 || (prefix && (shorter < 5 || Math.abs(x.length - y.length) !== 1))) return false
    // `Putra` / `Putri`, `Dewa` / `Dewi`: a final vowel marks another person (often gender), not a typo.
    if (x.length === y.length && x.slice(0, -1) === y.slice(0, -1) && /[aiueo]$/u.test(x) && /[aiueo]$/u.test(y)) return false
    const limit = shorter >= 8 ? 2 : 1
    if (distance(x, y, limit) > limit) return false
    if (/^\d/u.test(x) || /^\d/u.test(y)) return false
  }
  return differing === 1
}

/** A written form with what the comparison needs, computed once. */
export interface NameForm {
  form: string
  squashed: string
  lower: string[]
}

export function nameForm(form: string): NameForm {
  return {form, squashed: squash(form), lower: nameTokens(form).map((token) => token.toLowerCase())}
}

/**
 * For each form (in the given order), the first earlier form it is a spelling
 * variant of. Linear in the number of forms: forms meet only through shared
 * keys (same squashed letters, or the same tokens but one).
 */
export function earlierVariants(forms: NameForm[]): Map<NameForm, NameForm> {
  const result = new Map<NameForm, NameForm>()
  const byKey = new Map<string, NameForm[]>()
  for (const form of forms) {
    const keys = ['=' + form.squashed]
    if (form.lower.length >= 2) {
      for (let index = 0; index < form.lower.length; index++) {
        keys.push(form.lower.length + ':' + form.lower.map((token, at) => (at === index ? '*' : token)).join(' '))
      }
    }
    let found: NameForm | undefined
    for (const key of keys) {
      const bucket = byKey.get(key)
      if (!found && bucket) found = bucket.find((other) => isSpellingVariant(other.form, form.form))
      if (bucket) {
        if (bucket.length < 8) bucket.push(form)
      } else byKey.set(key, [form])
    }
    if (found) result.set(form, found)
  }
  return result
}
