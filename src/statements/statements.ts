/**
 * Finds reported statements and their cues: direct quotes (with the cue after,
 * before, or none), mixed quotes (a quoted fragment in a reported clause),
 * and indirect speech (`X mengatakan, …`, `Menurut X, …`, `…, kata X`,
 * `seraya menambahkan bahwa …`, `…, lanjutnya, …`). Speakers are read as
 * phrases here and resolved to entities later (src/attribute).
 */
import type {QuoteKind} from '../contract/graph.ts'
import {cueAt, isNegated, type CueMatch} from '../extract/cue-words.ts'
import {possessedStem, type AnalysedText} from '../extract/document.ts'
import {isDoubleMark, isQuoteMark, type QuotedStretch} from '../extract/quote-marks.ts'
import type {Sentence} from '../extract/sentences.ts'
import {phraseAfter} from '../phrase/phrase-after.ts'
import {phraseBefore} from '../phrase/phrase-before.ts'
import {phraseAfterWord, phrasesAfterWords, readPhrase} from '../phrase/read.ts'
import {appositiveRole} from '../phrase/roles.ts'
import type {SpeakerPhrase, TokenRange} from '../phrase/speaker-phrase.ts'
import {isNumber} from '../phrase/word-classes.ts'

export interface Statement {
  kind: QuoteKind
  contentStart: number
  contentEnd: number
  /** Token range of the content (for ordering and context). */
  firstToken: number
  lastToken: number
  cue: TokenRange | null
  /** The speaker phrase at the cue, or null when the speaker comes from context. */
  speaker: SpeakerPhrase | null
  /** The cue carries the speaker from context (`katanya`, `lanjutnya`). */
  anaphoric: boolean
  addressee: SpeakerPhrase | null
  citing: SpeakerPhrase | null
  /** Index of the statement whose speaker this one shares (split quote, `seraya menambahkan`, next paragraph). */
  sharesSpeakerWith: number | null
  /** The statement this one continues (a quote split by its cue, or continued in the next paragraph). */
  continues: number | null
  unbalanced: boolean
  rule: string
  sentence: number
}


function wordCount(doc: AnalysedText, first: number, last: number): number {
  let count = 0
  for (let k = first; k <= last; k++) if (doc.tokens[k]!.word) count++
  return count
}

function endsWithTerminal(doc: AnalysedText, stretch: QuotedStretch): boolean {
  const last = doc.tokens[stretch.lastInner]!
  return last.text === ',' || last.text === '.' || last.text === '?' || last.text === '!' || last.text === '…' || last.text === '...'
}

/** Content offsets of a quote, without the quote's own closing comma or full stop. */
function quoteContent(doc: AnalysedText, stretch: QuotedStretch): [number, number] {
  let last = stretch.lastInner
  const {tokens} = doc
  while (last >= stretch.firstInner && (tokens[last]!.text === ',' || tokens[last]!.text === '.' || tokens[last]!.text === ';' || tokens[last]!.text === ':')) last--
  if (last < stretch.firstInner) return [stretch.contentStart, stretch.contentStart]
  let first = stretch.firstInner
  while (first < last && isQuoteMark(tokens[first]!) && doc.marks.insideOf[first] !== doc.marks.insideOf[stretch.openToken]) first++
  return [tokens[first]!.start, tokens[last]!.end]
}

/** Content of an indirect statement over a token range, trimmed of edge punctuation. */
function rangeContent(doc: AnalysedText, first: number, last: number): [number, number] | null {
  const {tokens} = doc
  while (first <= last && !tokens[first]!.word && !isQuoteMark(tokens[first]!) && tokens[first]!.text !== '(') first++
  while (last >= first && !tokens[last]!.word && !isQuoteMark(tokens[last]!) && tokens[last]!.text !== ')') last--
  if (last < first || wordCount(doc, first, last) < 2) return null
  return [tokens[first]!.start, tokens[last]!.end]
}

interface Context {
  doc: AnalysedText
  statements: Statement[]
  /** Token ranges already used as cue or speaker phrase. */
  used: Uint8Array
  /** Quote-mark tokens of stretches read as direct or mixed speech. */
  quoted: Uint8Array
  /** `laporan itu` lookups so far (reportBefore): each reads every statement, so a text gets a bounded number. */
  reportLookups: number
}

function markUsed(context: Context, range: TokenRange | null): void {
  if (!range) return
  for (let k = range.first; k <= range.last; k++) context.used[k] = 1
}

function addresseeAfter(doc: AnalysedText, k: number, limit: number): {phrase: SpeakerPhrase; last: number} | null {
  // `kata …, Han Ji-woo, kepada Kantor Berita Yonhap`
  if (doc.tokens[k]?.text === ',') k++
  // `saat dihubungi Kompas`: whoever contacted the speaker heard it.
  const {addresseeVerbs} = doc.language.text
  if (doc.tokens[k] && doc.language.text.timeConjunctions.has(doc.tokens[k]!.lower) && addresseeVerbs.has(doc.tokens[k + 1]?.lower ?? '')) k++
  const named = doc.tokens[k + 1]
  if (doc.tokens[k] && addresseeVerbs.has(doc.tokens[k]!.lower) && named && (named.capitalized || doc.language.outlets.outlets.has(named.lower))) {
    // `dihubungi detikcom`: an outlet the lexicon knows, however it is written.
    const known = doc.language.outlets.outlets.get(named.lower)
    if (known && !named.capitalized) {
      const at = {first: k + 1, last: k + 1}
      return {phrase: {kind: 'outlet', phrase: at, mention: at, name: known, title: null, affiliation: null, aliases: [named.text]}, last: k + 1}
    }
    const range = phraseAfter(doc, k + 1, limit)
    const phrase = range ? readPhrase(doc, range) : null
    return phrase && range && (phrase.kind === 'outlet' || phrase.kind === 'name' || phrase.kind === 'organization') ? {phrase, last: range.last} : null
  }
  const token = doc.tokens[k]
  if (!token || !doc.language.text.addresseeMarkers.has(token.lower)) return null
  const range = phraseAfter(doc, k + 1, limit)
  if (!range) return null
  // `kepada wartawan di Balai Kota`: after a common noun, `di …` is where it was said, not who heard it.
  if (!doc.tokens[range.first]!.capitalized) {
    for (let j = range.first + 1; j <= range.last; j++) {
      if (doc.language.text.locatives.has(doc.tokens[j]!.lower)) {
        range.last = j - 1
        break
      }
    }
  }
  // `kepada wartawan`: people named by a common noun are a group.
  let lowerOnly = true
  for (let j = range.first; j <= range.last; j++) if (doc.tokens[j]!.capitalized) lowerOnly = false
  const phrase = lowerOnly ? groupPhrase(doc, range) : readPhrase(doc, range) ?? groupPhrase(doc, range)
  return phrase ? {phrase, last: range.last} : null
}

/** A lower-case noun phrase as a group (`kepada wartawan`). */
function groupPhrase(doc: AnalysedText, range: TokenRange): SpeakerPhrase | null {
  const text = doc.text.slice(doc.tokens[range.first]!.start, doc.tokens[range.last]!.end)
  if (!text) return null
  return {kind: 'group', phrase: range, mention: range, name: text, title: null, affiliation: null, aliases: []}
}

/** `mengutip X`, `dikutip dari X` within the range: whom the speaker cites. */
function citingIn(doc: AnalysedText, first: number, last: number): {phrase: SpeakerPhrase; cueAt: number} | null {
  for (let k = first; k <= last; k++) {
    const token = doc.tokens[k]!
    if (!token.word || !doc.language.cues.citing.has(token.lower)) continue
    let start = k + 1
    if (doc.tokens[start]?.lower === doc.language.cues.citingPreposition) start++
    const range = anonymousAwarePhrase(doc, start, last)
    if (!range) continue
    const phrase = readPhrase(doc, range)
    if (phrase) return {phrase, cueAt: k}
  }
  return null
}

/** Like `phraseAfter`, but an unnamed source keeps its lower-case `di …` tail (`sumber di kereta api`). */
function anonymousAwarePhrase(doc: AnalysedText, k: number, limit: number): TokenRange | null {
  // `dua sumber di otoritas maritim`: a number or quantifier before the head noun.
  const counted = doc.tokens[k] !== undefined && (doc.language.persons.quantifiers.has(doc.tokens[k]!.lower) || isNumber(doc.tokens[k]!))
  const head = doc.tokens[counted && k < limit ? k + 1 : k]
  const plain = phraseAfter(doc, k, limit)
  // `ahli epidemiologi Universitas Airlangga, Windhu Purnomo`: a named person after all.
  if (plain && readPhrase(doc, plain)?.kind === 'name') return plain
  if (head && head.word && !head.capitalized && doc.language.persons.anonymousHeads.has(head.lower)) {
    let last = k
    for (let j = k + 1; j <= limit; j++) {
      const token = doc.tokens[j]!
      if (!token.word && token.text !== '(' && token.text !== ')') break
      if (token.word && doc.language.text.phraseStops.has(token.lower) && !doc.language.text.affiliationPrepositions.has(token.lower) && !doc.language.text.relativePronouns.has(token.lower)) break
      last = j
    }
    return {first: k, last}
  }
  return plain
}

/** The cue and speaker after a closing quote mark (`"…," kata X`, `"…," ia mengklaim`). */
function cueAfterQuote(doc: AnalysedText, k: number, sentence: Sentence): {cue: CueMatch; speaker: SpeakerPhrase | null; end: number} | null {
  const {tokens} = doc
  let j = k
  if (tokens[j]?.text === ',') j++
  // `"… stabil." Demikian dikatakan Budi.`: a closing sentence that attributes the quote before it.
  const {passive, passiveAgent} = doc.language.cues
  if (j > sentence.last && doc.language.text.closingAttribution.has(tokens[j]?.lower ?? '') && passive.has(tokens[j + 1]?.lower ?? '')) {
    const agent = phraseAfterWord(doc, j + 1, passiveAgent, doc.sentences[doc.sentenceOf[j]!]!.last)
    if (agent) return {cue: {kind: 'inverted', first: j, last: j + 1}, speaker: agent.phrase, end: agent.range.last}
  }
  if (j > sentence.last) return null
  // `"…," ditambahkan Tony.`, `"…," dikatakan oleh Budi.`: a passive cue right after the quote's comma, its agent after it.
  if (tokens[j]!.word && passive.has(tokens[j]!.lower) && (tokens[k - 2]?.text === ',' || tokens[k]?.text === ',')) {
    const agent = phraseAfterWord(doc, j, passiveAgent, sentence.last)
    if (agent) return {cue: {kind: 'inverted', first: j, last: j}, speaker: agent.phrase, end: agent.range.last}
  }
  const cue = cueAt(doc, j)
  // A clausal verb right after a quote has the quoted words as its subject: a name, not speech.
  if (cue && cue.kind === 'clausal') return null
  // `"…," menurutnya (lagi).`, `"…," menurut Budi.`: after a quote, `menurut` is an inverted cue, its -nya form an anaphoric one.
  if (cue && cue.kind === 'according' && possessedStem(tokens[cue.first]!, doc.language) !== null) return {cue: {...cue, kind: 'anaphoric'}, speaker: null, end: cue.last}
  if (cue && (cue.kind === 'inverted' || cue.kind === 'anaphoric' || cue.kind === 'according')) {
    if (cue.kind === 'anaphoric') return {cue, speaker: null, end: cue.last}
    const range = anonymousAwarePhrase(doc, cue.last + 1, sentence.last)
    const speaker = range ? withAppositiveRole(doc, readPhrase(doc, range), sentence.last) : null
    return {cue, speaker, end: range ? range.last : cue.last}
  }
  // Not inverted: `"…," ia mengklaim`, `"…," Jeon menambahkan` — the quote ends with its own comma or stop
  // (not `Ahmad "Ucok" Siregar mengatakan`, a nickname inside a name).
  const own = tokens[k - 2]
  if (!own || !(own.text === ',' || own.text === '.' || own.text === '?' || own.text === '!') && tokens[k]?.text !== ',') return null
  for (let c = j + 1; c <= Math.min(sentence.last, j + 10); c++) {
    const match = cueAt(doc, c)
    if (!match) continue
    if (match.kind !== 'clausal' && match.kind !== 'inverted' && match.kind !== 'anaphoric') return null
    const range = phraseBefore(doc, c - 1, j)
    if (!range || range.first !== j) return null
    const speaker = readPhrase(doc, range)
    return speaker ? {cue: match, speaker, end: match.last} : null
  }
  return null
}

/** The cue and speaker before an opening quote mark (`X mengatakan, "…"`, `Kata dia, "…"`). */
function cueBeforeQuote(doc: AnalysedText, open: number, sentence: Sentence): {cue: CueMatch; speaker: SpeakerPhrase | null} | null {
  const {tokens} = doc
  let j = open - 1
  while (j >= sentence.first && (tokens[j]!.text === ',' || tokens[j]!.text === ':' || (tokens[j]!.word && doc.language.cues.complementizers.has(tokens[j]!.lower)))) j--
  if (j < sentence.first) return null
  // `Kata dia, "…"`: an inverted cue opens the sentence.
  const first = cueAt(doc, sentence.first)
  if (first && (first.kind === 'inverted' || first.kind === 'according') && first.last < j) {
    const range = phraseAfter(doc, first.last + 1, j)
    const speaker = range ? readPhrase(doc, range) : null
    if (speaker && range!.last === j) return {cue: first, speaker}
  }
  if (first && first.kind === 'anaphoric' && first.last === j) return {cue: first, speaker: null}
  // `X mengatakan, "…"` and `X memberikan penilaian: "…"`.
  for (let c = j; c >= Math.max(sentence.first, j - 2); c--) {
    const cue = cueAt(doc, c)
    if (!cue || cue.kind !== 'clausal' || cue.last !== j) continue
    if (isNegated(doc, c)) return null
    const range = phraseBefore(doc, c - 1, sentence.first)
    const speaker = range ? readPhrase(doc, range) : null
    return speaker ? {cue, speaker} : null
  }
  return null
}

/** A clausal cue earlier in the sentence whose reported clause holds the quote: a mixed quote. */
function clauseAroundQuote(doc: AnalysedText, open: number, sentence: Sentence): {cue: CueMatch; speaker: SpeakerPhrase} | null {
  // The cue of a reported clause stands within a clause's length of the quote (bounded: linear time).
  for (let c = open - 1; c >= sentence.first && open - c <= 40; c--) {
    if (doc.marks.insideOf[c]! >= 0) continue
    const cue = cueAt(doc, c)
    if (cue && cue.kind === 'according' && c === sentence.first) {
      // `Menurut Yusuf, izin vila itu "harus dievaluasi ulang" …`
      const range = phraseAfter(doc, c + 1, open - 1)
      const speaker = range ? readPhrase(doc, range) : null
      if (speaker) return {cue, speaker}
    }
    if (!cue || cue.kind !== 'clausal' || isNegated(doc, c)) continue
    const range = phraseBefore(doc, c - 1, sentence.first)
    const speaker = range ? readPhrase(doc, range) : null
    if (speaker) return {cue, speaker}
  }
  return null
}

function isTitleContext(doc: AnalysedText, stretch: QuotedStretch): boolean {
  const before = doc.tokens[stretch.openToken - 1]
  return before !== undefined && before.word && doc.language.text.titleMarkers.has(before.lower)
}

function findQuotes(context: Context): void {
  const {doc} = context
  const {tokens, marks} = doc
  const byStretch = new Map<number, number>()
  marks.stretches.forEach((stretch, index) => {
    if (doc.boilerplate[stretch.openToken] === 1) return
    if (stretch.nested) {
      nestedQuote(context, stretch)
      return
    }
    if (stretch.family === 'single' && stretch.closeToken < 0) return
    if (stretch.start < doc.bodyStart) return
    const words = wordCount(doc, stretch.firstInner, stretch.lastInner)
    if (words === 0) return
    const sentence = doc.sentences[doc.sentenceOf[stretch.openToken]!]!
    const atStart = stretch.openToken === sentence.first
    const after = stretch.closeToken >= 0 ? cueAfterQuote(doc, stretch.closeToken + 1, sentence) : null
    const before = atStart ? null : cueBeforeQuote(doc, stretch.openToken, sentence)
    const [contentStart, contentEnd] = quoteContent(doc, stretch)
    const base = {
      contentStart,
      contentEnd,
      firstToken: stretch.firstInner,
      lastToken: stretch.lastInner,
      addressee: null,
      citing: null,
      sharesSpeakerWith: null,
      continues: null,
      unbalanced: stretch.unbalanced,
      sentence: sentence.index
    }
    const push = (statement: Statement): void => {
      context.quoted[stretch.openToken] = 1
      if (stretch.closeToken >= 0) context.quoted[stretch.closeToken] = 1
      byStretch.set(index, context.statements.length)
      context.statements.push(statement)
    }
    const title = isTitleContext(doc, stretch)
    if (after && !(title && words <= 4 && after.cue.kind === 'clausal')) {
      const cueRange = {first: after.cue.first, last: after.cue.last}
      markUsed(context, cueRange)
      markUsed(context, after.speaker?.phrase ?? null)
      const addressee = addresseeAfter(doc, after.end + 1, sentence.last)
      push({
        ...base,
        kind: atStart || before ? 'direct' : clauseAroundQuote(doc, stretch.openToken, sentence) && !endsWithTerminal(doc, stretch) ? 'mixed' : 'direct',
        cue: cueRange,
        speaker: after.speaker,
        anaphoric: after.cue.kind === 'anaphoric' || (after.speaker === null),
        addressee: addressee?.phrase ?? null,
        rule: after.speaker ? 'cue-after-quote' : 'anaphoric-cue'
      })
      return
    }
    if (before) {
      markUsed(context, before.cue)
      markUsed(context, before.speaker?.phrase ?? null)
      push({...base, kind: 'direct', cue: {first: before.cue.first, last: before.cue.last}, speaker: before.speaker, anaphoric: before.speaker === null, rule: 'cue-before-quote'})
      return
    }
    // A quote split by its cue: `"…," kata X, "…"`.
    const previousIndex = previousStretchInSentence(doc, index, sentence)
    if (previousIndex >= 0 && byStretch.has(previousIndex)) {
      const previous = context.statements[byStretch.get(previousIndex)!]!
      const between = tokens.slice(previous.cue ? previous.cue.last + 1 : marks.stretches[previousIndex]!.end, stretch.openToken)
      const saidEnd = previous.speaker?.phrase.last ?? previous.cue?.last ?? -1
      // `"…," kata Budi, sambil menunjuk tumpukan beras, "…"`: an action beside the speaking, set off by commas.
      const rest = between.filter((token) => token.index > saidEnd && context.used[token.index] !== 1)
      const firstWord = rest.find((token) => token.word)
      const action = firstWord !== undefined && doc.language.text.accompanyingActions.has(firstWord.lower) &&
        tokens[firstWord.index - 1]?.text === ',' && tokens[stretch.openToken - 1]?.text === ','
      if (previous.cue && (action || between.every((token) => !token.word || context.used[token.index] === 1 || token.index <= saidEnd))) {
        const statementIndex = byStretch.get(previousIndex)!
        push({...base, kind: previous.kind, cue: previous.cue, speaker: null, anaphoric: false, sharesSpeakerWith: statementIndex, continues: statementIndex, rule: 'split-quote'})
        return
      }
    }
    if (!atStart) {
      const clause = clauseAroundQuote(doc, stretch.openToken, sentence)
      if (clause && !title && (words >= 3 || endsWithTerminal(doc, stretch))) {
        push({...base, kind: 'mixed', cue: {first: clause.cue.first, last: clause.cue.last}, speaker: clause.speaker, anaphoric: false, rule: 'mixed-in-clause'})
      }
      return
    }
    // A quote that is a sentence of its own, with no cue: a floating quote.
    if (stretch.family === 'double' && (words >= 3 || endsWithTerminal(doc, stretch)) && !title) {
      push({...base, kind: 'direct', cue: null, speaker: null, anaphoric: true, rule: 'floating-quote'})
    }
  })
  linkParagraphContinuations(context, byStretch)
}

/** A bare name with the role set off after it (`kata Budi Santoso, Ketua RT 05,`) takes that role. */
function withAppositiveRole(doc: AnalysedText, speaker: SpeakerPhrase | null, limit: number): SpeakerPhrase | null {
  if (!speaker || speaker.kind !== 'name' || speaker.title || speaker.affiliation) return speaker
  const role = appositiveRole(doc, speaker.mention.last, limit)
  return role ? {...speaker, ...role} : speaker
}

/**
 * A quote inside a quote (`"Dia bilang, ‘Doakan kami pulang cepat,’ lalu …"`):
 * its own statement when a cue stands right before it inside the outer quote.
 */
function nestedQuote(context: Context, stretch: QuotedStretch): void {
  const {doc} = context
  const {tokens} = doc
  const outerIndex = doc.marks.insideOf[stretch.openToken]!
  if (outerIndex < 0 || stretch.closeToken < 0) return
  const outer = doc.marks.stretches[outerIndex]!
  let j = stretch.openToken - 1
  while (j >= outer.firstInner && (tokens[j]!.text === ',' || tokens[j]!.text === ':')) j--
  const cue = j >= outer.firstInner ? cueAt(doc, j) : null
  if (!cue || cue.last !== j || (cue.kind !== 'inverted' && cue.kind !== 'clausal')) return
  const range = phraseBefore(doc, cue.first - 1, outer.firstInner)
  const speaker = range ? readPhrase(doc, range) : null
  if (!speaker) return
  const [contentStart, contentEnd] = quoteContent(doc, stretch)
  context.statements.push({
    kind: 'direct',
    contentStart,
    contentEnd,
    firstToken: stretch.firstInner,
    lastToken: stretch.lastInner,
    cue: {first: cue.first, last: cue.last},
    speaker,
    anaphoric: false,
    addressee: null,
    citing: null,
    sharesSpeakerWith: null,
    continues: null,
    unbalanced: false,
    rule: 'quote-in-quote',
    sentence: doc.sentenceOf[stretch.openToken]!
  })
}

function previousStretchInSentence(doc: AnalysedText, index: number, sentence: Sentence): number {
  for (let i = index - 1; i >= 0; i--) {
    const stretch = doc.marks.stretches[i]!
    if (stretch.nested) continue
    if (stretch.openToken < sentence.first) return -1
    return i
  }
  return -1
}

/**
 * A quote left open at the end of a paragraph whose next paragraph opens with
 * a quote mark continues there: it is not unbalanced, and its speaker is the
 * speaker of the quote it continues into.
 */
function linkParagraphContinuations(context: Context, byStretch: Map<number, number>): void {
  const {doc, statements} = context
  const order = [...byStretch.entries()].sort((a, b) => a[0] - b[0])
  for (let i = 0; i + 1 < order.length; i++) {
    const [stretchIndex, statementIndex] = order[i]!
    const [nextStretchIndex, nextStatementIndex] = order[i + 1]!
    const stretch = doc.marks.stretches[stretchIndex]!
    const next = doc.marks.stretches[nextStretchIndex]!
    const statement = statements[statementIndex]!
    const nextStatement = statements[nextStatementIndex]!
    const paragraph = doc.sentences[doc.sentenceOf[stretch.openToken]!]!.paragraph
    const nextSentence = doc.sentences[doc.sentenceOf[next.openToken]!]!
    if (stretch.unbalanced && nextSentence.paragraph === paragraph + 1 && next.openToken === nextSentence.first && doc.tokens[next.openToken]!.paragraphStart) {
      statement.unbalanced = false
      statement.continues = null
      nextStatement.continues = statementIndex
      if (statement.cue === null) {
        statement.sharesSpeakerWith = nextStatementIndex
        statement.rule = 'continued-paragraph'
        // One quote over several paragraphs has one cue, after its last part (`… ,” ujar Budi.`).
        statement.cue = nextStatement.cue
        statement.speaker = nextStatement.speaker
      }
    }
  }
}

/** Indirect speech, sentence by sentence, outside quote marks. */
function findIndirect(context: Context): void {
  const {doc, statements} = context
  const {tokens, marks} = doc
  for (const sentence of doc.sentences) {
    if (sentence.end <= doc.bodyStart || doc.boilerplate[sentence.first] === 1) continue
    let first = sentence.first
    while (first <= sentence.last && tokens[first]!.start < doc.bodyStart) first++
    if (first > sentence.last) continue
    let sentenceSpeakerStatement = -1
    for (let k = first; k <= sentence.last; k++) {
      if (marks.insideOf[k]! >= 0 || context.used[k] === 1) continue
      const cue = cueAt(doc, k)
      if (!cue) continue
      if (cue.kind === 'clausal') {
        if (isNegated(doc, k)) continue
        const coordinated = k > first && doc.language.cues.coordinators.has(tokens[k - 1]!.lower) && tokens[k - 1]!.lower !== doc.language.text.additiveConjunction
        let speaker: SpeakerPhrase | null = null
        if (!coordinated) {
          const range = phraseBefore(doc, k - 1, first)
          if (!range) continue
          speaker = withAppositiveRole(doc, readPhrase(doc, range), k - 1)
          if (!speaker || isNonSpeaker(doc, range)) continue
        } else if (sentenceSpeakerStatement < 0) {
          continue
        }
        const content = clauseAfter(doc, cue.last + 1, sentence.last)
        if (!content) continue
        if (quoteInside(context, content.first, content.last)) continue
        // `X, mengutip Kantor Berita Yonhap, mengatakan …` or `… , mengutip sumber …`: anywhere in the sentence.
        const citing = citingIn(doc, content.first, sentence.last) ?? citingIn(doc, first, k - 1)
        let contentLast = citing && citing.cueAt >= content.first && citing.cueAt <= content.last ? citing.cueAt - 1 : content.last
        // `…, seperti dikutip dari Reuters`: the lead word goes with the citation.
        if (citing && contentLast === citing.cueAt - 1 && contentLast > content.first && doc.language.cues.citingLeads.has(tokens[contentLast]!.lower)) contentLast--
        const offsets = rangeContent(doc, content.first, contentLast)
        if (!offsets) continue
        markUsed(context, cue)
        statements.push({
          kind: 'indirect',
          contentStart: offsets[0],
          contentEnd: offsets[1],
          firstToken: content.first,
          lastToken: contentLast,
          cue: {first: cue.first, last: cue.last},
          speaker,
          anaphoric: false,
          addressee: content.addressee,
          citing: citing?.phrase ?? null,
          sharesSpeakerWith: coordinated ? sentenceSpeakerStatement : null,
          continues: null,
          unbalanced: false,
          rule: coordinated ? 'coordinated-cue' : 'clausal-cue',
          sentence: sentence.index
        })
        if (!coordinated) sentenceSpeakerStatement = statements.length - 1
        k = content.last
        continue
      }
      if (cue.kind === 'according' || ((cue.kind === 'inverted' || cue.kind === 'anaphoric') && k > first && tokens[k - 1]!.text === ',') || (cue.kind === 'anaphoric' && k === first && tokens[k + 1]?.text === ',') || (cue.kind === 'inverted' && k === first)) {
        const statement = besideCue(context, cue, sentence, first)
        if (statement) {
          statements.push(statement)
          markUsed(context, statement.cue)
          markUsed(context, statement.speaker?.phrase ?? null)
        }
      }
    }
  }
}

/** `laporan itu` lookups per text (each reads every statement found so far). */
const maxReportLookups = 100

/**
 * The statement a `laporan itu` points back to: the last one before the cue,
 * in its paragraph or the one before, when a reporting verb made it
 * (`Reuters melaporkan …`); null when there is none.
 */
function reportBefore(context: Context, cue: CueMatch): number | null {
  const {doc, statements} = context
  if (++context.reportLookups > maxReportLookups) return null
  const at = doc.tokens[cue.first]!.start
  let best = -1
  for (let index = 0; index < statements.length; index++) {
    const statement = statements[index]!
    if (statement.contentStart < at && (best < 0 || statement.contentStart > statements[best]!.contentStart)) best = index
  }
  if (best < 0) return null
  const statement = statements[best]!
  const paragraph = (token: number): number => doc.sentences[doc.sentenceOf[token]!]!.paragraph
  if (!statement.cue || paragraph(cue.first) - paragraph(statement.firstToken) > 1) return null
  for (let k = statement.cue.first; k <= statement.cue.last; k++) if (doc.language.cues.reportVerbs.has(doc.tokens[k]!.lower)) return best
  return null
}

/** A subject whose head noun only shows or records (`Sejumlah foto …`, `Data BPS …`), not a speaker. */
function isNonSpeaker(doc: AnalysedText, range: TokenRange): boolean {
  const quantifiers = doc.language.persons.quantifiers
  let k = range.first
  while (k < range.last && quantifiers.has(doc.tokens[k]!.lower)) k++
  return doc.language.persons.nonSpeakers.has(doc.tokens[k]!.lower)
}

/** Whether a quotation already read as speech lies in the range (a scare-quoted term does not count). */
function quoteInside(context: Context, first: number, last: number): boolean {
  const {doc} = context
  for (let k = first; k <= last; k++) {
    if (isDoubleMark(doc.tokens[k]!) && doc.marks.insideOf[k]! >= 0 && context.quoted[k] === 1) return true
  }
  return false
}

/**
 * The clause a clausal cue reports: after an optional addressee
 * (`kepada wartawan`), comma, colon or `bahwa`; up to the end of the
 * sentence or a coordinated cue (`, seraya menambahkan`).
 */
function clauseAfter(doc: AnalysedText, k: number, limit: number): {first: number; last: number; addressee: SpeakerPhrase | null} | null {
  const {tokens, language} = doc
  // The cue's last word stands right before the clause.
  const directive = k > 0 && language.cues.directive.has(tokens[k - 1]!.lower)
  let addressee: SpeakerPhrase | null = null
  const found = addresseeAfter(doc, k, limit)
  if (found) {
    addressee = found.phrase
    k = found.last + 1
  }
  // `mengatakan di Garut, Rabu, bahwa …`: time and place adjuncts set off by commas.
  for (let chunk = 0; chunk < 3; chunk++) {
    const head = tokens[k]
    if (!head || !head.word || !(language.text.calendar.has(head.lower) || language.text.clauseAdjuncts.has(head.lower))) break
    let comma = k + 1
    while (comma <= limit && comma - k < 8 && tokens[comma]!.text !== ',') comma++
    if (comma > limit || tokens[comma]!.text !== ',') break
    k = comma + 1
  }
  // `mengonfirmasi pada Selasa pagi bahwa …`: a `bahwa` close by starts the clause.
  for (let j = k; j <= Math.min(limit, k + 8); j++) {
    const token = tokens[j]!
    if (token.text === ',' || cueAt(doc, j)?.kind === 'clausal') break
    if (token.word && language.cues.complementizers.has(token.lower) && (j === k || directive || !language.cues.purposeComplementizers.has(token.lower))) {
      k = j + 1
      break
    }
  }
  while (k <= limit && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++
  if (k > limit) return null
  // A reported clause is at most a long sentence (bounded: scraped text can lack sentence ends).
  limit = Math.min(limit, k + maxClauseTokens)
  let last = limit
  for (let j = k + 1; j <= limit; j++) {
    // `… tanpa mengatakan apakah …`: a negated saying ends the reported clause.
    if (tokens[j]!.word && language.cues.negators.has(tokens[j]!.lower) && cueAt(doc, j + 1)) {
      last = j - 1
      break
    }
    if (tokens[j]!.text !== ',') continue
    const next = tokens[j + 1]
    const after = tokens[j + 2]
    if (!next) break
    if (language.cues.coordinators.has(next.lower) && after && cueAt(doc, j + 2)) {
      last = j - 1
      break
    }
    const cue = cueAt(doc, j + 1)
    if (cue && (cue.kind === 'inverted' || cue.kind === 'anaphoric' || cue.kind === 'according' || cue.kind === 'citing')) {
      last = j - 1
      break
    }
  }
  return {first: k, last, addressee}
}

/** The longest reported clause, in tokens: bounds the work per cue on text without sentence ends. */
const maxClauseTokens = 200

/** `Menurut X, …`, `…, menurut X.`, `…, kata X.` and `…, lanjutnya, …` without quote marks. */
function besideCue(context: Context, cue: CueMatch, whole: Sentence, first: number): Statement | null {
  const {doc} = context
  const {tokens} = doc
  // Look no further than a long clause either side of the cue.
  first = Math.max(first, cue.first - maxClauseTokens)
  const sentence = {...whole, last: Math.min(whole.last, cue.last + maxClauseTokens)}
  let speaker: SpeakerPhrase | null = null
  let speakerEnd = cue.last
  const anaphoric = cue.kind === 'anaphoric' || doc.language.cues.anaphoric.has(tokens[cue.first]!.lower)
  let reported: number | null = null
  if (!anaphoric) {
    let start = cue.last + 1
    while (start <= sentence.last && tokens[start]!.word && doc.language.text.reportNouns.has(tokens[start]!.lower)) start++
    const demonstrative = tokens[start]
    if (start > cue.last + 1 && demonstrative?.word && doc.language.text.demonstratives.has(demonstrative.lower) && !tokens[start + 1]?.word) {
      // `Menurut laporan itu, …`: the report just made, by whoever made it.
      reported = reportBefore(context, cue)
      if (reported === null) return null
      speakerEnd = start
    } else {
      const range = anonymousAwarePhrase(doc, start, sentence.last)
      if (!range) return null
      speaker = readPhrase(doc, range)
      if (!speaker) return null
      speakerEnd = range.last
    }
  }
  const addressee = addresseeAfter(doc, speakerEnd + 1, sentence.last)
  if (addressee) speakerEnd = addressee.last
  // Skip a time or place tail after the speaker up to the next comma or the end.
  let after = speakerEnd + 1
  while (after <= sentence.last && tokens[after]!.text !== ',') after++
  const beforeRange = rangeContent(doc, first, cue.first - 1)
  const afterRange = after < sentence.last ? rangeContent(doc, after + 1, sentence.last) : null
  let content: [number, number] | null
  let firstToken: number
  let lastToken: number
  if (cue.first === first || (cue.kind === 'according' && beforeRange && wordCount(doc, first, cue.first - 1) <= 3)) {
    content = afterRange
    firstToken = after + 1
    lastToken = sentence.last
  } else if (beforeRange && (wordCount(doc, first, cue.first - 1) >= 4 || !afterRange)) {
    content = beforeRange
    firstToken = first
    lastToken = cue.first - 1
  } else {
    content = afterRange
    firstToken = after + 1
    lastToken = sentence.last
  }
  if (!content) return null
  if (quoteInside(context, firstToken, lastToken)) return null
  return {
    kind: 'indirect',
    contentStart: content[0],
    contentEnd: content[1],
    firstToken,
    lastToken,
    cue: {first: cue.first, last: cue.last},
    speaker,
    anaphoric: speaker === null && reported === null,
    addressee: addressee?.phrase ?? null,
    citing: null,
    sharesSpeakerWith: reported,
    continues: null,
    unbalanced: false,
    rule: reported !== null ? 'report-back' : cue.kind === 'according' ? 'according-to' : cue.first === first ? 'cue-before-clause' : 'cue-after-clause',
    sentence: sentence.index
  }
}

/**
 * Speakers named after a passive cue (`Hal senada disampaikan X`,
 * `dikatakan oleh X`): they say something the text does not quote, and a
 * later `katanya` may point back to them.
 */
export function findPassiveSpeakers(doc: AnalysedText): Array<{offset: number; phrase: SpeakerPhrase}> {
  return phrasesAfterWords(doc, doc.language.cues.passive, doc.language.cues.passiveAgent)
    .filter(({phrase}) => phrase.kind === 'name' || phrase.kind === 'title')
    .map(({at, phrase}) => ({offset: doc.tokens[at]!.start, phrase}))
}

export function findStatements(doc: AnalysedText): Statement[] {
  const context: Context = {doc, statements: [], used: new Uint8Array(doc.tokens.length), quoted: new Uint8Array(doc.tokens.length), reportLookups: 0}
  findQuotes(context)
  findIndirect(context)
  return context.statements
}
