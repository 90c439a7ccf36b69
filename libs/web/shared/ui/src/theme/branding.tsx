import { createContext, type ReactNode, useContext } from 'react';
import type { MunicipalBranding } from './theme';

const BrandingContext = createContext<MunicipalBranding>({
  name: 'Gemeente',
  logoUrl: null,
  primaryColor: '#1f3a5f',
  secondaryColor: '#1f3a5f',
});

/** The gemeente's name, logo and colours from `/api/v1/app-config` (configuration, not code). */
export function BrandingProvider({ branding, children }: { branding: MunicipalBranding; children: ReactNode }) {
  return <BrandingContext.Provider value={branding}>{children}</BrandingContext.Provider>;
}

export function useBranding(): MunicipalBranding {
  return useContext(BrandingContext);
}
