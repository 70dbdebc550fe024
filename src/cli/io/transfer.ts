/**
 * A task result that moves from a pool thread to the main thread instead of
 * being copied (structured clone): its ArrayBuffer is transferred.
 *
 *   return transferable(encodeLines(lines))   // in a task module (pool.ts)
 *
 * In a piscina worker thread this is piscina's `move`; anywhere else (the
 * main thread, with `--jobs 1`) the bytes are returned as they are, so the
 * caller receives a `Uint8Array` either way. The buffer must own its
 * ArrayBuffer (not a slice of Node's shared pool: see encode.ts).
 */
import {createRequire} from 'node:module'
import {isMainThread} from 'node:worker_threads'
import type * as PiscinaModule from 'piscina'

// piscina is loaded only off the main thread (start-up time of one-file runs).
const piscina = isMainThread ? undefined : (createRequire(import.meta.url)('piscina') as typeof PiscinaModule)
const move = piscina?.isWorkerThread ? piscina.move : undefined

export function transferable(bytes: Uint8Array): Uint8Array {
  return move ? (move(bytes) as Uint8Array) : bytes
}
