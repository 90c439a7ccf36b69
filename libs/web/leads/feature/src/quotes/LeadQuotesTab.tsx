import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSession } from '@gemeente-crm/web-auth';
import { formatCurrency, formatDate, useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, errorMessage, LoadingState, useNotify } from '@gemeente-crm/web-ui';
import { useCreateQuote, useLeadQuotes } from './quote-api';
import { QuoteEditor, quoteStatusColor } from './QuoteEditor';

/**
 * The "Offertes" tab of a lead: its quotes with status and total, a button for a new one, and the
 * editor of the quote picked. Mounted by the lead detail page.
 */
export function LeadQuotesTab({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { can } = useSession();
  const canWrite = can('leads:write');
  const quotes = useLeadQuotes(leadId);
  const create = useCreateQuote(leadId);
  const [selected, setSelected] = useState<string | null>(null);

  const back = () => {
    setSelected(null);
    requestAnimationFrame(() => document.getElementById('lead-quotes-title')?.focus());
  };

  if (selected) return <QuoteEditor leadId={leadId} quoteId={selected} canWrite={canWrite} onBack={back} />;
  if (quotes.isPending) return <LoadingState />;
  if (quotes.isError) return <ErrorState error={quotes.error} onRetry={() => void quotes.refetch()} />;

  const createQuote = async () => {
    try {
      const quote = await create.mutateAsync({ lines: [] });
      notify(t('quotes.created', { number: quote.displayNumber }));
      setSelected(quote.id);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    }
  };

  return (
    <Box component="section" aria-labelledby="lead-quotes-title">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 2, flexWrap: 'wrap' }}>
        <Typography id="lead-quotes-title" variant="h5" component="h2" tabIndex={-1}>
          {t('quotes.list')}
        </Typography>
        {canWrite && (
          <Button variant="contained" startIcon={<AddIcon />} disabled={create.isPending} onClick={() => void createQuote()}>
            {t('quotes.newQuote')}
          </Button>
        )}
      </Box>
      {quotes.data.items.length === 0 ? (
        <Typography color="text.secondary">{t('quotes.empty')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="lead-quotes-title">
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('quotes.number')}</TableCell>
              <TableCell scope="col">{t('quotes.status')}</TableCell>
              <TableCell scope="col">{t('quotes.validUntil')}</TableCell>
              <TableCell scope="col" align="right">
                {t('quotes.total')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {quotes.data.items.map((quote) => (
              <TableRow key={quote.id} hover>
                <TableCell>
                  <Link component="button" type="button" onClick={() => setSelected(quote.id)} aria-label={t('quotes.openQuote', { number: quote.displayNumber })}>
                    {quote.displayNumber}
                  </Link>
                </TableCell>
                <TableCell>
                  <Chip size="small" label={t(`quotes.statuses.${quote.status}`)} color={quoteStatusColor[quote.status]} />
                </TableCell>
                <TableCell>{formatDate(quote.validUntil)}</TableCell>
                <TableCell align="right">{formatCurrency(quote.totals.totalCents / 100)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
