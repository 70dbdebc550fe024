/**
 * Where a command writes its results: stdout, or only the file named by
 * `--output` (created or truncated when the run starts, nothing else written).
 *
 *   const out = await openOutput(values.output)   // throws OutputError naming the path
 *   await out.write(line + '\n')                  // waits when the consumer is slow (backpressure)
 *   await out.close()
 *
 * A closed pipe on stdout (`kutip extract … | head`) is not an error: writes
 * stop quietly and `out.closed` becomes true so the command can stop early.
 */
import {createWriteStream} from 'node:fs'
import {once} from 'node:events'
import {describeError} from './problems.ts'

export interface Output {
  write(text: string | Uint8Array): Promise<void>
  close(): Promise<void>
  /** The reader went away (EPIPE): stop producing. */
  readonly closed: boolean
}

export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string
  ) {
    super(`${path}: ${problem}`)
    this.name = 'OutputError'
  }
}

export async function openOutput(path?: string): Promise<Output> {
  const stream: NodeJS.WritableStream & {writableNeedDrain?: boolean} = path === undefined ? process.stdout : createWriteStream(path)
  let closed = false
  let failure: Error | undefined
  if (path !== undefined) {
    try {
      await once(stream, 'open')
    } catch (error) {
      throw new OutputError(path, describeError(error))
    }
  }
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true
    else failure = new OutputError(path ?? 'stdout', describeError(error))
  })
  return {
    get closed() {
      return closed
    },
    async write(text) {
      if (failure) throw failure
      if (closed) return
      if (!stream.write(text)) await drained(stream)
      if (failure) throw failure
    },
    async close() {
      if (path === undefined) {
        // Never end process.stdout; wait until what we wrote is flushed.
        if (!closed && stream.writableNeedDrain) await drained(stream)
        return
      }
      await new Promise<void>((resolve) => stream.end(resolve))
      if (failure) throw failure
    }
  }
}

/** Resolves on 'drain', 'close' or 'error' (the 'error' listener in openOutput records what an error means), leaving no listener behind. */
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done)
      stream.off('close', done)
      stream.off('error', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('close', done)
    stream.on('error', done)
  })
}
