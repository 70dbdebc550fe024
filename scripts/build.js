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
 */
import {spawnSync} from 'node:child_process'
import {existsSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')

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
writeFileSync(path.join(dist, '.build-stamp'), new Date().toISOString() + '\n')
console.log(`kutip build: dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`)
