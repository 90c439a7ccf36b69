import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard dragging between columns: left and right arrow jump straight to the next column
 * (dnd-kit's default moves 25 pixels per key press, which takes dozens of presses to cross a
 * board). Up and down do nothing: order within a column is not meaningful.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context: { collisionRect, droppableRects, droppableContainers } }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  if (!collisionRect) return undefined;
  event.preventDefault();
  const centre = collisionRect.left + collisionRect.width / 2;
  const columns = droppableContainers
    .getEnabled()
    .map((container) => droppableRects.get(container.id))
    .filter((rect): rect is NonNullable<typeof rect> => !!rect)
    .sort((a, b) => a.left - b.left);
  const target =
    event.code === 'ArrowRight'
      ? columns.find((rect) => rect.left + rect.width / 2 > centre + 1)
      : [...columns].reverse().find((rect) => rect.left + rect.width / 2 < centre - 1);
  if (!target) return undefined;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: target.top + 8 };
};
