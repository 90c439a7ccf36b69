import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { fieldErrorMessages } from '@gemeente-crm/web-api-client';
import { formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { type ColumnMapping, type Import, useDryRun, useImportPresets, useSavePreset, useSetMapping } from '@gemeente-crm/web-imports-data-access';
import { errorMessage, useNotify } from '@gemeente-crm/web-ui';
import { FIELD_GROUPS, isImportField } from './fields';

/**
 * Step 2: per column of the sheet the field it goes to, suggested from the header names, or a
 * saved preset; saving the choice as a preset for next time; then the dry run.
 */
export function MappingStep({ relationImport }: { relationImport: Import }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [mapping, setMapping] = useState<ColumnMapping>(relationImport.mapping);
  const [presetId, setPresetId] = useState('');
  const [presetName, setPresetName] = useState('');
  const presets = useImportPresets();
  const setImportMapping = useSetMapping(relationImport.id);
  const dryRun = useDryRun(relationImport.id);
  const savePreset = useSavePreset();

  const failure = setImportMapping.error ?? dryRun.error;
  const fieldErrors = fieldErrorMessages(failure);
  const columnError = (column: string) => fieldErrors[`mapping.${column}`];
  const generalErrors = Object.entries(fieldErrors)
    .filter(([field]) => !relationImport.headers.some((header) => field === `mapping.${header}`))
    .map(([, message]) => message);

  const choose = (column: string, value: string) => {
    setMapping((current) => {
      const next = { ...current };
      if (isImportField(value)) next[column] = value;
      else delete next[column];
      return next;
    });
  };

  const applyPreset = () => {
    if (!presetId) return;
    setImportMapping.mutate({ presetId }, { onSuccess: (updated) => setMapping(updated.mapping) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await setImportMapping.mutateAsync({ mapping });
      await dryRun.mutateAsync();
    } catch {
      // Shown below from the mutations' error state.
    }
  };

  const save = () => {
    const name = presetName.trim();
    if (!name) return;
    savePreset.mutate({ name, mapping }, { onSuccess: (saved) => notify(t('imports.mapping.presetSaved', { name: saved.name }), 'success') });
  };

  const busy = setImportMapping.isPending || dryRun.isPending;
  const samples = (index: number) =>
    relationImport.sampleRows
      .map((row) => row[index] ?? '')
      .filter((value) => value.trim() !== '')
      .slice(0, 3);

  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="import-mapping-heading">
      <Typography id="import-mapping-heading" component="h2" variant="h6" gutterBottom>
        {t('imports.mapping.heading')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('imports.mapping.help', { file: relationImport.fileName, rows: formatNumber(relationImport.rowCount) })}</Typography>

      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 2 }}>
        <TextField
          id="import-preset"
          select
          label={t('imports.mapping.preset')}
          value={presetId}
          onChange={(event) => setPresetId(event.target.value)}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 260 }}
        >
          <option value="">{t('imports.mapping.presetNone')}</option>
          {(presets.data ?? []).map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name}
            </option>
          ))}
        </TextField>
        <Button variant="outlined" onClick={applyPreset} disabled={!presetId || busy} sx={{ mt: 1 }}>
          {t('imports.mapping.applyPreset')}
        </Button>
      </Box>

      {generalErrors.length > 0 || (failure && Object.keys(fieldErrors).length === 0) ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {generalErrors.length > 0 ? generalErrors.join(' ') : errorMessage(t, failure)}
        </Alert>
      ) : null}

      <TableContainer component={Paper} variant="outlined" sx={{ mb: 2 }}>
        <Table size="small" aria-label={t('imports.mapping.heading')}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('imports.mapping.column')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('imports.mapping.sample')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('imports.mapping.target')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {relationImport.headers.map((header, index) => (
              <TableRow key={header}>
                <TableCell component="th" scope="row">
                  {header}
                </TableCell>
                <TableCell sx={{ color: 'text.secondary' }}>{samples(index).join(' · ')}</TableCell>
                <TableCell sx={{ minWidth: 260 }}>
                  <TextField
                    id={`mapping-${index}`}
                    select
                    size="small"
                    fullWidth
                    label={t('imports.mapping.targetFor', { column: header })}
                    value={mapping[header] ?? ''}
                    onChange={(event) => choose(header, event.target.value)}
                    error={Boolean(columnError(header))}
                    helperText={columnError(header)}
                    slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                  >
                    <option value="">{t('imports.mapping.notImported')}</option>
                    {(Object.keys(FIELD_GROUPS) as (keyof typeof FIELD_GROUPS)[]).map((group) => (
                      <optgroup key={group} label={t(`imports.groups.${group}`)}>
                        {FIELD_GROUPS[group].map((field) => (
                          <option key={field} value={field}>
                            {t(`imports.fields.${field}`)}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </TextField>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>

      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 3 }}>
        <TextField id="import-preset-name" label={t('imports.mapping.presetName')} value={presetName} onChange={(event) => setPresetName(event.target.value)} size="small" />
        <Button variant="outlined" onClick={save} disabled={!presetName.trim() || savePreset.isPending}>
          {t('imports.mapping.savePreset')}
        </Button>
        {savePreset.isError ? (
          <Alert severity="error" role="alert">
            {errorMessage(t, savePreset.error)}
          </Alert>
        ) : null}
      </Box>

      <Button type="submit" variant="contained" disabled={busy}>
        {busy ? t('imports.mapping.checking') : t('imports.mapping.submit')}
      </Button>
    </Box>
  );
}
