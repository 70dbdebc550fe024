/**
 * What the CLI says, in Indonesian and English (issue 16): every message a
 * person reads comes from the catalogs (src/lang/<locale>/messages.ts), in the
 * locale of the run: `--locale id|en` (every command, also before the
 * command), the configuration's `locale`, then KUTIP_LOCALE, LC_ALL,
 * LC_MESSAGES, LANG. Exit codes and machine output do not change with it.
 *
 * The catalogs are checked against the sources: a key the CLI uses that one
 * catalog lacks, or an English sentence handed to a usage error or a problem
 * line without going through the catalogs, fails here.
 */
import {spawnSync, execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import test from 'ava'
import {catalogs, type MessageKey} from '../src/lang/messages.ts'
import {bin, repoRoot} from './helpers/kutip-cli.ts'
import {tempFolder} from './helpers/temp-folder.ts'
import {plainEnvironment, runKutip, type CliRun} from './fixtures/cli/run-kutip.ts'

/** Every .ts file under `folder`. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : []
  })
}

/** The files whose messages go through the catalogs: the CLI, and the configuration, plugin and text-output code it reports. */
const messageFiles = [
  ...sources(path.join(repoRoot, 'src', 'cli')),
  ...['config.ts', 'config-files.ts', 'plugins.ts', 'preset.ts', 'rule.ts', 'rule-options.ts'].map((name) => path.join(repoRoot, 'src', 'lint', name)),
  path.join(repoRoot, 'src', 'verify', 'format-text.ts')
]

const keyPrefixes = ['cli.', 'config.', 'plugin.', 'summary.', 'verify.', 'report.kind.']
const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{([a-z][a-zA-Z]*)\}/gu)].map((match) => match[1]!))].sort()

test('both catalogs have the same keys, none empty, each with the same parameters', (t) => {
  const english = catalogs.en as Record<string, string>
  const indonesian = catalogs.id as Record<string, string>
  t.deepEqual(Object.keys(indonesian).sort(), Object.keys(english).sort())
  for (const key of Object.keys(english).filter((key) => keyPrefixes.some((prefix) => key.startsWith(prefix)))) {
    t.true(english[key]!.trim().length > 0 && indonesian[key]!.trim().length > 0, key)
    t.deepEqual(placeholders(indonesian[key]!), placeholders(english[key]!), key)
  }
})

test('every message key the CLI names exists in both catalogs (a key missing from one fails)', (t) => {
  let checked = 0
  for (const file of messageFiles) {
    const text = readFileSync(file, 'utf8')
    // Every quoted string shaped like a key: `say('cli.no-drafts')`, the errno table's `'cli.errno.enoent'` …
    for (const match of text.matchAll(/'((?:cli|config|plugin|summary|verify|report\.kind)\.[a-z0-9.-]+)'/gu)) {
      const key = match[1]!
      if (key.endsWith('.')) continue
      checked++
      t.true(Object.hasOwn(catalogs.en, key), `${path.relative(repoRoot, file)}: ${key} is not in src/lang/en/messages.ts`)
      t.true(Object.hasOwn(catalogs.id, key), `${path.relative(repoRoot, file)}: ${key} is not in src/lang/id/messages.ts`)
    }
    // Keys built from a name (`say(\`cli.not-regular.${what}\`)`): some key has that stem, in both catalogs.
    for (const match of text.matchAll(/`((?:cli|config|plugin|summary|verify|report)\.[a-z0-9.-]*)\$\{/gu)) {
      checked++
      for (const catalog of [catalogs.en, catalogs.id]) t.true(Object.keys(catalog).some((key) => key.startsWith(match[1]!)), `${path.relative(repoRoot, file)}: no key ${match[1]}…`)
    }
  }
  t.true(checked > 100, `${checked} uses of message keys found`)
  // Each command's line of `kutip --help` has its key.
  for (const name of readdirSync(path.join(repoRoot, 'src', 'cli', 'commands')).map((file) => file.replace(/\.ts$/, ''))) {
    t.true(Object.hasOwn(catalogs.en, `cli.command.${name}`) && Object.hasOwn(catalogs.id, `cli.command.${name}`), `cli.command.${name}`)
  }
})

test('no English sentence reaches a person without the catalogs: usage errors and problem lines take messages, not literals', (t) => {
  // `usageError('extract', 'no input: …')`, `new UsageError('…')`, `problems.report(path, '…')`, `failureLine(path, '…')`, `stderr.write('kutip lint: …')`.
  const literal = /(?:usageError\(\s*'[^']*',\s*|new UsageError\(\s*|problems\.(?:report|warn)\([^,()]+,\s*|failureLine\([^,()]+,\s*|new WriteError\([^,()]+,\s*|stderr\.write\(\s*)(['`])(?!kutip[a-z ]*: \$\{)(?:kutip[a-z ]*: )?[A-Za-z][a-z]+ [a-z]/u
  const offenders: string[] = []
  for (const file of messageFiles.filter((file) => file.includes(`${path.sep}cli${path.sep}`))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim().startsWith('*') && !line.trim().startsWith('//') && literal.test(line)) offenders.push(`${path.relative(repoRoot, file)}:${index + 1}: ${line.trim()}`)
      })
  }
  t.deepEqual(offenders, [])
  // The check itself catches the shapes it is meant to.
  t.true(literal.test(`return usageError('extract', 'no input: give files')`))
  t.true(literal.test(`process.stderr.write('kutip lint: watching (Ctrl-C to stop)\\n')`))
  t.false(literal.test(`return usageError('extract', say('cli.extract.no-input'))`))
  t.false(literal.test(`process.stderr.write(\`kutip lint: \${say('cli.lint.watching')}\\n\`)`))
})

/** Runs `kutip …` with the locale variables of the machine cleared, then `env`. */
function run(args: string[], cwd: string, env: Record<string, string> = {}, input = ''): Promise<CliRun> {
  return runKutip(args, {cwd, input, env: plainEnvironment(env)})
}

// Fictional.
const draft = '"Kami rugi besar musim ini," kata Wiratmo Sasongko, Kepala Dinas Pertanian Kabupaten Ngawen.\n'

test('every command says its errors in Indonesian with --locale id, LANG=id_ID or the configuration; the exit codes are those of English', async (t) => {
  t.timeout(180_000)
  const folder = tempFolder('kutip-cli-locale-', {'a.txt': draft, 'biner.txt': Buffer.from([0x4b, 0x00, 0x01, 0x02]), 'rusak.txt': Buffer.from([0x4b, 0x61, 0xff, 0x6d, 0x69, 0x0a])})
  const cases: Array<{args: string[]; id: RegExp; en: RegExp; code: number}> = [
    {args: ['extract', '--jobz', 'a.txt'], id: /^kutip extract: opsi tidak dikenal: --jobz; maksud Anda --jobs\?\nJalankan `kutip extract --help` untuk melihat cara pemakaiannya\.\n$/u, en: /^kutip extract: unknown option --jobz \(did you mean --jobs\?\)\nRun `kutip extract --help` for usage\.\n$/u, code: 2},
    {args: ['extract', 'hilang.txt'], id: /^kutip: hilang\.txt: berkas tidak ditemukan$/mu, en: /^kutip: hilang\.txt: no such file or directory$/mu, code: 2},
    {args: ['extract', 'naskah/*.{md,html}'], id: /^kutip: naskah\/\*\.\{md,html\}: tidak ada berkas yang cocok dengan pola ini$/mu, en: /no files match this pattern$/mu, code: 2},
    {args: ['extract', 'biner.txt'], id: /^kutip: biner\.txt: berkas biner \(ada bita NUL di posisi 1\), bukan teks/mu, en: /^kutip: biner\.txt: binary file \(NUL byte at 1\), not text/mu, code: 2},
    {args: ['extract', 'rusak.txt', '--format', 'json'], id: /^kutip: rusak\.txt: peringatan: UTF-8 tidak sah di bita ke-2/mu, en: /^kutip: rusak\.txt: warning: invalid UTF-8 at byte 2/mu, code: 0},
    {args: ['lint', '--bogus', 'a.txt'], id: /^kutip lint: opsi tidak dikenal: --bogus\n/u, en: /^kutip lint: unknown option --bogus\n/u, code: 2},
    {args: ['lint', 'hilang.txt'], id: /^kutip lint: hilang\.txt: berkas tidak ditemukan$/mu, en: /^kutip lint: hilang\.txt: no such file or directory$/mu, code: 2},
    {args: ['lint', '--rule', 'tidak-ada=warn', 'a.txt'], id: /Aturan `tidak-ada` tidak dikenal/u, en: /Unknown rule `tidak-ada`/u, code: 2},
    {args: ['verify', 'a.txt'], id: /^kutip verify: tidak ada sumber: beri --sources JALUR/u, en: /^kutip verify: no sources: give --sources PATH/u, code: 2},
    {args: ['verify', 'a.txt', '--minimum-match', '2'], id: /--minimum-match harus berupa pecahan dari 0 sampai 1/u, en: /--minimum-match expects a share from 0 to 1/u, code: 2},
    {args: ['report', '-f', 'md', 'naskah/'], id: /^kutip: naskah\/: berkas tidak ditemukan$/mu, en: /^kutip: naskah\/: no such file or directory$/mu, code: 2},
    {args: ['report', '-f', 'xml', 'a.txt'], id: /^kutip report: --format 'xml' tidak dikenal \(yang tersedia: summary, html/u, en: /^kutip report: unknown --format 'xml' \(known: summary, html/u, code: 2},
    {args: ['extrak'], id: /^kutip: perintah tidak dikenal: 'extrak'; maksud Anda extract\?$/mu, en: /^kutip: unknown command 'extrak' \(did you mean extract\?\)$/mu, code: 2},
    {args: ['ringkas'], id: /^kutip: perintah tidak dikenal: 'ringkas' \(yang tersedia: extract, lint, report, verify\)$/mu, en: /^kutip: unknown command 'ringkas' \(known: extract, lint, report, verify\)$/mu, code: 2}
  ]
  const results = await Promise.all(cases.flatMap(({args}) => [run([...args, '--locale', 'id'], folder), run(args, folder, {LANG: 'id_ID.UTF-8'}), run(args, folder)]))
  cases.forEach((expected, index) => {
    const [asked, fromLang, plain] = results.slice(index * 3, index * 3 + 3)
    const label = expected.args.join(' ')
    for (const indonesian of [asked!, fromLang!]) {
      t.regex(indonesian.stderr, expected.id, label)
      t.is(indonesian.code, expected.code, label)
    }
    t.regex(plain!.stderr, expected.en, label)
    t.is(plain!.code, expected.code, label)
  })
  // --locale before the command; --locale en over LANG=id_ID.
  const [before, english] = await Promise.all([run(['--locale=id', ...cases[0]!.args], folder), run([...cases[1]!.args, '--locale', 'en'], folder, {LANG: 'id_ID.UTF-8'})])
  t.regex(before.stderr, cases[0]!.id)
  t.regex(english.stderr, cases[1]!.en)
  // A configuration's locale: for every command run in its folder; --locale wins over it.
  const configured = tempFolder('kutip-cli-locale-', {'a.txt': draft, '.kutiprc': '{"locale": "id"}\n'})
  t.regex((await run(['extract', 'hilang.txt'], configured, {LANG: 'en_US.UTF-8'})).stderr, /berkas tidak ditemukan/u)
  t.regex((await run(['verify', 'a.txt'], configured)).stderr, /tidak ada sumber/u)
  t.regex((await run(['extract', 'hilang.txt', '--locale', 'en'], configured)).stderr, /no such file or directory/u)
  t.regex((await run(['lint', 'hilang.txt', '--no-config'], configured)).stderr, /no such file or directory/u)
  t.regex((await run(['lint', 'hilang.txt'], configured)).stderr, /berkas tidak ditemukan/u)
  // An unknown locale is a usage error, said in the locale chosen without it.
  const bad = await run(['extract', 'a.txt', '--locale', 'fr'], folder, {LANG: 'id_ID.UTF-8'})
  t.is(bad.code, 2)
  t.is(bad.stderr, "kutip: bahasa 'fr' tidak dikenal (yang tersedia: en, id)\n")
})

test('machine output does not change with the locale: the JSON graph, the lint JSON fields and rule ids, the exit code', async (t) => {
  t.timeout(120_000)
  const folder = tempFolder('kutip-cli-locale-', {'a.txt': draft, 'b.txt': '"Gudang sudah kosong," kata Hartono.\n'})
  const [english, indonesian] = await Promise.all([run(['extract', 'a.txt', '--format', 'json'], folder), run(['extract', 'a.txt', '--format', 'json', '--locale', 'id'], folder)])
  t.is(indonesian.stdout, english.stdout)
  const [lintEn, lintId] = await Promise.all([run(['lint', '--report', 'json', 'b.txt'], folder), run(['lint', '--report', 'json', 'b.txt', '--locale', 'id'], folder)])
  t.is(lintId.code, lintEn.code)
  const fields = (json: string) => (JSON.parse(json) as Array<{messages: Array<Record<string, unknown>>}>)[0]!.messages.map(({reason: _, message: __, ...rest}) => rest)
  t.deepEqual(fields(lintId.stdout), fields(lintEn.stdout))
  // The mononym (on by default) in both languages.
  t.regex(lintEn.stdout, /Hartono is quoted by one name only/u)
  t.regex(lintId.stdout, /Hartono dikutip hanya dengan satu nama/u)
})

test('a JSON Lines error line keeps its fields; only the error text is in the locale', async (t) => {
  const folder = tempFolder('kutip-cli-locale-')
  const input = '{"id": 1, "text": "Harga naik."}\nbukan json\n{"id": 3}\n'
  const [english, indonesian] = await Promise.all([run(['extract', '--jsonl', '-j', '1'], folder, {}, input), run(['extract', '--jsonl', '-j', '1', '--locale', 'id'], folder, {}, input)])
  const lines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as {id: unknown; error?: string})
  t.deepEqual(lines(indonesian.stdout).map((line) => [line.id, 'error' in line]), lines(english.stdout).map((line) => [line.id, 'error' in line]))
  t.regex(lines(english.stdout)[2]!.error!, /^line 3: missing "text"$/u)
  t.regex(lines(indonesian.stdout)[2]!.error!, /^baris 3: "text" tidak ada$/u)
  t.regex(lines(indonesian.stdout)[1]!.error!, /^baris 2: bukan JSON yang sah/u)
})

const hasScript = spawnSync('script', ['--version']).status === 0

/** Runs kutip with stdout on a pseudo-terminal (`script`), colour and CI variables of the machine cleared. */
function atTerminal(args: string[], cwd: string, env: Record<string, string>): string {
  const command = [process.execPath, bin, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ')
  const {NO_COLOR: _, FORCE_COLOR: __, NODE_DISABLE_COLORS: ___, CI: ____, ...rest} = process.env
  return execFileSync('script', ['-qec', `stty cols 120 2>/dev/null; ${command}`, '/dev/null'], {
    cwd,
    env: {...rest, TERM: 'xterm-256color', KUTIP_LOCALE: '', LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env},
    encoding: 'utf8',
    timeout: 60_000
  })
    .replace(/\r\n/g, '\n')
    .replace(/\u001B\[[0-9;]*m/g, '')
}

test('at a terminal, the summaries of extract, report and verify speak the locale', async (t) => {
  if (!hasScript) return t.pass('`script` is not installed: no pseudo-terminal to test with')
  t.timeout(180_000)
  const article = [
    'Surabaya (ANTARA) - "Kami akan menambah dua kapal penyeberangan sebelum libur panjang," kata Kepala Dinas Perhubungan Jawa Timur Bambang Wicaksono.',
    '',
    'Ia menambahkan, tiket dapat dipesan melalui aplikasi mulai pekan depan.',
    ''
  ].join('\n')
  const folder = tempFolder('kutip-cli-locale-', {'berita.txt': article, 'kedua.txt': article, 'rilis.txt': article})
  const extract = atTerminal(['extract', 'berita.txt'], folder, {LANG: 'id_ID.UTF-8'})
  t.regex(extract, /media +ANTARA · dateline Surabaya\n/u)
  t.regex(extract, /kutipan +2 kutipan \(1 langsung, 1 tidak langsung\) · 1 narasumber/u)
  t.regex(extract, /\n {2}langsung {7}Bambang Wicaksono +kata +“Kami akan menambah/u)
  t.regex(extract, /\n {2}tidak langsung Bambang Wicaksono +menambahkan +tiket dapat dipesan/u)
  t.regex(extract, /Graf atribusi sebagai JSON: --format json/u)
  const english = atTerminal(['extract', 'berita.txt', '--locale', 'en'], folder, {LANG: 'id_ID.UTF-8'})
  t.regex(english, /quotes +2 quotes \(1 direct, 1 indirect\) · 1 speaker/u)
  t.regex(english, /\n {2}direct {3}Bambang Wicaksono/u)
  const report = atTerminal(['report', 'berita.txt', 'kedua.txt', '--locale', 'id', '--no-progress'], folder, {})
  t.regex(report, /2 artikel, 4 kutipan/u)
  t.regex(report, /Laporan lengkap: -o laporan\.html/u)
  const verify = atTerminal(['verify', 'berita.txt', '--sources', 'rilis.txt', '--locale', 'id'], folder, {})
  t.regex(verify, /persis +“Kami akan menambah/u)
  t.regex(verify, /sumber: rilis\.txt 1:\d+–1:\d+/u)
  t.regex(verify, /2 kutipan: 2 persis \(dibandingkan dengan 1 dokumen sumber\)/u)
})
