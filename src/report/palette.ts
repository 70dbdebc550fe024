/**
 * Speaker colours, shared by the HTML highlights and the graph picture:
 * a light fill (highlight background, node fill) and a strong ink (border,
 * underline), chosen to stay apart for the common forms of colour blindness
 * (after Okabe & Ito) and readable under black text.
 */
export interface Colour {
  fill: string
  ink: string
}

export const palette: readonly Colour[] = [
  {fill: '#ffe2b8', ink: '#c46f00'},
  {fill: '#cfe8fb', ink: '#0b6db3'},
  {fill: '#cdeedd', ink: '#00855c'},
  {fill: '#fbd9ec', ink: '#b0417f'},
  {fill: '#fff3a6', ink: '#8c7a00'},
  {fill: '#d9d2f5', ink: '#5b45b5'},
  {fill: '#f9d3c4', ink: '#b5441b'},
  {fill: '#d4ecf0', ink: '#2d7f8c'},
  {fill: '#e6efc8', ink: '#5f7d13'},
  {fill: '#ecd8cc', ink: '#7d4c2d'}
]

/** Unattributed quotes and entities that do not speak. */
export const neutral: Colour = {fill: '#ececec', ink: '#6b6b6b'}

export function colourOf(index: number | null): Colour {
  return index === null ? neutral : palette[index % palette.length]!
}

/** The CSS class that carries a palette colour (`c3`, or `c-none` for unattributed). */
export function colourClass(index: number | null): string {
  return index === null ? 'c-none' : 'c' + (index % palette.length)
}
