import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { isApiError, type KvkField, mapFieldErrors, type Organisation, useApiClient } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { fetchOrganisation, relationKeys, useKvkDifferences, useOwners, useRelationTypes, useUpdateFromKvk } from '@gemeente-crm/web-relations-data-access';
import { EmptyValue, ErrorState, errorMessage, LoadingState, useNotify } from '@gemeente-crm/web-ui';
import { ConflictDialog } from '../shared/ConflictDialog';
import type { Conflict } from '../shared/useRecordEditor';
import { organisationFieldLabel } from './OrganisationForm';
import { organisationDisplayValue } from './organisationDisplay';
import { applyKvkDifferences, changedOrganisationKeys, kvkValueText, ORGANISATION_KEYS, type OrganisationFormValues, organisationToValues } from './organisationForm';

/**
 * "Bijwerken vanuit KvK": the fields where the organisation differs from the Handelsregister,
 * current value next to KvK's, each with a checkbox (all chosen at first). Applies the chosen
 * ones with If-Match on the version compared; a 412 opens the conflict dialog (see what someone
 * else changed, then compare again or stop), a 503 a calm "KvK niet bereikbaar".
 */
export function KvkUpdateDialog({ organisation, onClose }: { organisation: Organisation; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const titleId = useId();
  const reasonId = useId();
  const differences = useKvkDifferences(organisation.id);
  const update = useUpdateFromKvk(organisation.id);
  const relationTypes = useRelationTypes();
  const owners = useOwners();
  /** null: everything that differs (the default); otherwise the user's choice. */
  const [selection, setSelection] = useState<KvkField[] | null>(null);
  const [reason, setReason] = useState<string>(() => t('kvk.defaultReason'));
  const [errors, setErrors] = useState<{ fields?: string; reason?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict<OrganisationFormValues, Organisation> | null>(null);
  const [comparedAgain, setComparedAgain] = useState(false);

  const data = differences.data;
  const rows = data?.differences ?? [];
  const fields = rows.map((row) => row.field);
  const selected = selection === null ? fields : selection.filter((field) => fields.includes(field));
  const busy = update.isPending;

  // The page shows an older version than KvK was compared with: bring it up to date.
  const comparedVersion = data?.version;
  useEffect(() => {
    if (comparedVersion !== undefined && comparedVersion > organisation.version) void queryClient.invalidateQueries({ queryKey: relationKeys.organisation(organisation.id), exact: true });
  }, [comparedVersion, organisation.id, organisation.version, queryClient]);

  const toggle = (field: KvkField, on: boolean) => {
    setSelection(on ? [...new Set([...selected, field])] : selected.filter((item) => item !== field));
    setErrors((previous) => ({ ...previous, fields: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!data) return;
    setFailure(null);
    setUnplaced([]);
    if (selected.length === 0) {
      setErrors({ fields: t('kvk.noneSelected') });
      return;
    }
    setErrors({});
    try {
      await update.mutateAsync({ version: data.version, fields: selected, reason: reason.trim() || t('kvk.defaultReason') });
      notify(t('kvk.applied', { count: selected.length }));
      onClose();
    } catch (error) {
      if (isApiError(error) && error.kind === 'stale-version') {
        try {
          const fresh = await fetchOrganisation(client, organisation.id);
          const base = organisationToValues(organisation);
          setConflict({ base, mine: applyKvkDifferences(base, rows, selected), theirs: organisationToValues(fresh), current: fresh });
        } catch (freshError) {
          setFailure(freshError);
        }
        return;
      }
      if (isApiError(error) && error.kind === 'validation') {
        const { known, unplaced: rest } = mapFieldErrors(error, ['fields', 'reason']);
        setErrors({ fields: known['fields'], reason: known['reason'] });
        setUnplaced(rest);
        if (!Object.keys(known).length && !rest.length) setFailure(error);
        return;
      }
      setFailure(error);
    }
  };

  const compareAgain = () => {
    if (!conflict) return;
    queryClient.setQueryData(relationKeys.organisation(organisation.id), conflict.current);
    setConflict(null);
    setComparedAgain(true);
    void differences.refetch();
  };

  const stop = () => {
    if (!conflict) return;
    queryClient.setQueryData(relationKeys.organisation(organisation.id), conflict.current);
    setConflict(null);
    onClose();
  };

  const allChecked = fields.length > 0 && selected.length === fields.length;
  const unavailable = isApiError(differences.error) && differences.error.status === 503;
  const failureIsKvk = isApiError(failure) && failure.status === 503;

  return (
    <>
      <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
        <Box component="form" noValidate onSubmit={submit}>
          <DialogTitle id={titleId}>{t('kvk.updateTitle', { name: organisation.name })}</DialogTitle>
          <DialogContent>
            {differences.isPending ? (
              <LoadingState label={t('kvk.loadingDifferences')} />
            ) : differences.isError ? (
              unavailable ? (
                <Alert
                  severity="info"
                  action={
                    <Button color="inherit" size="small" onClick={() => void differences.refetch()}>
                      {t('errors.retry')}
                    </Button>
                  }
                >
                  <AlertTitle>{t('kvk.unavailableTitle')}</AlertTitle>
                  {errorMessage(t, differences.error)}
                </Alert>
              ) : (
                <ErrorState error={differences.error} onRetry={() => void differences.refetch()} />
              )
            ) : (
              <>
                {comparedAgain ? (
                  <Alert severity="info" role="status" sx={{ mb: 2 }} onClose={() => setComparedAgain(false)} closeText={t('common.close')}>
                    {t('kvk.comparedAgain')}
                  </Alert>
                ) : null}
                {!data?.company.active ? (
                  <Alert severity="warning" sx={{ mb: 2 }}>
                    {t('kvk.companyEnded')}
                  </Alert>
                ) : null}
                {failure ? (
                  <Alert severity={failureIsKvk ? 'info' : 'warning'} role="alert" sx={{ mb: 2 }}>
                    {failureIsKvk ? <AlertTitle>{t('kvk.unavailableTitle')}</AlertTitle> : null}
                    {errorMessage(t, failure)} {t('errors.inputKept')}
                  </Alert>
                ) : null}
                {unplaced.length ? (
                  <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                    <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
                      {unplaced.map((message) => (
                        <li key={message}>{message}</li>
                      ))}
                    </ul>
                  </Alert>
                ) : null}
                {rows.length === 0 ? (
                  <Typography role="status">{t('kvk.noDifferences')}</Typography>
                ) : (
                  <>
                    <DialogContentText sx={{ mb: 2 }}>{t('kvk.updateIntro')}</DialogContentText>
                    {errors.fields ? (
                      <Typography id="kvk-update-fields-error" role="alert" color="error" sx={{ mb: 1, fontWeight: 600 }}>
                        {errors.fields}
                      </Typography>
                    ) : null}
                    <TableContainer sx={{ border: 1, borderColor: errors.fields ? 'error.main' : 'divider', borderRadius: 1 }}>
                      <Table size="small" aria-label={t('kvk.differencesTable')}>
                        <TableHead>
                          <TableRow>
                            <TableCell padding="checkbox">
                              <Checkbox
                                checked={allChecked}
                                indeterminate={selected.length > 0 && !allChecked}
                                onChange={(event) => {
                                  setSelection(event.target.checked ? fields : []);
                                  setErrors((previous) => ({ ...previous, fields: undefined }));
                                }}
                                slotProps={{ input: { 'aria-label': t('kvk.selectAll') } }}
                              />
                            </TableCell>
                            <TableCell scope="col">{t('kvk.field')}</TableCell>
                            <TableCell scope="col">{t('kvk.current')}</TableCell>
                            <TableCell scope="col">{t('kvk.fromKvk')}</TableCell>
                          </TableRow>
                        </TableHead>
                        <TableBody>
                          {rows.map((row) => {
                            const label = organisationFieldLabel(t, row.field);
                            const id = `kvk-update-${row.field}`;
                            const checked = selected.includes(row.field);
                            const current = kvkValueText(row.field, row.current);
                            const fromKvk = kvkValueText(row.field, row.fromKvk);
                            return (
                              <TableRow key={row.field} selected={checked}>
                                <TableCell padding="checkbox">
                                  <Checkbox
                                    id={id}
                                    checked={checked}
                                    onChange={(event) => toggle(row.field, event.target.checked)}
                                    slotProps={{ input: { 'aria-label': t('kvk.takeOver', { field: label }), ...(errors.fields ? { 'aria-describedby': 'kvk-update-fields-error' } : {}) } }}
                                  />
                                </TableCell>
                                <TableCell component="th" scope="row">
                                  <Box component="label" htmlFor={id} sx={{ fontWeight: 600, cursor: 'pointer' }}>
                                    {label}
                                  </Box>
                                </TableCell>
                                <TableCell>{current || <EmptyValue />}</TableCell>
                                <TableCell>{checked ? <strong>{fromKvk || <EmptyValue />}</strong> : fromKvk || <EmptyValue />}</TableCell>
                              </TableRow>
                            );
                          })}
                        </TableBody>
                      </Table>
                    </TableContainer>
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} aria-live="polite">
                      {t('kvk.selectedCount', { selected: selected.length, total: rows.length })}
                    </Typography>
                    <TextField
                      id={reasonId}
                      sx={{ mt: 3 }}
                      label={t('kvk.reason')}
                      value={reason}
                      onChange={(event) => {
                        setReason(event.target.value);
                        setErrors((previous) => ({ ...previous, reason: undefined }));
                      }}
                      error={Boolean(errors.reason)}
                      helperText={errors.reason ?? t('kvk.reasonHelp')}
                      slotProps={{ htmlInput: { maxLength: 500 } }}
                    />
                  </>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
            <Button onClick={onClose} disabled={busy}>
              {rows.length ? t('common.cancel') : t('common.close')}
            </Button>
            {rows.length ? (
              <Button type="submit" variant="contained" disabled={busy || differences.isFetching}>
                {busy ? t('kvk.applying') : t('kvk.apply')}
              </Button>
            ) : null}
          </DialogActions>
        </Box>
      </Dialog>
      {conflict ? (
        <ConflictDialog
          conflict={conflict}
          keys={ORGANISATION_KEYS}
          changedKeys={changedOrganisationKeys}
          label={(key) => organisationFieldLabel(t, key)}
          display={(key, values) => organisationDisplayValue(t, key, values, { relationTypes: relationTypes.data, owners: owners.data, ownerFallback: conflict.current.ownerName })}
          onReapply={compareAgain}
          onDiscard={stop}
          reapplyLabel={t('kvk.conflictCompareAgain')}
          reapplyHelp={t('kvk.conflictHelp')}
          discardLabel={t('kvk.conflictStop')}
        />
      ) : null}
    </>
  );
}
