/**
 * The package as `npm install kutip` delivers it: `npm pack` into a temporary
 * folder, the tarball unpacked as a consumer's node_modules/kutip (its
 * declared dependencies linked from ours, nothing else), then used the way a
 * newsroom developer uses it: plain `node` (no tsx) importing every entry,
 * the `kutip` command, and `tsc` type-checking code against the declarations.
 *
 * Needs the build (`npm run build`, run by `prepare` on `npm ci`); without
 * dist/ they are skipped.
 */
import test, {type ExecutionContext} from 'ava'
import {execFile, spawn} from 'node:child_process'
import {builtinModules} from 'node:module'
import {mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {needs} from './helpers/needs.ts'

const run = promisify(execFile)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const builtTest = needs(path.join(root, 'dist', 'index.js'))

interface Manifest {
  name: string
  bin: Record<string, string>
  main: string
  types: string
  exports: Record<string, unknown>
  dependencies: Record<string, string>
}

interface Packed {
  /** Paths in the tarball, relative to the package root. */
  files: Set<string>
  /** The consumer project; the package is at node_modules/kutip. */
  consumer: string
  manifest: Manifest
}

// The consumer's own dependencies, besides kutip's: retext for the plugin, Node's types for tsc.
const consumerOwn = ['retext', '@types/node']

let packing: Promise<Packed> | undefined
test.after.always(async () => {
  if (packing) await rm(path.dirname((await packing).consumer), {recursive: true, force: true})
})

/** `npm pack` once for every test of this file, unpacked into a consumer project. */
function packed(): Promise<Packed> {
  packing ??= (async () => {
    const temp = await mkdtemp(path.join(os.tmpdir(), 'kutip-pack-'))
    // --ignore-scripts: `prepare` would rebuild dist/ under the other test files that read it.
    const {stdout} = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], {cwd: root, maxBuffer: 64 * 1024 * 1024})
    const [report] = JSON.parse(stdout) as Array<{filename: string; files: Array<{path: string}>}>
    const consumer = path.join(temp, 'consumer')
    const modules = path.join(consumer, 'node_modules')
    await mkdir(modules, {recursive: true})
    await run('tar', ['-xzf', path.join(temp, path.basename(report!.filename)), '-C', modules])
    await rename(path.join(modules, 'package'), path.join(modules, 'kutip'))
    const manifest = JSON.parse(await readFile(path.join(modules, 'kutip', 'package.json'), 'utf8')) as Manifest
    for (const name of [...Object.keys(manifest.dependencies), ...consumerOwn]) {
      await mkdir(path.dirname(path.join(modules, name)), {recursive: true})
      await symlink(path.join(root, 'node_modules', name), path.join(modules, name), 'dir')
    }
    await writeFile(path.join(consumer, 'package.json'), JSON.stringify({name: 'newsroom-tool', private: true, type: 'module'}))
    return {files: new Set(report!.files.map((file) => file.path)), consumer, manifest}
  })()
  return packing
}

/** Every file path an `exports` value names (all conditions). */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets)
  return []
}

const inPackage = (target: string): string => path.posix.normalize(target)

/**
 * The module specifiers a JavaScript or TypeScript file imports (static, re-exports, dynamic with a
 * literal), leaving out comment lines (doc comments show imports of other packages).
 */
function specifiers(code: string): string[] {
  const found: string[] = []
  const lines = code.split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
  for (const match of lines.join('\n').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g)) found.push(match[2]!)
  return found
}

/** The package a bare specifier names: `unified`, `@types/nlcst`, `vfile/lib` → `vfile`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

const builtins = new Set(builtinModules)
const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtins.has(packageOf(specifier))

/** The package's own types or its DefinitelyTyped package (`@types/nlcst`, `@types/a__b` for `@a/b`). */
const typesOf = (name: string): string => '@types/' + name.replace(/^@/, '').replace('/', '__')

// bin/kutip.js runs a clone's TypeScript sources through tsx when it has no fresh build; the package has neither.
const sourceModeOnly: Record<string, string[]> = {'bin/kutip.js': ['tsx/esm/api', '../src/cli/main.ts']}

async function* sourceFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(full)
    else if (entry.name.endsWith('.ts')) yield full
  }
}

builtTest('npm pack ships the build, its declarations, the CLI and the docs, and nothing the package does not use', async (t) => {
  const {files, manifest} = await packed()
  const named = [...Object.values(manifest.exports).flatMap(targets), ...Object.values(manifest.bin), manifest.main, manifest.types]
  for (const target of named) t.true(files.has(inPackage(target)), `${target} (named in package.json) is in the tarball`)
  for (const file of ['README.md', 'LICENSE', 'NOTICE', 'package.json', 'docs/graph.schema.json', 'docs/output-contract.md', 'dist/cli/main.js', 'dist/cli/worker.js']) {
    t.true(files.has(file), `${file} is in the tarball`)
  }
  for (const file of files) t.regex(file, /^(dist|bin|docs)\/|^(README\.md|LICENSE|NOTICE|package\.json)$/, `${file} should not be published`)
  t.false([...files].some((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')), 'no TypeScript sources')
})

builtTest('every relative import in the package names a shipped file, and declarations name them as .js', async (t) => {
  const {files, consumer, manifest} = await packed()
  const dependencies = new Set(Object.keys(manifest.dependencies))
  const unresolved: string[] = []
  const tsSpecifiers: string[] = []
  const undeclaredTypes = new Set<string>()
  for (const file of files) {
    const declaration = file.endsWith('.d.ts')
    if (!declaration && !file.endsWith('.js')) continue
    const code = await readFile(path.join(consumer, 'node_modules', 'kutip', file), 'utf8')
    for (const specifier of specifiers(code)) {
      if (sourceModeOnly[file]?.includes(specifier)) continue
      if (specifier.startsWith('.')) {
        if (declaration && /\.ts$/.test(specifier) && !specifier.endsWith('.d.ts')) tsSpecifiers.push(`${file}: ${specifier}`)
        const target = path.posix.join(path.posix.dirname(file), specifier)
        const candidates = declaration ? [target.replace(/\.js$/, '.d.ts'), target.replace(/\.ts$/, '.d.ts'), target] : [target]
        if (!candidates.some((candidate) => files.has(candidate))) unresolved.push(`${file}: ${specifier}`)
      } else if (declaration && !isBuiltin(specifier) && packageOf(specifier) !== manifest.name) {
        const name = packageOf(specifier)
        if (!dependencies.has(name) && !dependencies.has(typesOf(name))) undeclaredTypes.add(`${name} (${file})`)
      }
    }
  }
  t.deepEqual(unresolved, [], 'relative imports that name no file in the tarball')
  t.deepEqual(tsSpecifiers, [], 'declarations must name their neighbours as .js (TypeScript < 5 cannot read .ts specifiers)')
  t.deepEqual([...undeclaredTypes], [], 'packages the declarations import whose types are not in "dependencies"')
})

test('every package the sources import is a declared dependency', async (t) => {
  const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as Manifest
  const dependencies = new Set(Object.keys(manifest.dependencies))
  const undeclared = new Set<string>()
  const files = [path.join(root, 'bin', 'kutip.js')]
  for await (const file of sourceFiles(path.join(root, 'src'))) files.push(file)
  for (const file of files) {
    const relative = path.relative(root, file).split(path.sep).join('/')
    for (const specifier of specifiers(await readFile(file, 'utf8'))) {
      if (specifier.startsWith('.') || isBuiltin(specifier) || sourceModeOnly[relative]?.includes(specifier)) continue
      const name = packageOf(specifier)
      // Type-only imports are satisfied by the @types package.
      if (!dependencies.has(name) && !dependencies.has(typesOf(name))) undeclared.add(`${name} (${relative})`)
    }
  }
  t.true(files.length > 50, 'the sources were read')
  t.deepEqual([...undeclared], [], 'imported but not in "dependencies" (devDependencies are not installed for users)')
})

/** Run `node` itself (no tsx loader, no NODE_OPTIONS) in the consumer project. */
function node(t: ExecutionContext, cwd: string, args: string[], input?: string): Promise<{code: number | null; stdout: string; stderr: string}> {
  const env = {...process.env}
  delete env['NODE_OPTIONS']
  delete env['KUTIP_FROM_SOURCE']
  delete env['KUTIP_FROM_BUILD']
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {cwd, env})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) t.log(stderr)
      resolve({code, stdout, stderr})
    })
    child.stdin.end(input ?? '')
  })
}

const article = 'BANDUNG, KOMPAS.com - "Kalau mereka naik bus, jalan jauh lebih lega," kata Kepala Dinas Perhubungan Kota Bandung Rudi Hermawan.'

builtTest('plain node imports every entry of the installed package and extracts a text', async (t) => {
  const {consumer} = await packed()
  const script = `
    import {extract, validateGraph} from 'kutip'
    import {extract as extractOnly} from 'kutip/extract'
    import retextKutip from 'kutip/plugin'
    import kutipLint, {lint} from 'kutip/lint'
    import schema from 'kutip/graph.schema.json' with {type: 'json'}
    import {retext} from 'retext'
    const text = ${JSON.stringify(article)}
    const graph = extract(text)
    const quote = graph.quotes[0]
    const file = await retext().use(retextKutip).process(text)
    const linted = await lint({path: 'draft.md', value: '# Judul\\n\\n"Kami siap," katanya.\\n'})
    console.log(JSON.stringify({
      resolved: import.meta.resolve('kutip'),
      content: quote.content.text,
      speaker: graph.entities.find((entity) => entity.id === quote.speaker)?.name,
      valid: validateGraph(graph).valid,
      plugin: JSON.stringify(file.data.kutipGraph) === JSON.stringify(graph),
      engineOnly: JSON.stringify(extractOnly(text)) === JSON.stringify(graph),
      preset: typeof kutipLint,
      rules: linted.messages.map((message) => message.ruleId),
      schema: schema.title ?? schema.$id ?? null
    }))`
  const {code, stdout} = await node(t, consumer, ['--input-type=module', '--eval', script])
  t.is(code, 0)
  const result = JSON.parse(stdout) as Record<string, unknown>
  t.is(result['resolved'], 'file://' + path.join(consumer, 'node_modules', 'kutip', 'dist', 'index.js'))
  t.is(result['content'], 'Kalau mereka naik bus, jalan jauh lebih lega')
  t.is(result['speaker'], 'Rudi Hermawan')
  t.true(result['valid'])
  t.true(result['plugin'], 'kutip/plugin gives the graph extract() gives')
  t.true(result['engineOnly'], 'kutip/extract is the same engine')
  t.is(result['preset'], 'function')
  t.true((result['rules'] as string[]).includes('ambiguous-speaker'), 'kutip/lint lints a Markdown draft (a katanya with no speaker before it)')
  t.not(result['schema'], null)
})

builtTest('the installed kutip command runs the build', async (t) => {
  const {consumer} = await packed()
  const {code, stdout} = await node(t, consumer, [path.join('node_modules', 'kutip', 'bin', 'kutip.js'), 'extract', '--compact', '-'], article)
  t.is(code, 0)
  const graph = JSON.parse(stdout) as {quotes: Array<{content: {text: string}; speaker: string}>; entities: Array<{id: string; name: string}>}
  t.is(graph.quotes[0]?.content.text, 'Kalau mereka naik bus, jalan jauh lebih lega')
  t.is(graph.entities.find((entity) => entity.id === graph.quotes[0]?.speaker)?.name, 'Rudi Hermawan')
})

builtTest('tsc reads the declarations: the graph, the plugin and its file.data, the lint preset are typed', async (t) => {
  const {consumer} = await packed()
  await writeFile(
    path.join(consumer, 'use.ts'),
    `import {extract, type Graph, type Quote} from 'kutip'
import {extract as extractOnly} from 'kutip/extract'
import retextKutip from 'kutip/plugin'
import kutipLint, {lint, type LintOptions} from 'kutip/lint'
import {retext} from 'retext'

const graph: Graph = extract('"Ya," kata Budi.')
const same: Graph = extractOnly('"Ya," kata Budi.', {lang: 'id'})
const quote: Quote | undefined = graph.quotes[0]
const start: number | undefined = quote?.content.start
// @ts-expect-error a span's start is a number: this line fails only if the declarations were read
const wrong: string | undefined = quote?.content.start

const file = await retext().use(retextKutip).process('"Ya," kata Budi.')
const text: string | undefined = file.data.kutipText
const speaker: string | null | undefined = file.data.kutipGraph?.quotes[0]?.speaker
const line: number | undefined = file.data.kutipPosition?.({start: 0, end: 2}).start.line

const options: LintOptions = {rules: {'quote-style': 'off'}}
const linted = await lint('"Ya," kata Budi.', options)
retext().use(kutipLint, options)
export const used = [same, start, wrong, text, speaker, line, linted.messages.length]
`
  )
  for (const moduleResolution of ['NodeNext', 'Bundler']) {
    const config = {
      compilerOptions: {target: 'ES2022', module: moduleResolution === 'NodeNext' ? 'NodeNext' : 'ESNext', moduleResolution, strict: true, noEmit: true, types: ['node']},
      files: ['use.ts']
    }
    await writeFile(path.join(consumer, 'tsconfig.json'), JSON.stringify(config))
    const result = await run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], {cwd: consumer}).then(
      () => '',
      (error: {stdout?: string; message: string}) => error.stdout || error.message
    )
    t.is(result, '', `tsc (moduleResolution ${moduleResolution}) reports no errors, in our code or in the package's declarations`)
  }
})
