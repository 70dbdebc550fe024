/**
 * Runs `bin/kutip.js` of this checkout as a user would, with the plumbing the
 * safety tests need: stdin from bytes or redirected from a file, stdout into
 * a file (`/dev/full`), a file-size limit (`ulimit -f`: writes past it fail
 * with EFBIG, as on a full disk), and a time limit after which the child is
 * killed (a run that hangs fails its test instead of the whole suite).
 */
import {spawn} from 'node:child_process'
import {closeSync, openSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {reportSignal} from '../fixtures/cli/run-kutip.ts'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const bin = path.join(repoRoot, 'bin', 'kutip.js')

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stdoutBytes: Buffer
  stderr: string
  /** Killed after `timeoutMs`. */
  timedOut: boolean
}

export interface RunOptions {
  cwd?: string
  /** Bytes on stdin (default: none, stdin closed at once). */
  input?: string | Buffer
  /** stdin redirected from this file instead (`< file`). */
  stdinFile?: string
  /** stdout redirected into this file (`> file`), e.g. /dev/full. */
  stdoutFile?: string
  /** `ulimit -f BLOCKS` (512-byte blocks) before starting. */
  fileSizeLimitBlocks?: number
  /** Kill the run after this long (default 60 s). */
  timeoutMs?: number
}

export function kutip(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const fds: number[] = []
    const stdin = options.stdinFile !== undefined ? openSync(options.stdinFile, 'r') : 'pipe'
    const stdout = options.stdoutFile !== undefined ? openSync(options.stdoutFile, 'w') : 'pipe'
    if (typeof stdin === 'number') fds.push(stdin)
    if (typeof stdout === 'number') fds.push(stdout)
    const [command, commandArgs] =
      options.fileSizeLimitBlocks === undefined
        ? [process.execPath, [bin, ...args]]
        : ['sh', ['-c', `ulimit -f ${options.fileSizeLimitBlocks} && exec "$0" "$@"`, process.execPath, bin, ...args]]
    const child = spawn(command, commandArgs, {cwd: options.cwd ?? repoRoot, env: {...process.env, NO_COLOR: '1'}, stdio: [stdin, stdout, 'pipe']})
    for (const fd of fds) closeSync(fd)
    const out: Buffer[] = []
    let stderr = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs ?? 60_000)
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr!.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== null && !timedOut) reportSignal(args, signal, stderr)
      const stdoutBytes = Buffer.concat(out)
      resolve({code, signal, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr, timedOut})
    })
    if (child.stdin) child.stdin.end(options.input ?? '')
  })
}
