/**
 * Binary search over a list sorted by a number (token index, offset): how many items come before a value.
 */

/** The number of items in `items` (sorted ascending by `key`) whose key is below `value`: the index of the first at or after it. */
export function countBelow<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (key(items[middle]!) < value) low = middle + 1
    else high = middle
  }
  return low
}
