/**
 * The first run at a terminal: `kutip extract` and `kutip report` print a
 * human summary when stdout is a terminal (run through a pseudo-terminal with
 * `script`), and JSON / the report when piped or asked (`--format`).
 */
import test from 'ava'
import {execFileSync, spawnSync} from 'node:child_process'
import path from 'node:path'
import {bin, kutip} from './helpers/kutip-cli.ts'
import {tempFolder} from './helpers/temp-folder.ts'
import {graphSummary} from '../src/cli/summary/summary.ts'
import {painter} from '../src/cli/io/color.ts'
import {wantsColor} from '../src/cli/io/color.ts'
import type {Graph} from '../src/contract/graph.ts'

const article = [
  'Surabaya (ANTARA) - "Kami akan menambah dua kapal penyeberangan sebelum libur panjang," kata Kepala Dinas Perhubungan Jawa Timur Bambang Wicaksono.',
  '',
  'Ia menambahkan, tiket dapat dipesan melalui aplikasi mulai pekan depan.',
  ''
].join('\n')

const hasScript = spawnSync('script', ['--version']).status === 0

/**
 * Runs kutip with stdout on a pseudo-terminal; `env` adds variables. The
 * colour variables of the machine running the tests are removed (NO_COLOR,
 * FORCE_COLOR, NODE_DISABLE_COLORS, and CI, with which Node reports a terminal
 * as two-colour), so the run is a plain colour terminal whatever the CI sets.
 */
function atTerminal(args: string[], cwd: string, env: Record<string, string> = {}): string {
  const command = [process.execPath, bin, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ')
  const {NO_COLOR: _, FORCE_COLOR: __, NODE_DISABLE_COLORS: ___, CI: ____, ...rest} = process.env
  return execFileSync('script', ['-qec', `stty cols 120 2>/dev/null; ${command}`, '/dev/null'], {cwd, env: {...rest, TERM: 'xterm-256color', ...env}, encoding: 'utf8', timeout: 60_000}).replace(/\r\n/g, '\n')
}

const noAnsi = (text: string): string => text.replace(/\u001B\[[0-9;]*m/g, '')

test.serial('extract at a terminal: the outlet chain and one line per quote (kind, speaker, cue, excerpt), with colour', async (t) => {
  if (!hasScript) return t.pass('`script` is not installed: no pseudo-terminal to test with')
  t.timeout(120_000)
  const folder = tempFolder('kutip-summary-', {'berita.txt': article})
  const shown = atTerminal(['extract', 'berita.txt'], folder)
  t.true(shown.includes('\u001B['), 'coloured at a terminal')
  const plain = noAnsi(shown)
  t.regex(plain, /^berita\.txt\n/)
  t.regex(plain, /outlet +ANTARA · dateline Surabaya\n/)
  t.regex(plain, /quotes +2 quotes \(1 direct, 1 indirect\) · 1 speaker/)
  t.regex(plain, /direct +Bambang Wicaksono +kata +“Kami akan menambah dua kapal penyeberangan sebelum libur panjang”/)
  // Indirect speech is a paraphrase: no quote marks.
  t.regex(plain, /indirect +Bambang Wicaksono +menambahkan +tiket dapat dipesan melalui aplikasi mulai pekan depan\n/)
  t.regex(plain, /--format json \(or pipe the output\)/)
  // NO_COLOR: the same summary without colour; --format json at a terminal: the graph.
  t.is(atTerminal(['extract', 'berita.txt'], folder, {NO_COLOR: '1'}), plain)
  const json = JSON.parse(atTerminal(['extract', 'berita.txt', '--format', 'json'], folder)) as Graph
  t.is(json.quotes.length, 2)
})

test.serial('extract piped: the JSON graph; --format summary forces the summary; FORCE_COLOR colours it', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-summary-', {'berita.txt': article})
  const piped = await kutip(['extract', 'berita.txt'], {cwd: folder})
  t.is(piped.code, 0)
  const graph = JSON.parse(piped.stdout) as Graph
  t.is(graph.quotes.length, 2)
  const forced = await kutip(['extract', 'berita.txt', '--format', 'summary'], {cwd: folder})
  t.is(forced.stdout, graphSummary(graph, {title: 'berita.txt'}) + '\nThe attribution graph as JSON: --format json (or pipe the output).\n')
  t.false(forced.stdout.includes('\u001B['))
  t.true(wantsColor({isTTY: false} as NodeJS.WriteStream, undefined, {FORCE_COLOR: '1'}))
  t.false(wantsColor({isTTY: true, hasColors: () => true} as unknown as NodeJS.WriteStream, undefined, {NO_COLOR: '1'}))
  t.false(wantsColor({isTTY: false} as NodeJS.WriteStream, undefined, {}))
  t.false(wantsColor({isTTY: true} as NodeJS.WriteStream, false, {FORCE_COLOR: '1'}))
  const bad = await kutip(['extract', 'berita.txt', '--format', 'xml'], {cwd: folder})
  t.is(bad.code, 2)
  t.is(bad.stderr.split('\n')[0], "kutip extract: unknown --format 'xml' (known: summary, json)")
})

test.serial('report at a terminal: the summary instead of raw HTML; -f html or -o give the report', async (t) => {
  if (!hasScript) return t.pass('`script` is not installed: no pseudo-terminal to test with')
  t.timeout(120_000)
  const folder = tempFolder('kutip-summary-', {'berita.txt': article, 'kedua.txt': article.replace('Bambang Wicaksono', 'Rina Kartika')})
  const shown = noAnsi(atTerminal(['report', 'berita.txt', 'kedua.txt'], folder))
  t.false(shown.includes('<html'))
  t.regex(shown, /direct +Bambang Wicaksono/)
  t.regex(shown, /direct +Rina Kartika/)
  t.regex(shown, /2 articles, 4 quotes/)
  t.regex(shown, /-o report\.html/)
  t.regex(atTerminal(['report', 'berita.txt', '-f', 'html'], folder), /^<!doctype html>/i)
  atTerminal(['report', 'berita.txt', '-o', 'r.html'], folder)
  const {readFileSync} = await import('node:fs')
  t.regex(readFileSync(path.join(folder, 'r.html'), 'utf8'), /^<!doctype html>/i)
  const piped = await kutip(['report', 'berita.txt'], {cwd: folder})
  t.regex(piped.stdout, /^<!doctype html>/i)
})

test('summary: a graph without quotes or outlet says so; excerpts are cut at a word', (t) => {
  const empty: Graph = {version: 1, lang: 'id', document: {publisher: null, dateline: null, sources: [], credits: [], copyright: null}, entities: [], quotes: [], edges: []}
  t.is(graphSummary(empty, {title: 'x.txt', paint: painter(false)}), 'x.txt\n  outlet  none found\n  quotes  none found\n')
})
