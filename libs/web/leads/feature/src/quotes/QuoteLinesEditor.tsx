import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { formatCurrency, useTranslation } from '@gemeente-crm/web-i18n';
import { VisuallyHidden } from '@gemeente-crm/web-ui';
import { type EditableLine, lineAmounts, parseEuroCents, parseQuantityMilli, totalsOf, VAT_RATES } from './quote-totals';

export interface QuoteLinesEditorProps {
  lines: EditableLine[];
  onChange: (lines: EditableLine[]) => void;
  /** API field errors by path, e.g. `lines.0.quantity`. */
  errors?: Record<string, string>;
  readOnly?: boolean;
}

/** Input id of a line field, matching the API path so the error summary can link to it. */
export function lineFieldId(index: number, field: string): string {
  return `quote-lines-${index}-${field}`;
}

const euros = (cents: number) => formatCurrency(cents / 100);

/** The lines of a quote as an editable table, with the totals per VAT rate updating as you type. */
export function QuoteLinesEditor({ lines, onChange, errors = {}, readOnly = false }: QuoteLinesEditorProps) {
  const { t } = useTranslation();
  const totals = totalsOf(lines);

  const update = (index: number, patch: Partial<EditableLine>) => onChange(lines.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  const add = () => {
    onChange([...lines, { description: '', quantity: '1', unitPrice: '', vatRate: 21 }]);
    // Focus the new line's description, so keyboard users continue where the row appeared.
    requestAnimationFrame(() => document.getElementById(lineFieldId(lines.length, 'description'))?.focus());
  };
  const remove = (index: number) => {
    onChange(lines.filter((_, at) => at !== index));
    requestAnimationFrame(() => (document.getElementById(lineFieldId(Math.max(0, index - 1), 'description')) ?? document.getElementById('quote-lines-add'))?.focus());
  };

  const localError = (index: number, field: 'quantity' | 'unitPriceCents') => {
    const line = lines[index]!;
    if (field === 'quantity' && line.quantity.trim() && (parseQuantityMilli(line.quantity) ?? 0) <= 0) return t('quotes.lines.invalidQuantity');
    if (field === 'unitPriceCents' && line.unitPrice.trim() && parseEuroCents(line.unitPrice) === null) return t('quotes.lines.invalidPrice');
    return errors[`lines.${index}.${field}`];
  };

  return (
    <Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="quote-lines-caption">
          <caption id="quote-lines-caption" style={{ captionSide: 'top', textAlign: 'left', padding: 0 }}>
            <Typography component="span" variant="h6">
              {t('quotes.lines.caption')}
            </Typography>
          </caption>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('quotes.lines.description')}</TableCell>
              <TableCell scope="col" sx={{ width: 110 }}>
                {t('quotes.lines.quantity')}
              </TableCell>
              <TableCell scope="col" sx={{ width: 160 }}>
                {t('quotes.lines.unitPrice')}
              </TableCell>
              <TableCell scope="col" sx={{ width: 120 }}>
                {t('quotes.lines.vatRate')}
              </TableCell>
              <TableCell scope="col" align="right" sx={{ width: 140 }}>
                {t('quotes.lines.amount')}
              </TableCell>
              {!readOnly && (
                <TableCell scope="col" sx={{ width: 60 }}>
                  <VisuallyHidden>{t('quotes.lines.actions')}</VisuallyHidden>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.length === 0 && (
              <TableRow>
                <TableCell colSpan={readOnly ? 5 : 6}>{t('quotes.lines.empty')}</TableCell>
              </TableRow>
            )}
            {lines.map((line, index) => {
              const amounts = lineAmounts(line);
              const label = (field: string) => t('quotes.lines.lineLabel', { index: index + 1, field });
              if (readOnly) {
                return (
                  <TableRow key={index}>
                    <TableCell>{line.description}</TableCell>
                    <TableCell>{line.quantity}</TableCell>
                    <TableCell>{euros(parseEuroCents(line.unitPrice) ?? 0)}</TableCell>
                    <TableCell>{line.vatRate}%</TableCell>
                    <TableCell align="right">{amounts ? euros(amounts.netCents) : ''}</TableCell>
                  </TableRow>
                );
              }
              const descriptionError = errors[`lines.${index}.description`];
              const quantityError = localError(index, 'quantity');
              const priceError = localError(index, 'unitPriceCents');
              const vatError = errors[`lines.${index}.vatRate`];
              return (
                <TableRow key={index}>
                  <TableCell>
                    <TextField
                      id={lineFieldId(index, 'description')}
                      value={line.description}
                      onChange={(event) => update(index, { description: event.target.value })}
                      size="small"
                      fullWidth
                      multiline
                      error={Boolean(descriptionError)}
                      helperText={descriptionError}
                      slotProps={{ htmlInput: { 'aria-label': label(t('quotes.lines.description')), maxLength: 1000 } }}
                    />
                  </TableCell>
                  <TableCell>
                    <TextField
                      id={lineFieldId(index, 'quantity')}
                      value={line.quantity}
                      onChange={(event) => update(index, { quantity: event.target.value })}
                      size="small"
                      error={Boolean(quantityError)}
                      helperText={quantityError}
                      slotProps={{ htmlInput: { 'aria-label': label(t('quotes.lines.quantity')), inputMode: 'decimal' } }}
                    />
                  </TableCell>
                  <TableCell>
                    <TextField
                      id={lineFieldId(index, 'unitPriceCents')}
                      value={line.unitPrice}
                      onChange={(event) => update(index, { unitPrice: event.target.value })}
                      size="small"
                      error={Boolean(priceError)}
                      helperText={priceError}
                      slotProps={{ htmlInput: { 'aria-label': label(t('quotes.lines.unitPrice')), inputMode: 'decimal' } }}
                    />
                  </TableCell>
                  <TableCell>
                    <TextField
                      id={lineFieldId(index, 'vatRate')}
                      select
                      sx={{ minWidth: 96 }}
                      value={String(line.vatRate)}
                      onChange={(event) => update(index, { vatRate: Number(event.target.value) })}
                      size="small"
                      error={Boolean(vatError)}
                      helperText={vatError}
                      slotProps={{ select: { native: true }, htmlInput: { 'aria-label': label(t('quotes.lines.vatRate')) } }}
                    >
                      {VAT_RATES.map((rate) => (
                        <option key={rate} value={rate}>
                          {t('quotes.lines.vatRateOption', { rate })}
                        </option>
                      ))}
                    </TextField>
                  </TableCell>
                  <TableCell align="right" data-testid={`quote-line-${index}-amount`}>
                    {amounts ? euros(amounts.netCents) : ''}
                  </TableCell>
                  <TableCell>
                    <IconButton aria-label={t('quotes.lines.remove', { index: index + 1 })} onClick={() => remove(index)}>
                      <DeleteOutlineIcon />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      {!readOnly && (
        <Button id="quote-lines-add" startIcon={<AddIcon />} onClick={add} sx={{ mt: 1 }}>
          {t('quotes.lines.add')}
        </Button>
      )}
      <QuoteTotalsView totals={totals} />
    </Box>
  );
}

/** The totals as a small definition list, announced politely as they change. */
export function QuoteTotalsView({ totals }: { totals: ReturnType<typeof totalsOf> }) {
  const { t } = useTranslation();
  const rows: [string, string, boolean][] = [
    [t('quotes.totals.subtotal'), euros(totals.subtotalCents), false],
    ...totals.perVatRate.map((rate): [string, string, boolean] => [t('quotes.totals.vatAt', { rate: rate.vatRate, base: euros(rate.netCents) }), euros(rate.vatCents), false]),
    [t('quotes.totals.total'), euros(totals.totalCents), true],
  ];
  return (
    <Box component="section" aria-labelledby="quote-totals-title" sx={{ mt: 2, ml: 'auto', maxWidth: 420 }}>
      <Typography id="quote-totals-title" variant="h6" component="h3">
        {t('quotes.totals.title')}
      </Typography>
      <Box component="dl" aria-live="polite" sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, rowGap: 0.5, m: 0 }}>
        {rows.map(([label, value, strong]) => (
          <Box key={label} sx={{ display: 'contents', fontWeight: strong ? 700 : 400 }}>
            <Box component="dt">{label}</Box>
            <Box component="dd" sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('quotes.totals.rounding')}
      </Typography>
    </Box>
  );
}
