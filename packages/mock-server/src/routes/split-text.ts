/** Splits `text` into `count` pieces of nearly equal length, never inside a code point (pieces may be empty). */
export function splitText(text: string, count: number): string[] {
  const parts = Math.max(1, Math.floor(count))
  const points = Array.from(text)
  const pieces: string[] = []
  for (let index = 0; index < parts; index++) {
    const start = Math.floor((points.length * index) / parts)
    const end = Math.floor((points.length * (index + 1)) / parts)
    pieces.push(points.slice(start, end).join(''))
  }
  return pieces
}
