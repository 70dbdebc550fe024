#!/usr/bin/env node
// kutip's command line. Runs the build in dist/ (`npm run build`: plain
// JavaScript, fast start-up) when it is newer than every file and folder in
// src/; otherwise runs the TypeScript sources through tsx's loader, so a clean
// clone works right after `npm ci` and an edit is never hidden by a stale
// build. KUTIP_FROM_SOURCE=1 forces the sources; KUTIP_FROM_BUILD=1 forces
// dist/ when it exists (benches: the build they just made, whatever changed since).
import {readdirSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Newest mtime (ms) of `dir`, its subfolders and their files; folders count, so a deleted file counts too. */
function newestMtime(dir) {
  let newest = statSync(dir).mtimeMs
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = dir + '/' + entry.name
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

function buildIsFresh() {
  if (process.env.KUTIP_FROM_SOURCE) return false
  try {
    statSync(root + 'src')
  } catch {
    return true // no src/: the installed package, which ships dist/ only
  }
  let built
  if (process.env.KUTIP_FROM_BUILD) {
    try {
      statSync(root + 'dist/cli/main.js')
      return true
    } catch {
      return false
    }
  }
  try {
    built = statSync(root + 'dist/.build-stamp').mtimeMs
  } catch {
    return false // not built
  }
  try {
    return built >= newestMtime(root + 'src')
  } catch {
    return false // src/ changed while being read: the sources are never stale
  }
}

let main
if (buildIsFresh()) {
  ;({main} = await import('../dist/cli/main.js'))
} else {
  let tsx
  try {
    tsx = await import('tsx/esm/api')
  } catch {
    console.error('kutip: no build in dist/ and no tsx to run the sources: run `npm ci` (dev dependencies included) or `npm run build`')
    process.exit(2)
  }
  tsx.register()
  ;({main} = await import('../src/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
