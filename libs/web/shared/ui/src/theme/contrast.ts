/** WCAG 2.2 relative luminance and contrast, to keep configured municipal colours at AA. */

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function parseHex(hex: string): [number, number, number] | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

export function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

export function luminance(hex: string): number {
  const rgb = parseHex(hex);
  if (!rgb) return 0;
  const [r, g, b] = rgb.map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * Darkens `colour` step by step until it reaches `ratio` against `background` (default white),
 * so a configured brand colour can be used for text, buttons and links without failing AA.
 */
export function ensureContrast(colour: string, background = '#ffffff', ratio = 4.5): string {
  const rgb = parseHex(colour);
  if (!rgb) return '#1f3a5f';
  let current: [number, number, number] = rgb;
  for (let step = 0; step < 100 && contrastRatio(toHex(current), background) < ratio; step += 1) {
    current = current.map((v) => v * 0.95) as [number, number, number];
  }
  return toHex(current);
}
