/**
 * The shape of a message catalog: one text per key of the English catalog
 * (src/lang/en/messages.ts). A language's catalog that misses a key, or has
 * one English lacks, does not type-check.
 */
import type {messages} from './en/messages.ts'

export type MessageKey = keyof typeof messages

export type Catalog = Readonly<Record<MessageKey, string>>
