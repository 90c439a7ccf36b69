import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { isApiError } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorSummary, errorMessage, type SummaryItem } from '@gemeente-crm/web-ui';
import { fieldId } from './values';

export interface FormFrameProps {
  idPrefix: string;
  label: string;
  errors: Record<string, string>;
  summary: string[];
  failure: Error | null;
  submitting: boolean;
  submitCount: number;
  restored: boolean;
  onDiscardDraft: () => void;
  reapplied: boolean;
  onDismissReapplied: () => void;
  onSubmit: () => void;
  onCancel: () => void;
  fieldOrder: readonly string[];
  labelFor: (field: string) => string;
  children: ReactNode;
}

/**
 * The frame around every create/edit form: error summary (focused after a failed save), calm
 * failure message with "Opnieuw proberen" that keeps the input, draft-restored notice, and
 * the save/cancel buttons.
 */
export function FormFrame(props: FormFrameProps) {
  const { t } = useTranslation();
  const failureRef = useRef<HTMLDivElement>(null);
  const items: SummaryItem[] = [
    ...props.fieldOrder.filter((field) => props.errors[field]).map((field) => ({ fieldId: fieldId(props.idPrefix, field), message: `${props.labelFor(field)}: ${props.errors[field]}` })),
    ...props.summary.map((message) => ({ message })),
  ];

  useEffect(() => {
    if (props.failure) failureRef.current?.focus();
  }, [props.failure]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };

  const retryable = props.failure && (!isApiError(props.failure) || props.failure.retryable);

  return (
    <Box component="form" noValidate onSubmit={onSubmit} aria-label={props.label} aria-busy={props.submitting}>
      {props.restored ? (
        <Alert
          severity="info"
          sx={{ mb: 3 }}
          action={
            <Button color="inherit" size="small" onClick={props.onDiscardDraft}>
              {t('form.discardDraft')}
            </Button>
          }
        >
          {t('form.draftRestored')}
        </Alert>
      ) : null}
      {props.reapplied ? (
        <Alert severity="info" sx={{ mb: 3 }} onClose={props.onDismissReapplied} role="status">
          {t('conflict.reapplied')}
        </Alert>
      ) : null}
      <ErrorSummary items={items} focusKey={props.submitCount} />
      {props.failure ? (
        <Alert
          severity={isApiError(props.failure) && props.failure.kind === 'forbidden' ? 'error' : 'warning'}
          ref={failureRef}
          tabIndex={-1}
          sx={{ mb: 3 }}
          action={
            retryable ? (
              <Button color="inherit" size="small" type="submit" disabled={props.submitting}>
                {t('errors.retry')}
              </Button>
            ) : undefined
          }
        >
          {errorMessage(t, props.failure)} {t('errors.inputKept')}
        </Alert>
      ) : null}
      {props.children}
      <Box sx={{ display: 'flex', gap: 2, mt: 4, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" size="large" disabled={props.submitting}>
          {props.submitting ? t('common.saving') : t('common.save')}
        </Button>
        <Button size="large" onClick={props.onCancel} disabled={props.submitting}>
          {t('common.cancel')}
        </Button>
      </Box>
    </Box>
  );
}
