/**
 * `continued-paragraph`: a quote left open at the end of a paragraph whose
 * next paragraph opens with a quote mark continues there. It is not
 * unbalanced; the next part continues it; and where it has no cue of its own
 * it takes the cue and speaker of the part it continues into (one quote over
 * several paragraphs has one cue, after its last part: `… ,” ujar Budi.`).
 * Read after every quotation has its statement.
 */
import type {Context} from '../context.ts'

export const continuedParagraph = {
  id: 'continued-paragraph',
  reads: 'a quote left open at a paragraph end whose next paragraph opens with a quote mark: one quote, one cue',
  /** Links the parts; `byStretch` is the statement index of each quotation by its stretch index. */
  link(context: Context, byStretch: Map<number, number>): void {
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
      if (stretch.unbalanced && nextSentence.paragraph === paragraph + 1 && next.openToken === nextSentence.first && doc.tokens.at(next.openToken)!.paragraphStart) {
        statement.unbalanced = false
        statement.continues = null
        nextStatement.continues = statementIndex
        if (statement.cue === null) {
          statement.sharesSpeakerWith = nextStatementIndex
          statement.rule = continuedParagraph.id
          statement.cue = nextStatement.cue
          statement.speaker = nextStatement.speaker
        }
      }
    }
  }
} as const
