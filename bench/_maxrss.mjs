// Loaded with `node --import` by the benches: on exit, writes this process's
// peak resident set size (KB, all threads) and CPU time (µs, user + system,
// all threads) to $KUTIP_MAXRSS_FILE as JSON.
import {writeFileSync} from 'node:fs'
import {isMainThread} from 'node:worker_threads'

const target = process.env.KUTIP_MAXRSS_FILE
if (target && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({maxRSS: usage.maxRSS, cpu: usage.userCPUTime + usage.systemCPUTime}))
  })
}
