import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { EmptyValue } from './EmptyValue';

export interface Definition {
  label: string;
  value: ReactNode;
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Label/value pairs as a real <dl>, two columns on wide screens. */
export function DefinitionList({ items }: { items: Definition[] }) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(10rem, 14rem) 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}
    >
      {items.map((item) => (
        <Box key={item.label} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 600, color: 'text.secondary' }}>
            {item.label}
          </Box>
          <Box component="dd" sx={{ m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere' }}>
            {isEmpty(item.value) ? <EmptyValue /> : item.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
