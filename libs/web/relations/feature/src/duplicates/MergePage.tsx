import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { fieldErrorMessages, isApiError, type Organisation, type Person } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, errorMessage, LoadingState, PageHeader, useNotify } from '@gemeente-crm/web-ui';
import { organisationPath, personPath, RELATIONS_PATH } from '../paths';
import { type MovedReferences, type RelationKind, useMerge, useMergePreview } from './duplicatesApi';
import { MergeChoices } from './MergeChoices';
import { defaultSide, mergeRows, type Side, toFieldChoices } from './mergeFields';
import { DUPLICATES_PATH, kindFromParam } from './paths';

function nameOf(kind: RelationKind, record: Organisation | Person): string {
  return kind === 'organisation' ? (record as Organisation).name : (record as Person).displayName;
}

/**
 * `/relaties/dubbelen/samenvoegen?soort=…&a=…&b=…`: choose the surviving record and per
 * differing field the value it keeps, see what moves along, give a reason, and merge.
 */
export function MergePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const kind = kindFromParam(params.get('soort'));
  const first = params.get('a') ?? '';
  const second = params.get('b') ?? '';
  const preview = useMergePreview(kind, first, second);
  const header = <PageHeader title={t('merge.title')} breadcrumbs={[{ label: t('relations.title'), to: RELATIONS_PATH }, { label: t('duplicates.title'), to: DUPLICATES_PATH }, { label: t('merge.title') }]} />;
  if (preview.isPending) return <>{header}<LoadingState /></>;
  if (preview.isError) return <>{header}<ErrorState error={preview.error} onRetry={() => void preview.refetch()} /></>;
  return (
    <>
      {header}
      <MergeForm kind={kind} preview={preview.data} onStale={() => void preview.refetch()} />
    </>
  );
}

interface PreviewData {
  first: Organisation | Person;
  second: Organisation | Person;
  differingFields: string[];
  movesFromSecond: MovedReferences;
  movesFromFirst: MovedReferences;
}

function MergeForm({ kind, preview, onStale }: { kind: RelationKind; preview: PreviewData; onStale: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const merge = useMerge();
  const firstName = nameOf(kind, preview.first);
  const secondName = nameOf(kind, preview.second);
  const rows = useMemo(() => mergeRows(t, kind, preview.differingFields, preview.first, preview.second), [t, kind, preview]);
  const [survivor, setSurvivor] = useState<'first' | 'second'>('first');
  const [chosen, setChosen] = useState<Record<string, Side>>({});
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sides = Object.fromEntries(rows.map((row) => [row.field, chosen[row.field] ?? defaultSide(row, survivor)]));
  const survivorRecord = survivor === 'first' ? preview.first : preview.second;
  const mergedRecord = survivor === 'first' ? preview.second : preview.first;
  const moves = (survivor === 'first' ? preview.movesFromSecond : preview.movesFromFirst).filter((move) => move.count > 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!reason.trim()) {
      setReasonError(t('merge.reasonRequired'));
      return;
    }
    setReasonError(null);
    try {
      const result = await merge.mutateAsync({
        kind,
        survivorId: survivorRecord.id,
        survivorVersion: survivorRecord.version,
        mergedId: mergedRecord.id,
        mergedVersion: mergedRecord.version,
        choices: toFieldChoices(sides, survivor),
        reason: reason.trim(),
      });
      notify(t('merge.merged', { merged: nameOf(kind, mergedRecord), survivor: nameOf(kind, survivorRecord) }));
      void navigate(kind === 'organisation' ? organisationPath(result.survivor.id, 'geschiedenis') : personPath(result.survivor.id));
    } catch (error) {
      if (isApiError(error) && error.kind === 'stale-version') {
        setProblem(t('merge.stale'));
        setChosen({});
        onStale();
        return;
      }
      const fields = fieldErrorMessages(error);
      if (fields['reason']) setReasonError(fields['reason']);
      else setProblem(errorMessage(t, error));
    }
  };

  return (
    <Box component="form" noValidate onSubmit={(event) => void submit(event)} sx={{ display: 'grid', gap: 3 }}>
      <Typography>{t('merge.intro')}</Typography>
      {problem ? (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ p: 3 }}>
        <FormControl>
          <FormLabel id="merge-survivor-label">{t('merge.survivorLegend')}</FormLabel>
          <RadioGroup aria-labelledby="merge-survivor-label" name="merge-survivor" value={survivor} onChange={(_event, value) => setSurvivor(value as 'first' | 'second')}>
            <FormControlLabel value="first" control={<Radio />} label={t('merge.keep', { name: firstName })} />
            <FormControlLabel value="second" control={<Radio />} label={t('merge.keep', { name: secondName })} />
          </RadioGroup>
        </FormControl>
      </Paper>
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="merge-fields-title">
        <Typography variant="h2" id="merge-fields-title" sx={{ mb: 1 }}>
          {t('merge.fieldsTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('merge.fieldsIntro')}</Typography>
        <MergeChoices rows={rows} firstName={firstName} secondName={secondName} sides={sides} onChange={(field, side) => setChosen((current) => ({ ...current, [field]: side }))} />
      </Paper>
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="merge-moves-title">
        <Typography variant="h2" id="merge-moves-title" sx={{ mb: 1 }}>
          {t('merge.moveTitle')}
        </Typography>
        {moves.length ? (
          <>
            <Typography>{t('merge.moveIntro', { name: nameOf(kind, survivorRecord) })}</Typography>
            <ul>
              {moves.map((move) => (
                <li key={move.kind}>{t(`merge.moves.${move.kind}` as 'merge.moves.task', { count: move.count, defaultValue: `${move.count} ${move.kind}` })}</li>
              ))}
            </ul>
          </>
        ) : (
          <Typography>{t('merge.nothingMoves')}</Typography>
        )}
      </Paper>
      <TextField
        label={t('merge.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        required
        multiline
        minRows={2}
        error={Boolean(reasonError)}
        helperText={reasonError ?? t('merge.reasonHelp')}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Button type="submit" variant="contained" disabled={merge.isPending}>
          {t('merge.confirm')}
        </Button>
        <Button variant="text" href={DUPLICATES_PATH}>
          {t('merge.cancel')}
        </Button>
      </Box>
    </Box>
  );
}

export default MergePage;
