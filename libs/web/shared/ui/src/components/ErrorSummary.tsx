import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useEffect, useRef } from 'react';
import { useTranslation } from '@gemeente-crm/web-i18n';

export interface SummaryItem {
  /** id of the input to jump to; absent for problems that belong to no single field. */
  fieldId?: string;
  message: string;
}

/**
 * The list of problems at the top of a form after a failed save (GOV.UK/NL Design System
 * pattern): receives focus so screen readers read it; each item links to its field.
 */
export function ErrorSummary({ items, focusKey }: { items: SummaryItem[]; focusKey?: unknown }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Focus on every failed submit (focusKey changes), not on every keystroke.
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (!items.length) return null;
  return (
    <Alert severity="error" ref={ref} tabIndex={-1} sx={{ mb: 3 }} aria-labelledby="error-summary-title">
      <AlertTitle id="error-summary-title">{t('form.errorSummary', { count: items.length })}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                style={{ color: 'inherit' }}
                onClick={(event) => {
                  const target = document.getElementById(item.fieldId as string);
                  if (target) {
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView?.({ block: 'center' });
                  }
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
