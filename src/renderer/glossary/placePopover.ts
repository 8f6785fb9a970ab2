/**
 * Where the glossary popover goes: below the word when it fits, else above, else on the side
 * with more room with a scrolling body; never over the word, never outside the window.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  maxHeight: number;
  side: 'below' | 'above';
}

export function placePopover(word: Box, popover: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8, margin = 8): Placement {
  const below = viewport.height - (word.top + word.height) - gap - margin;
  const above = word.top - gap - margin;
  const side: Placement['side'] = popover.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(80, side === 'below' ? below : above);
  const height = Math.min(popover.height, room);
  const top = side === 'below' ? word.top + word.height + gap : word.top - gap - height;
  const maxLeft = viewport.width - popover.width - margin;
  const left = Math.max(margin, Math.min(word.left, maxLeft));
  return { left: Math.round(left), top: Math.round(top), maxHeight: Math.floor(room), side };
}
