import type { ReactNode } from 'react';

/** Text for screen readers only. `live` makes it a polite status region (result counts etc.). */
export function VisuallyHidden({ children, live, id }: { children: ReactNode; live?: boolean; id?: string }) {
  return (
    <span className="visually-hidden" id={id} {...(live ? { role: 'status', 'aria-live': 'polite' as const } : {})}>
      {children}
    </span>
  );
}
