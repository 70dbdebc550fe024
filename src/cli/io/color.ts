/**
 * Whether a stream gets colour, by the conventions terminals and CI share:
 * `NO_COLOR` (any non-empty value) turns it off (https://no-color.org),
 * `FORCE_COLOR` (anything but `0`/`false`) turns it on even through a pipe,
 * otherwise a terminal that reports colours gets them. `--color` /
 * `--no-color` of a command win over all of these.
 *
 *   const paint = painter(wantsColor(process.stdout))   // paint.bold('…') is plain text when off
 */
import {createColors} from 'picocolors'

export type Painter = ReturnType<typeof createColors>

export function wantsColor(stream: NodeJS.WriteStream, flag?: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag !== undefined) return flag
  if (env['NO_COLOR']) return false
  const force = env['FORCE_COLOR']
  if (force !== undefined) return force !== '0' && force !== 'false'
  return Boolean(stream.isTTY) && (typeof stream.hasColors !== 'function' || stream.hasColors())
}

export function painter(enabled: boolean): Painter {
  return createColors(enabled)
}
