#!/usr/bin/env node
/**
 * `npm run build`: compiles src/ to dist/ with tsc (one .js per .ts, same
 * tree, `.ts` import specifiers rewritten to `.js`), then writes
 * dist/.build-stamp. bin/kutip.js runs dist/ when the stamp is newer than
 * every file and folder in src/, and the sources through tsx otherwise, so a
 * clean clone works without building and a stale build is never used.
 *
 * Type errors are printed but do not stop the build (`npm run typecheck`
 * is the gate for those); an error that prevents emitting does.
 *
 * Then the lint command is bundled (esbuild, which tsx already brings):
 * dist/cli/commands/lint.js becomes one module holding everything a plain
 * `kutip lint draft.txt` runs (the engine, the rules, unified, vfile, the
 * reporters). What only some runs need stays behind dynamic imports: our
 * own modules (the unified-engine walker for folders and globs) as chunks in
 * dist/cli/commands/lint-chunks/, packages (the Markdown and HTML parsers,
 * chokidar, YAML) loaded from node_modules as before. Resolving and reading
 * some 160 modules was a third of the command's start-up. Without esbuild
 * the unbundled dist/ is kept.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rewriteDeclarationSpecifiers} from './declarations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')

/** Bundle dist/cli/commands/lint.js in place (see above); warns and keeps the plain build on failure. */
async function bundleLint() {
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    console.error('kutip build: esbuild not found; the lint command is not bundled (slower start-up)')
    return
  }
  const commands = path.join(dist, 'cli', 'commands')
  try {
    await esbuild.build({
      entryPoints: [path.join(commands, 'lint.js')],
      outdir: commands,
      allowOverwrite: true,
      bundle: true,
      splitting: true,
      chunkNames: 'lint-chunks/[name]-[hash]',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // CommonJS dependencies that `require` Node built-ins need a real `require` in an ES module.
      banner: {js: "import {createRequire as __kutipRequire} from 'node:module'; const require = __kutipRequire(import.meta.url);"},
      logLevel: 'error',
      plugins: [
        {
          name: 'dynamic-packages-stay-external',
          setup(build) {
            build.onResolve({filter: /^[^./]/}, (args) => (args.kind === 'dynamic-import' ? {path: args.path, external: true} : undefined))
          }
        },
        {
          // vfile-reporter's string-width, measuring the usual cells without Intl.Segmenter (scripts/bundle/narrow-width.js).
          name: 'narrow-width-first',
          setup(build) {
            build.onResolve({filter: /^string-width$/}, (args) =>
              args.importer.includes(`${path.sep}vfile-reporter${path.sep}`) ? {path: args.importer, namespace: 'narrow-width-first'} : undefined
            )
            build.onLoad({filter: /.*/, namespace: 'narrow-width-first'}, async (args) => {
              const real = await build.resolve('string-width', {resolveDir: path.dirname(args.path), kind: 'import-statement'})
              const narrow = path.join(root, 'scripts', 'bundle', 'narrow-width.js')
              return {
                contents: `import measure from ${JSON.stringify(real.path)}\nimport {narrowWidth} from ${JSON.stringify(narrow)}\nexport default function stringWidth(string, options) {\n  return (typeof string === 'string' && options === undefined ? narrowWidth(string) : undefined) ?? measure(string, options)\n}\n`,
                resolveDir: root
              }
            })
          }
        }
      ]
    })
  } catch (error) {
    console.error(`kutip build: bundling the lint command failed (${error.message.split('\n')[0]}); dist/ stays unbundled`)
  }
}

const started = performance.now()
rmSync(dist, {recursive: true, force: true})
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {cwd: root, encoding: 'utf8'})
const diagnostics = (result.stdout + result.stderr).trim()
if (!existsSync(path.join(dist, 'cli', 'main.js'))) {
  console.error(diagnostics)
  console.error('kutip build: tsc emitted nothing (see above)')
  process.exit(1)
}
if (result.status !== 0 && diagnostics) {
  console.error(diagnostics)
  console.error('kutip build: warning: type errors above (emitted anyway; run `npm run typecheck`)')
}
await bundleLint()
rewriteDeclarationSpecifiers(dist) // the .d.ts files name their neighbours as .js (see declarations.js)
writeFileSync(path.join(dist, '.build-stamp'), new Date().toISOString() + '\n')
console.log(`kutip build: dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`)

