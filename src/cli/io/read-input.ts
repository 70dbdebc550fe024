/**
 * The one way kutip reads a document: a draft for `extract`, `lint`,
 * `verify` and `report`, and a source for `verify` and `lint --sources`.
 *
 *   const read = await readInput('draft.txt')     // '-' is stdin; never throws
 *   if ('problem' in read) problems.report('draft.txt', read.problem)
 *   else { for (const w of read.warnings) problems.warn('draft.txt', w); use(read.text) }
 *
 *   for await (const {path, read} of readInputs(args, {problems, out})) use(read.text)   // all of that for every argument
 *
 * - Opened without blocking and checked on the open file (no race with a
 *   rename): only a regular file is read. A FIFO (which would wait forever
 *   for a writer), a device (`/dev/zero` never ends) or a socket is refused
 *   with one problem line.
 * - Bytes become text by decode.ts: a BOM picks UTF-8 or UTF-16 LE/BE,
 *   invalid UTF-8 is one warning per file, a binary file is refused.
 * - stdin is read as it comes (a pipe, a file, a device); reading stops and
 *   the input is refused as soon as its first bytes show it is binary
 *   (`< /dev/zero` ends at once), or when it grows past the largest text a
 *   string can hold.
 * - `encoding` says how to write the text back (`lint --fix`); `exact` is
 *   false when decoding replaced bytes (writing the text back would change
 *   them); `identity` is the file's device, inode, mode and links (fstat),
 *   for refusing `-o` onto an input and for rewriting the file in place.
 */
import {constants as bufferConstants} from 'node:buffer'
import {constants, fstatSync} from 'node:fs'
import {open, type FileHandle} from 'node:fs/promises'
import {binaryReason, decodeText, type TextEncoding} from './decode.ts'
import {listInputs, notRegular, type ListOptions} from './files.ts'
import {say} from './locale.ts'
import {refuseOutput, type Output} from './output.ts'
import {describeError, type Problems} from './problems.ts'
import {identityOf, type FileIdentity} from './write-file.ts'

export interface TextRead {
  text: string
  encoding: TextEncoding
  warnings: string[]
  /** Decoding was exact: encoding the text again gives the bytes read. */
  exact: boolean
  /** The file read (undefined for stdin from a pipe or a terminal). */
  identity?: FileIdentity
  /** stdin only (it cannot be read twice): the bytes as read, to pass them on unchanged. */
  bytes?: Uint8Array
}

export type ReadResult = TextRead | {problem: string}

/** The most bytes read from one input: beyond this the text cannot be held as one string. */
export const maxInputBytes = bufferConstants.MAX_STRING_LENGTH

const tooLarge = (bytes: number) => say('cli.too-large', {bytes, max: maxInputBytes})

/** Reads and decodes one input ('-' = all of stdin). Never throws. */
export async function readInput(file: string): Promise<ReadResult> {
  try {
    return file === '-' ? await readStdin() : await readRegularFile(file)
  } catch (error) {
    return {problem: describeError(error)}
  }
}

/**
 * Every document the arguments name (files.ts), read: problems and warnings
 * are reported on the way, and a document that is the command's output file
 * ends the run (refuseOutput).
 */
export async function* readInputs(
  args: readonly string[],
  {problems, out, ...listOptions}: ListOptions & {problems: Problems; out?: Output}
): AsyncGenerator<{path: string; read: TextRead}> {
  for await (const input of listInputs(args, listOptions)) {
    if (input.problem !== undefined) {
      problems.report(input.path, input.problem)
      continue
    }
    const read = await readInput(input.path)
    if ('problem' in read) {
      problems.report(input.path, read.problem)
      continue
    }
    if (out) refuseOutput(out, input.path, read.identity)
    for (const warning of read.warnings) problems.warn(input.path, warning)
    yield {path: input.path, read}
  }
}

async function readRegularFile(file: string): Promise<ReadResult> {
  let handle: FileHandle | undefined
  try {
    // O_NONBLOCK: opening a FIFO without a writer returns at once (and is then refused) instead of waiting.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0))
    const info = await handle.stat()
    if (info.isDirectory()) return {problem: say('cli.errno.eisdir')}
    if (!info.isFile()) return {problem: notRegular(info)}
    if (info.size > maxInputBytes) return {problem: tooLarge(info.size)}
    return decoded(await handle.readFile(), identityOf(info))
  } finally {
    await handle?.close()
  }
}

async function readStdin(): Promise<ReadResult> {
  let identity: FileIdentity | undefined
  try {
    const info = fstatSync(0)
    if (info.isFile()) identity = identityOf(info)
  } catch {
    identity = undefined
  }
  const read = await readAll(process.stdin)
  if ('problem' in read) return read
  const result = decoded(read.bytes, identity)
  return 'problem' in result ? result : {...result, bytes: read.bytes}
}

function decoded(bytes: Uint8Array, identity: FileIdentity | undefined): ReadResult {
  const result = decodeText(bytes)
  if ('problem' in result) return result
  return {text: result.text, encoding: result.encoding, warnings: result.warnings, exact: result.warnings.length === 0, ...(identity ? {identity} : {})}
}

/** How many leading bytes decide whether a stream is binary. */
const sniffBytes = 8192

/**
 * All bytes of a stream, or a problem as soon as its first bytes are binary
 * or it grows past `maxInputBytes` (the stream is then let go).
 */
export async function readAll(stream: NodeJS.ReadableStream): Promise<{bytes: Uint8Array} | {problem: string}> {
  const chunks: Buffer[] = []
  let size = 0
  let sniffed = false
  const sniff = (): string => {
    const head = Buffer.concat(chunks).subarray(0, sniffBytes)
    // A BOM names a text encoding (UTF-16 is full of NUL bytes): decodeText checks the rest.
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return ''
    return binaryReason(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head)
  }
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    chunks.push(buffer)
    size += buffer.length
    if (!sniffed && size >= sniffBytes) {
      sniffed = true
      const binary = sniff()
      if (binary) return {problem: binary}
    }
    if (size > maxInputBytes) return {problem: tooLarge(size)}
  }
  return {bytes: Buffer.concat(chunks)}
}
