import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast } from './contrast';
import { createMunicipalTheme } from './theme';

describe('municipal colours stay at WCAG AA', () => {
  it('computes contrast like WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps a dark enough colour and darkens a light one', () => {
    expect(ensureContrast('#B01C2E')).toBe('#b01c2e');
    const fixed = ensureContrast('#f5c400');
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('builds a theme whose primary and status colours pass 4.5:1 against white', () => {
    const theme = createMunicipalTheme({ primaryColor: '#58b2ff', secondaryColor: '#ffcc00' });
    for (const colour of [theme.palette.primary.main, theme.palette.secondary.main, theme.palette.success.main, theme.palette.warning.main, theme.palette.error.main, theme.palette.info.main, theme.palette.text.secondary]) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});
