/**
 * How deeply a unist tree nests, measured without recursion. kutip reads
 * markup of any depth (src/markup/html.ts, prose.ts), but the unified
 * utilities that walk a tree node by node with recursion
 * (unist-util-visit-parents, behind unified-message-control) overflow the
 * call stack some thousands of levels down; `deepestLevel` lets a caller
 * refuse such a tree with one clear line before handing it to them.
 */
import type {Node} from 'unist'

/**
 * The levels a walk through recursive unified utilities can take: real
 * documents stay far below it (a page nested 3,000 elements deep is read),
 * and the main thread's stack holds some 5,000.
 */
export const recursionLimit = 4000

/** The depth of the deepest node (the root is level 0). */
export function deepestLevel(tree: Node): number {
  let deepest = 0
  const stack: Array<{node: Node; level: number}> = [{node: tree, level: 0}]
  while (stack.length > 0) {
    const {node, level} = stack.pop()!
    if (level > deepest) deepest = level
    const children = (node as Node & {children?: Node[]}).children
    if (children) for (const child of children) stack.push({node: child, level: level + 1})
  }
  return deepest
}
