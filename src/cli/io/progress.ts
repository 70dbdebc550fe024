/**
 * A progress bar on stderr for long batch runs, only where a person watches.
 *
 *   const progress = createProgress({enabled: wantsProgress(outputPath), label: 'extract'})
 *   progress.setTotal(files)            // optional: without it the bar counts and shows a rate
 *   progress.tick()                     // one document done (tick(n): n documents)
 *   progress.log('kutip: a.txt: …')     // a problem line, printed above the bar
 *   progress.stop()
 *
 * `wantsProgress(outputPath)` is true when stderr is a TTY and the results do
 * not go to that same terminal (stdout redirected, or `--output`). When it is
 * false every method is a no-op except `log`, which writes the line to stderr.
 */
import {say} from './locale.ts'
import type CliProgress from 'cli-progress'
import {createRequire} from 'node:module'

/** cli-progress, loaded only when a bar is drawn (start-up time of short runs). */
const loadCliProgress = () => createRequire(import.meta.url)('cli-progress') as typeof CliProgress

export interface Progress {
  readonly enabled: boolean
  setTotal(total: number): void
  tick(count?: number): void
  log(line: string): void
  stop(): void
}

export function wantsProgress(outputPath: string | undefined, stderr = process.stderr, stdout = process.stdout): boolean {
  return Boolean(stderr.isTTY) && (outputPath !== undefined || !stdout.isTTY)
}

export function createProgress(options: {enabled: boolean; label: string; stream?: NodeJS.WriteStream}): Progress {
  const stream = options.stream ?? process.stderr
  if (!options.enabled) {
    return {enabled: false, setTotal() {}, tick() {}, log: (line) => void stream.write(line + '\n'), stop() {}}
  }
  let total = 0
  let value = 0
  const cliProgress = loadCliProgress()
  const multi = new cliProgress.MultiBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      fps: 10,
      etaBuffer: 200,
      format: (barOptions, params, payload: {label: string}) => {
        const seconds = (Date.now() - params.startTime) / 1000
        const rate = seconds > 0 ? value / seconds : 0
        const rateText = `${rate.toFixed(rate < 10 ? 1 : 0)}/s`
        if (total === 0) return `${payload.label} ${say('cli.progress.done', {count: value})} · ${rateText}`
        const width = barOptions.barsize ?? 30
        const filled = Math.round((Math.min(value, total) / total) * width)
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
        return `${payload.label} ${bar} ${value}/${total} · ${rateText} · ${say('cli.progress.eta', {seconds: params.eta})}`
      }
    },
    cliProgress.Presets.shades_classic
  )
  const bar = multi.create(0, 0, {label: options.label})
  return {
    enabled: true,
    setTotal(next) {
      total = next
      bar.setTotal(next)
    },
    tick(count = 1) {
      value += count
      bar.increment(count)
    },
    log(line) {
      multi.log(line + '\n')
    },
    stop() {
      multi.stop()
    }
  }
}
