/**
 * HTML → hast, as rehype-parse builds it (parse5 with source locations,
 * scripting off; attributes as hastscript makes properties; positions from
 * parse5's locations), but without recursion: hast-util-from-parse5 calls
 * itself once per level and overflows the call stack on a page nested a few
 * thousand elements deep, which parse5 itself reads without trouble. Here an
 * explicit stack walks the parse5 tree, so any depth parse5 accepts is read.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {h, s} from 'hastscript'
import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import type {Position} from 'unist'
import type {Processor} from 'unified'
import {location} from 'vfile-location'

type Parse5Node = DefaultTreeAdapterMap['node']
type Parse5Element = DefaultTreeAdapterMap['element']
type Location = NonNullable<DefaultTreeAdapterMap['textNode']['sourceCodeLocation']>

const svgNamespace = 'http://www.w3.org/2000/svg'
const own = {}.hasOwnProperty

function positionOf(location: Location | null | undefined): Position | undefined {
  if (!location || !location.startLine || !location.startCol) return undefined
  return {
    start: {line: location.startLine, column: location.startCol, offset: location.startOffset},
    end: {line: location.endLine, column: location.endCol, offset: location.endOffset}
  }
}

function elementOf(node: Parse5Element): Element {
  const properties: Record<string, string> = {}
  for (const attribute of node.attrs) {
    const name = (attribute.prefix ? attribute.prefix + ':' : '') + attribute.name
    if (!own.call(Object.prototype, name)) properties[name] = attribute.value
  }
  const element = (node.namespaceURI === svgNamespace ? s : h)(node.tagName, properties, []) as Element
  const position = positionOf(node.sourceCodeLocation)
  if (position) element.position = position
  return element
}

/** One parse5 node without its children (they are converted by the caller's loop). */
function shallow(node: Parse5Node): RootContent | undefined {
  switch (node.nodeName) {
    case '#comment':
    case '#text':
    case '#documentType': {
      const reference = node as DefaultTreeAdapterMap['commentNode'] | DefaultTreeAdapterMap['textNode'] | DefaultTreeAdapterMap['documentType']
      const result: RootContent =
        node.nodeName === '#comment'
          ? {type: 'comment', value: (node as DefaultTreeAdapterMap['commentNode']).data}
          : node.nodeName === '#text'
            ? {type: 'text', value: (node as DefaultTreeAdapterMap['textNode']).value}
            : {type: 'doctype'}
      const position = positionOf(reference.sourceCodeLocation)
      if (position) result.position = position
      return result
    }
    default:
      return 'tagName' in node ? elementOf(node) : undefined
  }
}

/** The hast tree of an HTML document (a whole document, as rehype-parse reads it). */
export function parseHtml(html: string): Root {
  const document = parse(html, {sourceCodeLocationInfo: true, scriptingEnabled: false})
  const root: Root = {type: 'root', children: [], data: {quirksMode: document.mode === 'quirks' || document.mode === 'limited-quirks'}}
  const place = location(html)
  const start = place.toPoint(0)
  const end = place.toPoint(html.length)
  let located = false
  // Work: convert a node into its parent; `closing` entries fix an unclosed element's end once its children are in.
  const stack: Array<{node: Parse5Node; parent: Root | Element} | {closing: Element; location: Parse5Element['sourceCodeLocation']}> = []
  for (let index = document.childNodes.length - 1; index >= 0; index--) stack.push({node: document.childNodes[index]!, parent: root})
  while (stack.length > 0) {
    const item = stack.pop()!
    if ('closing' in item) {
      // parse5 gives an unclosed element (no end tag) the end of its start tag: it ends where its last child ends.
      const tail = item.closing.children.at(-1)
      if (item.closing.position && !item.location?.endTag && tail?.position?.end) item.closing.position.end = {...tail.position.end}
      continue
    }
    const converted = shallow(item.node)
    if (converted === undefined) continue
    located ||= converted.position !== undefined
    item.parent.children.push(converted as ElementContent)
    if (converted.type !== 'element') continue
    const element = item.node as Parse5Element
    stack.push({closing: converted, location: element.sourceCodeLocation})
    for (let index = element.childNodes.length - 1; index >= 0; index--) stack.push({node: element.childNodes[index]!, parent: converted})
    // An HTML `<template>`'s children are its content, a root of their own.
    const content = (converted as Element & {content?: Root}).content
    const template = element as DefaultTreeAdapterMap['template']
    if (content !== undefined && template.content !== undefined) {
      const {startTag, endTag} = template.sourceCodeLocation ?? {}
      const from = positionOf(startTag)
      const to = positionOf(endTag)
      content.data = {quirksMode: false}
      if (from && to) content.position = {start: from.end, end: to.start}
      for (let index = template.content.childNodes.length - 1; index >= 0; index--) stack.push({node: template.content.childNodes[index]!, parent: content})
    }
  }
  // As hast-util-from-parse5: the root has a position when some node has one.
  if (located && start && end) root.position = {start, end}
  return root
}

/** Unified plugin: parse HTML with `parseHtml` (in place of rehype-parse). */
export function kutipHtmlParser(this: Processor) {
  ;(this as unknown as {parser: (value: string) => Root}).parser = (value) => parseHtml(value)
}
