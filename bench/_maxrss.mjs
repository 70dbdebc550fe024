// Loaded with `node --import` by the benches, in the main thread and (through
// execArgv) in every worker thread. Main thread, on exit: writes this
// process's peak resident set size (KB, all threads), CPU time (µs, user +
// system, all threads) and its own thread's CPU time (µs) to
// $KUTIP_MAXRSS_FILE as JSON. Every thread appends `<role> <tid>` to
// $KUTIP_MAXRSS_FILE.threads, so that the parent, which samples
// /proc/<pid>/task/*/stat, can tell worker threads from the main one and from
// V8's and libuv's helper threads (Linux only; elsewhere the file stays empty).
import {appendFileSync, readFileSync, readlinkSync, writeFileSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

const target = process.env.KUTIP_MAXRSS_FILE

/** This thread's id, from /proc/thread-self → "<pid>/task/<tid>"; undefined off Linux. */
function threadId() {
  try {
    return readlinkSync('/proc/thread-self').split('/').pop()
  } catch {
    return undefined
  }
}

/** This thread's CPU time (user + system) in µs, from /proc/thread-self/stat (10 ms ticks); NaN off Linux. */
function threadCpuMicros() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10_000
  } catch {
    return NaN
  }
}

if (target) {
  const tid = threadId()
  if (tid) appendFileSync(target + '.threads', `${isMainThread ? 'main' : 'worker'} ${tid}\n`)
  if (isMainThread) {
    process.on('exit', () => {
      const usage = process.resourceUsage()
      writeFileSync(target, JSON.stringify({maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime, mainThreadCpu: threadCpuMicros()}))
    })
  }
}
