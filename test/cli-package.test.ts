import test from 'ava'
import {readFileSync} from 'node:fs'
import {ruleUrl} from '../src/lint/rule.ts'
import {sarifReporter} from '../src/lint/reporters/sarif.ts'
import {repositoryUrl} from '../src/version.ts'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  repository: {type: string; url: string}
  homepage: string
  bugs: {url: string}
}

test('package.json names the repository, homepage and bugs, all on the one repository URL', (t) => {
  t.is(pkg.repository.type, 'git')
  t.is(pkg.repository.url, `git+${repositoryUrl}.git`)
  t.true(pkg.homepage.startsWith(repositoryUrl))
  t.is(pkg.bugs.url, `${repositoryUrl}/issues`)
})

test('rule links and SARIF helpUri/informationUri point into that repository', (t) => {
  t.is(ruleUrl('quote-style'), `${repositoryUrl}/blob/main/docs/rules/quote-style.md`)
  const sarif = JSON.parse(sarifReporter([])) as {runs: Array<{tool: {driver: {informationUri: string; rules: Array<{helpUri: string}>}}}>}
  const driver = sarif.runs[0]!.tool.driver
  t.is(driver.informationUri, repositoryUrl)
  t.true(driver.rules.length > 0)
  for (const rule of driver.rules) t.true(rule.helpUri.startsWith(repositoryUrl + '/blob/main/docs/rules/'))
})
