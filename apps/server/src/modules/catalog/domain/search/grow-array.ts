/**
 * Typed arrays grown by doubling: per-document columns and per-term counters live in
 * typed arrays (no per-element objects, cheap to scan), which have a fixed length.
 */
type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int16Array | Int32Array | Float32Array | Float64Array;

export function grownTo<T extends TypedArray>(array: T, minLength: number, fill = 0): T {
  if (array.length >= minLength) return array;
  let length = Math.max(array.length, 16);
  while (length < minLength) length *= 2;
  const Constructor = array.constructor as new (length: number) => T;
  const grown = new Constructor(length);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}
