import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { isApiError } from '@gemeente-crm/web-api-client';
import { TextInput } from '@gemeente-crm/web-forms';
import { formatCurrency, formatDate, formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, ErrorSummary, errorMessage, LoadingState, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import {
  type QuoteDetails,
  type QuoteDocumentFormat,
  useDownloadQuoteDocument,
  useGenerateQuoteDocument,
  useMoveQuote,
  useQuote,
  useUpdateQuote,
} from './quote-api';
import { QuoteLinesEditor, QuoteTotalsView } from './QuoteLinesEditor';
import { centsToEuroText, type EditableLine, parseEuroCents, quantityText, totalsOf } from './quote-totals';

export interface QuoteEditorProps {
  leadId: string;
  quoteId: string;
  canWrite: boolean;
  onBack: () => void;
}

interface Draft {
  quoteDate: string;
  validUntil: string;
  notes: string;
  lines: EditableLine[];
}

function draftOf(quote: QuoteDetails): Draft {
  return {
    quoteDate: quote.quoteDate,
    validUntil: quote.validUntil,
    notes: quote.notes ?? '',
    lines: quote.lines.map((line) => ({ description: line.description, quantity: quantityText(line.quantity), unitPrice: centsToEuroText(line.unitPriceCents), vatRate: line.vatRate })),
  };
}

export const quoteStatusColor = { concept: 'default', verzonden: 'info', geaccepteerd: 'success', afgewezen: 'warning' } as const;

/** One quote: its lines and dates (editable while concept), status actions, documents and versions. */
export function QuoteEditor({ leadId, quoteId, canWrite, onBack }: QuoteEditorProps) {
  const query = useQuote(leadId, quoteId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  // A new version of the record starts a fresh form from what the API returned.
  return <QuoteForm key={query.data.version} quote={query.data} leadId={leadId} canWrite={canWrite} onBack={onBack} />;
}

function QuoteForm({ quote, leadId, canWrite, onBack }: { quote: QuoteDetails; leadId: string; canWrite: boolean; onBack: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const quoteId = quote.id;
  const update = useUpdateQuote(leadId, quoteId);
  const move = useMoveQuote(leadId, quoteId);
  const generate = useGenerateQuoteDocument(leadId, quoteId);
  const download = useDownloadQuoteDocument(leadId, quoteId);
  const [draft, setDraft] = useState<Draft>(() => draftOf(quote));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [decision, setDecision] = useState<'accept' | 'reject' | null>(null);
  const [openRevision, setOpenRevision] = useState<number | null>(null);

  const fail = (error: unknown) => {
    setFailure(error);
    setAttempt((n) => n + 1);
    if (isApiError(error)) setFieldErrors(Object.fromEntries(error.fieldErrors.map((item) => [item.field, item.message])));
  };

  const editable = canWrite && quote.status === 'concept';
  // Unsaved edits are saved first when the user sends or generates, so the document shows what they see.
  const dirty = editable && JSON.stringify(draft) !== JSON.stringify(draftOf(quote));

  /** Saves the draft; the saved quote, or null when it was refused (the errors are shown). */
  const persist = async (): Promise<QuoteDetails | null> => {
    setFailure(null);
    setFieldErrors({});
    const lines = draft.lines.map((line) => ({
      description: line.description,
      quantity: line.quantity.trim().replace(',', '.'),
      unitPriceCents: parseEuroCents(line.unitPrice) ?? Number.NaN,
      vatRate: line.vatRate,
    }));
    const unreadable = lines.flatMap((line, index) => (Number.isNaN(line.unitPriceCents) ? [[`lines.${index}.unitPriceCents`, t('quotes.lines.invalidPrice')]] : []));
    if (unreadable.length > 0) {
      setFieldErrors(Object.fromEntries(unreadable));
      setAttempt((n) => n + 1);
      return null;
    }
    try {
      const saved = await update.mutateAsync({ body: { quoteDate: draft.quoteDate, validUntil: draft.validUntil, notes: draft.notes.trim() || null, lines }, version: quote.version });
      notify(t('quotes.saved'));
      return saved;
    } catch (error) {
      fail(error);
      return null;
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    await persist();
  };

  /** The version to act on: the current one, or the one saving the draft produced. */
  const currentVersion = async (): Promise<number | null> => {
    if (!dirty) return quote.version;
    return (await persist())?.version ?? null;
  };

  const runMove = async (kind: 'send' | 'revisions') => {
    setFailure(null);
    const version = await currentVersion();
    if (version === null) return;
    try {
      const next = await move.mutateAsync({ move: kind, version });
      notify(kind === 'send' ? t('quotes.sent') : t('quotes.newVersionCreated', { revision: next.revision }));
    } catch (error) {
      fail(error);
    }
  };

  const runGenerate = async (format: QuoteDocumentFormat) => {
    setFailure(null);
    if ((await currentVersion()) === null) return;
    try {
      const document = await generate.mutateAsync(format);
      notify(t('quotes.generated', { fileName: document.fileName }));
      await download(document);
    } catch (error) {
      fail(error);
    }
  };

  // Field errors link to their inputs (ids follow the API paths); other failures get one calm sentence.
  const summary = [
    ...Object.entries(fieldErrors).map(([field, message]) => ({ fieldId: `quote-${field.replace(/\./g, '-')}`, message })),
    ...(failure && !(isApiError(failure) && failure.fieldErrors.length > 0) ? [{ message: errorMessage(t, failure) }] : []),
  ];
  const busy = update.isPending || move.isPending || generate.isPending;

  return (
    <Box component="section" aria-labelledby="quote-editor-title">
      <Button startIcon={<ArrowBackIcon />} onClick={onBack} sx={{ mb: 1 }}>
        {t('quotes.back')}
      </Button>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <Typography id="quote-editor-title" variant="h5" component="h2" tabIndex={-1}>
          {t('quotes.editorTitle', { number: quote.displayNumber })}
        </Typography>
        <Chip label={t(`quotes.statuses.${quote.status}`)} color={quoteStatusColor[quote.status]} />
      </Stack>
      {summary.length > 0 && <ErrorSummary items={summary} focusKey={attempt} />}
      {quote.status !== 'concept' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {quote.status === 'geaccepteerd' ? t('quotes.readOnlyAccepted') : t('quotes.readOnly')}
        </Alert>
      )}

      <Box component="form" noValidate onSubmit={save}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
          {editable ? (
            <>
              <TextInput prefix="quote" path="quoteDate" type="date" label={t('quotes.quoteDate')} value={draft.quoteDate} error={fieldErrors['quoteDate']} onChange={(quoteDate) => setDraft({ ...draft, quoteDate })} />
              <TextInput prefix="quote" path="validUntil" type="date" label={t('quotes.validUntil')} value={draft.validUntil} error={fieldErrors['validUntil']} onChange={(validUntil) => setDraft({ ...draft, validUntil })} />
            </>
          ) : (
            <Typography>
              {t('quotes.quoteDate')}: {formatDate(quote.quoteDate)} · {t('quotes.validUntil')}: {formatDate(quote.validUntil)}
            </Typography>
          )}
        </Stack>
        {editable ? (
          <TextInput
            prefix="quote"
            path="notes"
            label={t('quotes.notes')}
            helperText={t('quotes.notesHelp')}
            multiline
            value={draft.notes}
            error={fieldErrors['notes']}
            onChange={(notes) => setDraft({ ...draft, notes })}
            sx={{ mb: 2, width: '100%' }}
          />
        ) : (
          quote.notes && <Typography sx={{ mb: 2, whiteSpace: 'pre-line' }}>{quote.notes}</Typography>
        )}
        <QuoteLinesEditor lines={draft.lines} onChange={(lines) => setDraft({ ...draft, lines })} errors={fieldErrors} readOnly={!editable} />
        {editable && (
          <Button type="submit" variant="contained" disabled={busy} sx={{ mt: 2 }}>
            {t('quotes.actions.save')}
          </Button>
        )}
      </Box>

      {canWrite && (
        <Stack direction="row" spacing={1} sx={{ mt: 3, flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="outlined" disabled={busy} onClick={() => void runGenerate('pdf')}>
            {t('quotes.actions.generatePdf')}
          </Button>
          <Button variant="outlined" disabled={busy} onClick={() => void runGenerate('docx')}>
            {t('quotes.actions.generateWord')}
          </Button>
          {quote.status === 'concept' && (
            <Button variant="contained" color="secondary" disabled={busy} onClick={() => void runMove('send')}>
              {t('quotes.actions.send')}
            </Button>
          )}
          {quote.status === 'verzonden' && (
            <>
              <Button variant="contained" color="success" disabled={busy} onClick={() => setDecision('accept')}>
                {t('quotes.actions.accept')}
              </Button>
              <Button variant="outlined" color="warning" disabled={busy} onClick={() => setDecision('reject')}>
                {t('quotes.actions.reject')}
              </Button>
            </>
          )}
          {(quote.status === 'verzonden' || quote.status === 'afgewezen') && (
            <Button variant="outlined" disabled={busy} onClick={() => void runMove('revisions')}>
              {t('quotes.actions.newVersion')}
            </Button>
          )}
        </Stack>
      )}

      <Box component="section" aria-labelledby="quote-documents-title" sx={{ mt: 4 }}>
        <Typography id="quote-documents-title" variant="h6" component="h3">
          {t('quotes.documents')}
        </Typography>
        {quote.documents.length === 0 ? (
          <Typography color="text.secondary">{t('quotes.noDocuments')}</Typography>
        ) : (
          <List dense>
            {quote.documents.map((document) => (
              <ListItem key={document.id} disableGutters>
                <Link
                  component="button"
                  type="button"
                  aria-label={t('quotes.download', { fileName: document.fileName })}
                  onClick={() => void download(document).catch(fail)}
                >
                  {t('quotes.documentOf', { fileName: document.fileName, revision: document.revision, date: formatDateTime(document.createdAt) })}
                </Link>
              </ListItem>
            ))}
          </List>
        )}
      </Box>

      <Box component="section" aria-labelledby="quote-versions-title" sx={{ mt: 3 }}>
        <Typography id="quote-versions-title" variant="h6" component="h3">
          {t('quotes.versions')}
        </Typography>
        <Typography>{t('quotes.currentVersion', { revision: quote.revision })}</Typography>
        <List dense>
          {quote.revisions.map((revision) => {
            const shown = openRevision === revision.revision;
            return (
              <ListItem key={revision.revision} disableGutters sx={{ display: 'block' }}>
                <Typography component="span">
                  {t('quotes.versionSent', { revision: revision.revision, date: formatDateTime(revision.sentAt), total: formatCurrency(revision.totals.totalCents / 100) })}
                </Typography>{' '}
                <Button size="small" aria-expanded={shown} onClick={() => setOpenRevision(shown ? null : revision.revision)}>
                  {shown ? t('quotes.hideVersion', { revision: revision.revision }) : t('quotes.showVersion', { revision: revision.revision })}
                </Button>
                {shown && (
                  <Box sx={{ pl: 2, borderLeft: 2, borderColor: 'divider' }}>
                    <QuoteTotalsView
                      totals={totalsOf(
                        revision.lines.map((line) => ({ description: line.description, quantity: quantityText(line.quantity), unitPrice: centsToEuroText(line.unitPriceCents), vatRate: line.vatRate })),
                      )}
                    />
                  </Box>
                )}
              </ListItem>
            );
          })}
        </List>
      </Box>

      <ReasonDialog
        open={decision !== null}
        title={decision === 'reject' ? t('quotes.rejectTitle', { number: quote.displayNumber }) : t('quotes.acceptTitle', { number: quote.displayNumber })}
        description={decision === 'reject' ? t('quotes.rejectDescription') : t('quotes.acceptDescription')}
        confirmLabel={decision === 'reject' ? t('quotes.actions.reject').replace('…', '') : t('quotes.actions.accept').replace('…', '')}
        destructive={decision === 'reject'}
        onClose={() => setDecision(null)}
        onConfirm={async (reason) => {
          const kind = decision!;
          await move.mutateAsync({ move: kind, version: quote.version, reason, revision: quote.revision });
          setDecision(null);
          notify(kind === 'accept' ? t('quotes.accepted') : t('quotes.rejected'));
        }}
      />
    </Box>
  );
}
