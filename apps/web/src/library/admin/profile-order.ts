/**
 * Reordering a material group's loan profiles (rule 4): the list's order is the priority,
 * and the server takes the whole order at once (PUT …/profile-order). Both ways of moving a
 * row, keys and drag and drop, come down to these two functions.
 */

/** The order with `id` moved `offset` places (−1 up, +1 down); the same array when it cannot move. */
export function moveBy<T extends string>(order: readonly T[], id: T, offset: number): readonly T[] {
  const from = order.indexOf(id);
  if (from < 0) return order;
  return moveTo(order, id, Math.min(order.length - 1, Math.max(0, from + offset)));
}

/** The order with `id` at `index` (0-based, clamped); the same array when nothing changes. */
export function moveTo<T extends string>(order: readonly T[], id: T, index: number): readonly T[] {
  const from = order.indexOf(id);
  const to = Math.min(order.length - 1, Math.max(0, index));
  if (from < 0 || from === to) return order;
  const next = order.filter((other) => other !== id);
  next.splice(to, 0, id);
  return next;
}

/**
 * Where a dragged row lands when dropped on `targetId`: in the target's place, so dragging
 * down puts it after the target and dragging up before it, as the drop indicator shows.
 */
export function dropIndex(order: readonly string[], draggedId: string, targetId: string): number {
  return order.indexOf(targetId) >= 0 && order.indexOf(draggedId) >= 0 ? order.indexOf(targetId) : -1;
}

/** True when two orders are the same list in the same order. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => b[index] === id);
}
