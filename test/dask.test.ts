/**
 * examples/dask/kutip_dask.py on a real Dask cluster: a dask-scheduler and two dask-worker processes on
 * 127.0.0.1, started here and stopped by PID. The recipe's output must equal `kutip extract --jsonl`
 * record for record. Skipped with a message where Debian's python3-distributed is absent (.ci/run
 * installs it).
 */
import test from 'ava'
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {kutipBin, repo, runKutip} from './fixtures/cli/run-kutip.ts'
import {tempFolder} from './helpers/temp-folder.ts'

const python = '/usr/bin/python3'
const recipe = path.join(repo, 'examples', 'dask', 'kutip_dask.py')
const hasDask =
  existsSync(python) && spawnSync(python, ['-c', 'import distributed'], {stdio: 'ignore'}).status === 0 && existsSync('/usr/bin/dask-scheduler')
const daskTest = hasDask ? test.serial : test.skip
if (!hasDask) console.log('python3-distributed is absent: the Dask recipe test is skipped (apt-get install python3-distributed, as .ci/run does)')

const started: ChildProcess[] = []
test.after.always(() => {
  for (const child of started) {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {}
  }
})

function start(command: string, args: string[], cwd: string): ChildProcess {
  const child = spawn(command, args, {cwd, detached: true, stdio: 'ignore'})
  started.push(child)
  return child
}

/** A few hundred records from our own corpus, each a little different, with a bad line and an empty one. */
function records(): string {
  const dir = path.join(repo, 'corpus')
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
  const lines: string[] = []
  for (let index = 0; index < 300; index++) {
    const text = texts[index % texts.length]! + `\n\n"Kami mencatat ${index} laporan," kata Sari Lestari.`
    lines.push(JSON.stringify({id: `r${index}`, text}))
  }
  lines.splice(17, 0, '{not json')
  lines.splice(101, 0, '')
  return lines.join('\n') + '\n'
}

daskTest('the Dask recipe on a scheduler and two workers gives kutip extract --jsonl, record for record', async (t) => {
  const root = tempFolder('kutip-dask-')
  const schedulerFile = path.join(root, 'scheduler.json')
  start('/usr/bin/dask-scheduler', ['--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--scheduler-file', schedulerFile], root)
  for (let wait = 0; wait < 150 && !existsSync(schedulerFile); wait++) await sleep(100)
  t.true(existsSync(schedulerFile), 'the scheduler wrote its address')
  const address = (JSON.parse(readFileSync(schedulerFile, 'utf8')) as {address: string}).address
  t.regex(address, /^tcp:\/\/127\.0\.0\.1:\d+$/)
  for (const name of ['w1', 'w2']) {
    start('/usr/bin/dask-worker', [address, '--nthreads', '1', '--no-dashboard', '--name', name, '--local-directory', path.join(root, name)], root)
  }

  const input = records()
  writeFileSync(path.join(root, 'in.jsonl'), input)
  const outFile = path.join(root, 'out.jsonl')
  const run = spawnSync(
    python,
    [recipe, '--scheduler', address, '--kutip', `${process.execPath} ${kutipBin}`, '--partition-lines', '40', '--wait-workers', '2', 'in.jsonl', 'out.jsonl'],
    {cwd: root, encoding: 'utf8', timeout: 120_000}
  )
  t.is(run.status, 0, run.stderr)
  t.regex(run.stderr, /302 records, 8 partitions, 2 worker threads/)

  const direct = await runKutip(['extract', '--jsonl', '--no-progress'], {input})
  t.is(direct.code, 0)
  const got = readFileSync(outFile, 'utf8').split('\n')
  const want = direct.stdout.split('\n')
  t.is(got.length, want.length)
  t.true(got.every((line, index) => line === want[index]), 'every output line equals kutip extract --jsonl')
  t.regex(got[17]!, /"error":/)
  t.regex(got[0]!, /^\{"id":"r0"/)
})

daskTest('a failed run leaves the output file as it was, and the input is never the output', async (t) => {
  const root = tempFolder('kutip-dask-fail-', {'in.jsonl': '{"id":"a","text":"Halo."}\n', 'out.jsonl': 'earlier results\n'})
  const same = spawnSync(python, [recipe, '--scheduler', 'local', 'in.jsonl', 'in.jsonl'], {cwd: root, encoding: 'utf8'})
  t.is(same.status, 2)
  t.regex(same.stderr, /is the input; refusing/)
  t.is(readFileSync(path.join(root, 'in.jsonl'), 'utf8'), '{"id":"a","text":"Halo."}\n')

  const broken = spawnSync(
    python,
    [recipe, '--scheduler', 'local', '--local-workers', '1', '--kutip', '/bin/false', 'in.jsonl', 'out.jsonl'],
    {cwd: root, encoding: 'utf8', timeout: 120_000}
  )
  t.is(broken.status, 1)
  t.regex(broken.stderr, /kutip exited 1 .*out\.jsonl left as it was/s)
  t.is(readFileSync(path.join(root, 'out.jsonl'), 'utf8'), 'earlier results\n')
  t.deepEqual(readdirSync(root).filter((name) => name.startsWith('.kutip-dask-')), [], 'no temporary file left behind')
})
