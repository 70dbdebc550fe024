import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * kutip's package.json: the nearest one named `kutip` above this module, so the
 * version is found from the sources, from dist/, and from the bundled lint
 * command (dist/cli/commands/…, see scripts/build.js) alike.
 */
interface PackageJson {
  version: string
  repository?: {url?: string} | string
}

function packageJson(): PackageJson {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const data = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson & {name?: string}
      if (data.name === 'kutip') return data
    } catch {
      // no package.json here: look higher
    }
    const parent = path.dirname(dir)
    if (parent === dir) return {version: '0.0.0'}
    dir = parent
  }
}

const pkg = packageJson()

export const version: string = pkg.version

/**
 * The project's home on the web, from package.json `repository` (`git+https://…/x.git` → `https://…/x`):
 * the one place rule links (`docs/rules/<id>.md`), SARIF `helpUri`/`informationUri` and `bugs` agree on.
 */
export const repositoryUrl: string = webUrl(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) ?? 'https://github.com/kutip/kutip'

function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  return url.replace(/^git\+/, '').replace(/\.git$/, '')
}
