/**
 * Optimal-string-alignment distance (Damerau: a swap of neighbours costs 1) between
 * a and b, or `max + 1` as soon as it is known to exceed `max`. Allocation-free apart
 * from three reused rows, since a typo lookup verifies dozens of candidates.
 */
let rowTwoBack = new Int32Array(64);
let rowBack = new Int32Array(64);
let row = new Int32Array(64);

export function damerauDistanceWithin(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > row.length) {
    rowTwoBack = new Int32Array(m + 1);
    rowBack = new Int32Array(m + 1);
    row = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) rowBack[j] = j;
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(rowBack[j]! + 1, row[j - 1]! + 1, rowBack[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, rowTwoBack[j - 2]! + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = rowTwoBack;
    rowTwoBack = rowBack;
    rowBack = row;
    row = spare;
  }
  const distance = rowBack[m]!;
  return distance > max ? max + 1 : distance;
}
