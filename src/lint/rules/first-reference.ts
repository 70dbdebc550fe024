/**
 * `first-reference`: the first mention of a quoted person gives the full name
 * (and a role); later mentions may shorten (`juru bicara … Jeon Ha-kyou`, then
 * `kata Jeon`). A pronoun as first mention is `ambiguous-speaker`'s business.
 */
import {isPronoun} from '../cues.ts'
import {nameTokens} from '../names.ts'
import {lintRule} from '../rule.ts'

export interface FirstReferenceOptions {
  /**
   * Also require a role for every quoted person (`juru bicara`, `Menteri …`).
   * Checked only when the graph gives roles at all (default true).
   */
  requireRole: boolean
}

export default lintRule<FirstReferenceOptions>(
  {
    id: 'first-reference',
    description: 'The first mention of a quoted person gives the full name and a role; later ones may shorten',
    severity: 'warn',
    fixable: false
  },
  {requireRole: true},
  ({state, report}, options) => {
    const graph = state.graph
    const speakers = new Set(graph.quotes.map((quote) => quote.speaker))
    const rolesKnown = graph.entities.some((entity) => entity.roles.length > 0)
    for (const entity of graph.entities) {
      if (entity.type !== 'person' || !speakers.has(entity.id)) continue
      const mentions = entity.mentions.filter((m) => !isPronoun(m.text)).sort((a, b) => a.start - b.start)
      const firstMention = mentions[0]
      if (!firstMention) continue
      const full = nameTokens(entity.name)
      const said = nameTokens(firstMention.text)
      const fuller = mentions.find((m) => nameTokens(m.text).length >= full.length)
      if (said.length < full.length && fuller && fuller.start > firstMention.start) {
        report(`First mention of ${entity.name} is \`${firstMention.text}\`: give the full name at the first mention, shorten later`, {
          start: firstMention.start,
          end: firstMention.end
        })
      } else if (options.requireRole && rolesKnown && entity.roles.length === 0) {
        report(`${entity.name} is quoted without a role: say who they are at the first mention`, {
          start: firstMention.start,
          end: firstMention.end
        })
      }
    }
  }
)
