import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Pagination from '@mui/material/Pagination';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useId, useState } from 'react';
import { fieldErrorMessages, isApiError, type KvkCompanyHit, type KvkCompanyProfile, type KvkSearchQuery, useApiClient } from '@gemeente-crm/web-api-client';
import { formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { fetchKvkProfile, KVK_PAGE_SIZE, useKvkSearch } from '@gemeente-crm/web-relations-data-access';
import { errorMessage, LoadingState, VisuallyHidden } from '@gemeente-crm/web-ui';

export interface KvkSearchDialogProps {
  open: boolean;
  onClose: () => void;
  /** The chosen company's profile (for the prefill) and the search hit it was chosen from. */
  onChoose: (profile: KvkCompanyProfile, hit: KvkCompanyHit) => void;
}

/** "12345678" (spaces allowed) is a KvK number; anything else is searched as a name. */
export function kvkQueryFrom(text: string, city: string): Omit<KvkSearchQuery, 'page'> {
  const compact = text.replace(/\s/g, '');
  const place = city.trim() || undefined;
  return /^\d{8}$/.test(compact) ? { kvkNumber: compact, city: place } : { name: text.trim(), city: place };
}

function hitAddress(hit: KvkCompanyHit): string {
  const number = [hit.houseNumber, hit.houseNumberAddition].filter(Boolean).join(' ');
  const line1 = [hit.street, number].filter(Boolean).join(' ');
  const line2 = [hit.postcode, hit.city].filter(Boolean).join(' ');
  return [line1, line2].filter(Boolean).join(', ');
}

const hitKey = (hit: KvkCompanyHit) => `${hit.kvkNumber}:${hit.vestigingsnummer ?? ''}:${hit.type}`;

/**
 * "Zoeken in KvK" on a new organisation: search the Handelsregister by name or KvK number (and
 * optionally a place), pick a result, and its profile prefills the form. The search stays as it
 * was when the dialog is opened again.
 */
export function KvkSearchDialog({ open, onClose, onChoose }: KvkSearchDialogProps) {
  const { t } = useTranslation();
  const client = useApiClient();
  const titleId = useId();
  const introId = useId();
  const [text, setText] = useState('');
  const [city, setCity] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ query?: string; city?: string }>({});
  const [query, setQuery] = useState<KvkSearchQuery | null>(null);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [chooseFailure, setChooseFailure] = useState<unknown>(null);
  const search = useKvkSearch(query);

  // 422 from the API (e.g. a KvK number of 7 digits) lands next to the field it is about.
  const apiFieldErrors = search.error ? fieldErrorMessages(search.error) : {};
  const queryError = fieldErrors.query ?? apiFieldErrors['kvkNumber'] ?? apiFieldErrors['name'];
  const cityError = fieldErrors.city ?? apiFieldErrors['city'];
  const otherFailure = search.isError && !apiFieldErrors['kvkNumber'] && !apiFieldErrors['name'] && !apiFieldErrors['city'] ? search.error : null;
  const unavailable = isApiError(otherFailure) && otherFailure.status === 503;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setChooseFailure(null);
    if (!text.trim()) {
      setFieldErrors({ query: t('kvk.queryRequired') });
      return;
    }
    setFieldErrors({});
    const next: KvkSearchQuery = { ...kvkQueryFrom(text, city), page: 1 };
    // The same search again (e.g. after "KvK niet bereikbaar") asks KvK again.
    if (JSON.stringify(next) === JSON.stringify(query)) void search.refetch();
    else setQuery(next);
  };

  const choose = async (hit: KvkCompanyHit) => {
    setChoosing(hitKey(hit));
    setChooseFailure(null);
    try {
      const profile = await fetchKvkProfile(client, hit.kvkNumber);
      onChoose(profile, hit);
      onClose();
    } catch (error) {
      setChooseFailure(error);
    } finally {
      setChoosing(null);
    }
  };

  const data = search.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || KVK_PAGE_SIZE))) : 1;
  const announcement = data
    ? data.totalIsExact === false
      ? t('kvk.resultsEstimated', { count: data.total })
      : t('kvk.resultsAnnouncement', { count: data.total })
    : '';

  return (
    <Dialog open={open} onClose={choosing ? undefined : onClose} aria-labelledby={titleId} aria-describedby={introId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('kvk.searchTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={introId} sx={{ mb: 2 }}>
          {t('kvk.searchIntro')}
        </DialogContentText>
        <Box component="form" role="search" aria-label={t('kvk.searchFormLabel')} noValidate onSubmit={submit} sx={{ pt: 1 }}>
          <Grid container spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Grid size={{ xs: 12, sm: 6 }}>
              <TextField
                id="kvk-search-query"
                autoFocus
                required
                label={t('kvk.query')}
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                  if (fieldErrors.query) setFieldErrors((previous) => ({ ...previous, query: undefined }));
                }}
                error={Boolean(queryError)}
                helperText={queryError ?? t('kvk.queryHelp')}
                slotProps={{ htmlInput: { maxLength: 200, autoComplete: 'off', spellCheck: false } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                id="kvk-search-city"
                label={t('kvk.city')}
                value={city}
                onChange={(event) => setCity(event.target.value)}
                error={Boolean(cityError)}
                helperText={cityError ?? ' '}
                slotProps={{ htmlInput: { maxLength: 100, autoComplete: 'off' } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 2 }}>
              <Button type="submit" variant="contained" size="large" fullWidth sx={{ mt: { sm: 0.5 } }} disabled={search.isFetching}>
                {t('kvk.search')}
              </Button>
            </Grid>
          </Grid>
        </Box>

        <VisuallyHidden live>{search.isFetching ? t('kvk.searching') : announcement}</VisuallyHidden>
        <Box sx={{ height: 4, my: 1 }}>{search.isFetching && data ? <LinearProgress aria-hidden="true" /> : null}</Box>

        {chooseFailure ? (
          <Alert severity={isApiError(chooseFailure) && chooseFailure.status === 503 ? 'info' : 'warning'} sx={{ mb: 2 }} role="alert">
            {errorMessage(t, chooseFailure)}
          </Alert>
        ) : null}

        {otherFailure ? (
          <Alert
            severity={unavailable ? 'info' : 'warning'}
            role="alert"
            sx={{ mb: 2 }}
            action={
              !isApiError(otherFailure) || otherFailure.retryable ? (
                <Button color="inherit" size="small" onClick={() => void search.refetch()}>
                  {t('errors.retry')}
                </Button>
              ) : undefined
            }
          >
            {unavailable ? <AlertTitle>{t('kvk.unavailableTitle')}</AlertTitle> : null}
            {errorMessage(t, otherFailure)}
          </Alert>
        ) : null}

        {query && search.isPending && search.isFetching ? <LoadingState label={t('kvk.searching')} minHeight={120} /> : null}

        {data && !otherFailure ? (
          data.items.length === 0 ? (
            <Typography sx={{ py: 2 }}>{t('kvk.noResults')}</Typography>
          ) : (
            <>
              <Typography sx={{ mb: 1 }} color="text.secondary" aria-hidden="true">
                {announcement}
              </Typography>
              <Box component="ul" aria-label={t('kvk.results')} aria-busy={search.isFetching} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
                {data.items.map((hit) => {
                  const key = hitKey(hit);
                  const detailsId = `kvk-hit-${key.replace(/[^a-z0-9-]/gi, '-')}`;
                  const address = hitAddress(hit);
                  return (
                    <Paper component="li" variant="outlined" key={key} sx={{ p: 2, display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                      <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
                        <Typography component="p" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                          {hit.name}
                        </Typography>
                        <Box id={detailsId}>
                          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', my: 0.5 }}>
                            <Chip size="small" variant="outlined" label={t(`kvk.type.${hit.type}`)} />
                            {!hit.active ? <Chip size="small" variant="outlined" color="warning" label={t('kvk.ended')} /> : null}
                            <Typography variant="body2" component="span">
                              {t('kvk.kvkNumberShort', { kvkNumber: hit.kvkNumber })}
                              {hit.vestigingsnummer ? ` · ${t('kvk.vestigingShort', { number: hit.vestigingsnummer })}` : null}
                            </Typography>
                          </Box>
                          {address ? (
                            <Typography variant="body2" color="text.secondary">
                              {address}
                            </Typography>
                          ) : null}
                        </Box>
                      </Box>
                      <Button
                        variant="outlined"
                        onClick={() => void choose(hit)}
                        disabled={choosing !== null}
                        aria-label={t('kvk.chooseLabel', { name: hit.name })}
                        aria-describedby={detailsId}
                      >
                        {choosing === key ? t('kvk.choosing') : t('kvk.choose')}
                      </Button>
                    </Paper>
                  );
                })}
              </Box>
              {pages > 1 ? (
                <Box component="nav" aria-label={t('kvk.resultsPagination')} sx={{ mt: 2, display: 'flex', justifyContent: 'center' }}>
                  <Pagination
                    count={pages}
                    page={query?.page ?? 1}
                    onChange={(_event, page) => setQuery((previous) => (previous ? { ...previous, page } : previous))}
                    getItemAriaLabel={(type, item) =>
                      type === 'page' ? t('common.page', { page: formatNumber(item ?? 0) }) : type === 'previous' ? t('common.previousPage') : type === 'next' ? t('common.nextPage') : String(type)
                    }
                  />
                </Box>
              ) : null}
            </>
          )
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={choosing !== null}>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
