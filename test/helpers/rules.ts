/**
 * Tests per rule id (test/rules-*.test.ts): each rule in one of the engine's ordered lists has at least one
 * fictional example whose graph names the rule, with the quote's span, cue and speaker asserted; and a guard test
 * fails when a rule in the list has no example naming it.
 */
import test from 'ava'
import {assertQuote, graphOf, type QuoteReading} from './engine.ts'

export interface RuleExample extends QuoteReading {
  /** The whole `rule` the graph gives the quote: `statement-rule/speaker-rule`. */
  rule: string
}

/**
 * A declarer of rule examples for one list of rule ids; `half` says which half of the graph's `rule` names the
 * list's rule (`statement`: before the slash; `speaker`: after it). Declares the guard test too.
 */
export function ruleExamples(list: string, ids: readonly string[], half: 'statement' | 'speaker'): (id: string, title: string, text: string, example: RuleExample) => void {
  const tested = new Set<string>()
  test(`every rule of ${list} has an example naming it`, (t) => {
    t.deepEqual(ids.filter((id) => !tested.has(id)), [], 'rules without an example')
    t.deepEqual([...tested].filter((id) => !ids.includes(id)), [], 'examples of rules the list does not have')
  })
  return (id, title, text, example) => {
    tested.add(id)
    test(`${id}: ${title}`, (t) => {
      const graph = graphOf(t, text)
      const quote = assertQuote(t, graph, text, example)
      if (!quote) return
      t.is(quote.rule, example.rule, 'rule')
      const [statementRule, speakerRule] = quote.rule.split('/')
      t.is(half === 'statement' ? statementRule : speakerRule, id, `the graph names ${id}`)
    })
  }
}
