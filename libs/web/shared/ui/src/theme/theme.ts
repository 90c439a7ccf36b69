import { createTheme, type Theme } from '@mui/material/styles';
import { nlNL } from '@mui/material/locale';
import { ensureContrast } from './contrast';
import { LinkBehavior } from './LinkBehavior';

export interface MunicipalBranding {
  name: string;
  logoUrl: string | null;
  primaryColor: string;
  secondaryColor: string;
}

/** Focus ring: dark outline with a white halo, visible on light and coloured backgrounds. */
const focusRing = {
  outline: '3px solid #0b0c0c',
  outlineOffset: '2px',
  boxShadow: '0 0 0 2px #ffffff',
};

/**
 * The municipal theme: the gemeente's colours come from configuration (`/api/v1/app-config`),
 * adjusted where needed so text and controls keep WCAG AA contrast (4.5:1) on white.
 */
export function createMunicipalTheme(branding: Pick<MunicipalBranding, 'primaryColor' | 'secondaryColor'>): Theme {
  const primary = ensureContrast(branding.primaryColor);
  const secondary = ensureContrast(branding.secondaryColor);
  return createTheme(
    {
      palette: {
        mode: 'light',
        contrastThreshold: 4.5,
        primary: { main: primary, contrastText: '#ffffff' },
        secondary: { main: secondary, contrastText: '#ffffff' },
        // Darker than MUI's defaults so white text on them and them as text on white pass AA.
        success: { main: '#1b5e20', contrastText: '#ffffff' },
        warning: { main: '#8a4b00', contrastText: '#ffffff' },
        error: { main: '#b3261e', contrastText: '#ffffff' },
        info: { main: '#01579b', contrastText: '#ffffff' },
        text: { primary: '#1a1a1a', secondary: '#4a4a4a' },
        background: { default: '#f5f6f8', paper: '#ffffff' },
      },
      shape: { borderRadius: 6 },
      typography: {
        fontFamily: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.3 },
        h2: { fontSize: '1.375rem', fontWeight: 600, lineHeight: 1.35 },
        h3: { fontSize: '1.125rem', fontWeight: 600, lineHeight: 1.4 },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiCssBaseline: {
          styleOverrides: {
            ':focus-visible': focusRing,
            'a:focus-visible, button:focus-visible, [tabindex]:focus-visible': focusRing,
            '.visually-hidden': {
              position: 'absolute',
              width: 1,
              height: 1,
              padding: 0,
              margin: -1,
              overflow: 'hidden',
              clip: 'rect(0 0 0 0)',
              whiteSpace: 'nowrap',
              border: 0,
            },
            '@media (prefers-reduced-motion: reduce)': {
              '*, *::before, *::after': { animationDuration: '0.01ms !important', transitionDuration: '0.01ms !important' },
            },
          },
        },
        MuiButtonBase: {
          defaultProps: { LinkComponent: LinkBehavior },
          styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
        },
        MuiLink: {
          defaultProps: { component: LinkBehavior, underline: 'always' },
          styleOverrides: { root: { '&:focus-visible': focusRing } },
        },
        MuiTextField: { defaultProps: { fullWidth: true } },
        MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
        MuiTab: { styleOverrides: { root: { '&.Mui-focusVisible': { ...focusRing, outlineOffset: '-3px' } } } },
        MuiTooltip: { defaultProps: { describeChild: true } },
      },
    },
    nlNL,
  );
}
