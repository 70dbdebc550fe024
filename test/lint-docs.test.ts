/**
 * Every lint rule has its page in docs/rules/ with the sections users expect
 * (What, When, Use, Options, Examples, Messages), and the page's examples are
 * the rule's real output.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import test from 'ava'
import {lint} from '../src/lint/core.ts'
import {rules} from '../src/lint/rules/index.ts'
import {verificationRules} from '../src/lint/rules/verify/index.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const own = rules.filter((rule) => !verificationRules.includes(rule))

for (const rule of own) {
  test(`docs/rules/${rule.meta.id}.md has every section, and its first invalid example is what the rule reports`, async (t) => {
    const page = readFileSync(path.join(root, 'docs', 'rules', rule.meta.id + '.md'), 'utf8')
    for (const section of ['## What', '## When should I use this?', '## Use', '## Options', '## Examples', '### Invalid', '### Valid', '## Messages']) {
      t.true(page.includes('\n' + section + '\n'), `${rule.meta.id}: missing ${section}`)
    }
    const invalid = page.slice(page.indexOf('### Invalid'))
    const blocks = [...invalid.matchAll(/```text\n([^]*?)```/g)].map((match) => match[1])
    const [draft, output] = blocks
    const file = await lint(draft)
    const reported = file.messages.filter((message) => message.ruleId === rule.meta.id)
    t.true(reported.length > 0, `${rule.meta.id}: the example draft gives no message`)
    for (const message of reported) {
      t.true(output.includes(`${message.line}:${message.column}`) && output.includes(message.reason), `${rule.meta.id}: ${message.line}:${message.column} ${message.reason}`)
    }
  })
}
