/**
 * `mixed-speakers`: quotes of two speakers run together in one paragraph with
 * no attribution between them: the reader takes the second quote for the
 * first speaker's until a cue says otherwise. Name the new speaker before
 * the quote, or start a new paragraph.
 */
import {entityIndex, graphQuoteOf} from '../context.ts'
import {anyCue} from '../cues.ts'
import {isStatement} from '../quote-marks.ts'
import {lintRule} from '../rule.ts'
import {optionsSchema} from '../rule-options.ts'
import {containsWord} from '../words.ts'

export interface MixedSpeakersOptions {}

export default lintRule<MixedSpeakersOptions>(
  {
    id: 'mixed-speakers',
    description: 'Quotes of two speakers are not run together without attribution between them',
    severity: 'warn',
    fixable: false,
    advisory: true,
    schema: optionsSchema()
  },
  {},
  ({state, report, t}) => {
    const text = state.view.text
    const graph = state.graph
    const entities = entityIndex(graph)
    let previous: {close: number; speaker: string; paragraph: number} | undefined
    for (const pair of state.quotes.pairs) {
      if (!isStatement(text, pair)) continue
      const quote = graphQuoteOf(graph, pair)
      const speaker = quote?.speaker ?? null
      if (speaker === null || !quote) {
        previous = undefined
        continue
      }
      if (previous && previous.paragraph === pair.paragraph && previous.speaker !== speaker) {
        const between = text.slice(previous.close + 1, pair.open.offset)
        // Only the rest of the previous quote's attribution sentence lies between them?
        const cueBetween = between.replace(/^[^.!?…]*[.!?…]/u, '')
        const entity = entities.get(speaker)
        const named = entity?.mentions.some((m) => m.start > previous!.close && m.end <= pair.open.offset) ?? false
        if (!containsWord(anyCue, cueBetween) && !named && /^[^.!?…]*[.!?…]?\s*$/u.test(between)) {
          const before = entities.get(previous.speaker)
          report(t('mixed-speakers', {speaker: entity?.name ?? t('mixed-speakers.another-speaker'), previous: before?.name ?? t('mixed-speakers.another-speaker')}), {
            start: pair.open.offset,
            end: pair.open.offset + 1
          })
        }
      }
      previous = {close: pair.close.offset, speaker, paragraph: pair.paragraph}
    }
  }
)
