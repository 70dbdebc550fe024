/**
 * `split-quote`: the second part of a quote split by its cue
 * (`"…," kata Budi, "…"`), also with an action beside the speaking set off
 * by commas (`"…," kata Budi, sambil menunjuk tumpukan beras, "…"`). It
 * shares the first part's cue and speaker, and continues it.
 */
import type {AnalysedText} from '../../extract/document.ts'
import type {Sentence} from '../../extract/sentences.ts'
import {quoteRule, type QuoteSite} from './quote-rule.ts'

/** The statement of the quotation this one continues past its cue, or -1. */
function splitFrom(site: QuoteSite): number {
  const {context, doc, stretch, index, sentence, byStretch} = site
  const {tokens, marks} = doc
  const previousIndex = previousStretchInSentence(doc, index, sentence)
  if (previousIndex < 0 || !byStretch.has(previousIndex)) return -1
  const statementIndex = byStretch.get(previousIndex)!
  const previous = context.statements[statementIndex]!
  const between = tokens.slice(previous.cue ? previous.cue.last + 1 : marks.stretches[previousIndex]!.end, stretch.openToken)
  const saidEnd = previous.speaker?.phrase.last ?? previous.cue?.last ?? -1
  // `"…," kata Budi, sambil menunjuk tumpukan beras, "…"`: an action beside the speaking, set off by commas.
  const rest = between.filter((token) => token.index > saidEnd && context.used[token.index] !== 1)
  const firstWord = rest.find((token) => token.word)
  const action = firstWord !== undefined && doc.language.text.accompanyingActions.has(firstWord.lower) &&
    tokens.at(firstWord.index - 1)?.text === ',' && tokens.at(stretch.openToken - 1)?.text === ','
  const onlyTheCue = between.every((token) => !token.word || context.used[token.index] === 1 || token.index <= saidEnd)
  return previous.cue && (action || onlyTheCue) ? statementIndex : -1
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

export const splitQuote = quoteRule({
  id: 'split-quote',
  reads: 'the second part of a quote split by its cue: `"…," kata Budi, "…"`',
  applies: (site) => splitFrom(site) >= 0,
  read(site) {
    const statementIndex = splitFrom(site)
    const previous = site.context.statements[statementIndex]!
    return {...site.base(), kind: previous.kind, cue: previous.cue, speaker: null, anaphoric: false, sharesSpeakerWith: statementIndex, continues: statementIndex}
  }
})
