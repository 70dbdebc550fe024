import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * kutip's package.json: the nearest one named `kutip` above this module, so the
 * version is found from the sources, from dist/, and from the bundled lint
 * command (dist/cli/commands/…, see scripts/build.js) alike.
 */
function packageJson(): {version: string} {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const data = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {name?: string; version: string}
      if (data.name === 'kutip') return data
    } catch {
      // no package.json here: look higher
    }
    const parent = path.dirname(dir)
    if (parent === dir) return {version: '0.0.0'}
    dir = parent
  }
}

export const version: string = packageJson().version
