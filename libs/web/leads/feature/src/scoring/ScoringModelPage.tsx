import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { isApiError, mapFieldErrors } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { fieldId, TextInput } from '@gemeente-crm/web-forms';
import { formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, ErrorSummary, LoadingState, PageHeader, useNotify } from '@gemeente-crm/web-ui';
import { type ScoringModel, useSaveScoringModel, useScoringModel, useWeightProposal } from './useScoringModel';

const PREFIX = 'score';
const list = (text: string) => text.split(',').map((part) => part.trim()).filter(Boolean);

/**
 * "Leadscore": how the score is computed, for everyone who sees scores (transparency), and the
 * weights and targets for functional administrators, saved as a new model version with a reason.
 */
export default function ScoringModelPage() {
  const { t } = useTranslation();
  const model = useScoringModel();
  return (
    <>
      <PageHeader title={t('scoringModel.title')} />
      <Alert severity="info" sx={{ mb: 2, maxWidth: '80ch' }}>
        {t('leadScore.disclaimer')}
      </Alert>
      {model.isLoading ? <LoadingState /> : null}
      {model.isError ? <ErrorState error={model.error} onRetry={() => void model.refetch()} /> : null}
      {model.data ? <ScoringModelForm key={model.data.version} model={model.data} /> : null}
    </>
  );
}

function ScoringModelForm({ model }: { model: ScoringModel }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const editable = can('leads:score-configure');
  const save = useSaveScoringModel();
  const [weights, setWeights] = useState(() => Object.fromEntries(model.factors.map((factor) => [factor.id, String(factor.weight)])));
  const [sectors, setSectors] = useState(model.targets.sectors.join(', '));
  const [postcodeAreas, setPostcodeAreas] = useState(model.targets.postcodeAreas.join(', '));
  const [cities, setCities] = useState(model.targets.cities.join(', '));
  const [reason, setReason] = useState('');
  const [fromProposal, setFromProposal] = useState(false);
  const [askProposal, setAskProposal] = useState(false);
  const proposal = useWeightProposal(askProposal);

  const fields = [...model.factors.map((factor) => `weights.${factor.id}`), 'targets.sectors', 'targets.postcodeAreas', 'targets.cities', 'reason'];
  const { known, unplaced } = mapFieldErrors(save.error, fields);
  const stale = isApiError(save.error) && save.error.status === 412;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        version: model.version,
        input: {
          weights: Object.fromEntries(Object.entries(weights).map(([id, value]) => [id, value.trim() === '' ? Number.NaN : Number(value)])),
          targets: { sectors: list(sectors), postcodeAreas: list(postcodeAreas), cities: list(cities) },
          ...(fromProposal ? { source: 'regressie' as const } : {}),
          reason,
        },
      },
      { onSuccess: (saved) => notify(t('scoringModel.saved', { version: saved.version })) },
    );
  };

  return (
    <Box component="form" noValidate onSubmit={submit} aria-labelledby="page-title">
      <Typography sx={{ mb: 2 }}>{t('scoringModel.version', { version: model.version })}</Typography>
      <ErrorSummary
        focusKey={save.error}
        items={[
          ...(stale ? [{ message: t('scoringModel.stale') }] : []),
          ...Object.entries(known).map(([path, message]) => ({ fieldId: fieldId(PREFIX, path), message })),
          ...unplaced.map((message) => ({ message })),
        ]}
      />
      <Typography variant="h2" id="score-factors" sx={{ mt: 2, mb: 1 }}>
        {t('scoringModel.factors')}
      </Typography>
      <Table size="small" aria-labelledby="score-factors">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('scoringModel.factor')}</TableCell>
            <TableCell scope="col">{t('scoringModel.dataUsed')}</TableCell>
            <TableCell scope="col">{t('scoringModel.computation')}</TableCell>
            <TableCell scope="col">{t('scoringModel.weight')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {model.factors.map((factor) => (
            <TableRow key={factor.id}>
              <TableCell component="th" scope="row">
                {factor.label}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {factor.groupLabel} · {factor.direction === 'positive' ? t('scoringModel.adds') : t('scoringModel.subtracts')}
                </Typography>
              </TableCell>
              <TableCell>{factor.dataUsed.join('; ')}</TableCell>
              <TableCell>{factor.computation}</TableCell>
              <TableCell sx={{ minWidth: 140 }}>
                {editable ? (
                  <TextInput
                    prefix={PREFIX}
                    path={`weights.${factor.id}`}
                    label={t('scoringModel.weightOf', { factor: factor.label })}
                    value={weights[factor.id] ?? ''}
                    onChange={(value) => setWeights((current) => ({ ...current, [factor.id]: value }))}
                    inputMode="numeric"
                    error={known[`weights.${factor.id}`]}
                    helperText={t('scoringModel.default', { weight: factor.defaultWeight })}
                  />
                ) : (
                  formatNumber(factor.weight)
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        {t('scoringModel.targets')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, maxWidth: 560 }}>
        {editable ? (
          <>
            <TextInput prefix={PREFIX} path="targets.sectors" label={t('scoringModel.sectors')} value={sectors} onChange={setSectors} error={known['targets.sectors']} helperText={t('scoringModel.sectorsHelp')} />
            <TextInput prefix={PREFIX} path="targets.postcodeAreas" label={t('scoringModel.postcodeAreas')} value={postcodeAreas} onChange={setPostcodeAreas} error={known['targets.postcodeAreas']} helperText={t('scoringModel.listHelp')} />
            <TextInput prefix={PREFIX} path="targets.cities" label={t('scoringModel.cities')} value={cities} onChange={setCities} error={known['targets.cities']} helperText={t('scoringModel.listHelp')} />
            <TextInput prefix={PREFIX} path="reason" label={t('scoringModel.reason')} value={reason} onChange={setReason} required error={known['reason']} multiline maxLength={500} />
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              <Button type="submit" variant="contained" disabled={save.isPending}>
                {save.isPending ? t('common.saving') : t('scoringModel.save')}
              </Button>
              <Button variant="outlined" onClick={() => setAskProposal(true)} disabled={proposal.isFetching}>
                {t('scoringModel.propose')}
              </Button>
            </Box>
          </>
        ) : (
          <Typography>
            {t('scoringModel.sectors')}: {model.targets.sectors.join(', ') || '—'} · {t('scoringModel.postcodeAreas')}: {model.targets.postcodeAreas.join(', ') || '—'} ·{' '}
            {t('scoringModel.cities')}: {model.targets.cities.join(', ') || '—'}
          </Typography>
        )}
      </Box>

      {askProposal ? (
        <Box component="section" aria-labelledby="score-proposal" sx={{ mt: 3 }}>
          <Typography variant="h2" id="score-proposal" sx={{ mb: 1 }}>
            {t('scoringModel.proposal')}
          </Typography>
          {proposal.isFetching ? <LoadingState /> : null}
          {proposal.isError ? <ErrorState error={proposal.error} /> : null}
          {proposal.data ? (
            <>
              <Typography sx={{ mb: 1 }}>
                {t('scoringModel.proposalBasis', {
                  sample: proposal.data.sampleSize,
                  won: proposal.data.won,
                  lost: proposal.data.lost,
                  heldOut: proposal.data.heldOutSize,
                })}
              </Typography>
              <Typography sx={{ mb: 1 }}>
                {t('scoringModel.proposalQuality', {
                  current: Math.round(proposal.data.current.accuracy * 100),
                  proposed: Math.round(proposal.data.proposed.accuracy * 100),
                })}
              </Typography>
              <Table size="small" aria-labelledby="score-proposal" sx={{ maxWidth: 560, mb: 1 }}>
                <TableHead>
                  <TableRow>
                    <TableCell scope="col">{t('scoringModel.factor')}</TableCell>
                    <TableCell scope="col" align="right">{t('scoringModel.currentWeight')}</TableCell>
                    <TableCell scope="col" align="right">{t('scoringModel.proposedWeight')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {model.factors.map((factor) => (
                    <TableRow key={factor.id}>
                      <TableCell component="th" scope="row">{factor.label}</TableCell>
                      <TableCell align="right">{factor.weight}</TableCell>
                      <TableCell align="right">{proposal.data.weights[factor.id] ?? 0}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Button
                variant="outlined"
                onClick={() => {
                  setWeights(Object.fromEntries(model.factors.map((factor) => [factor.id, String(proposal.data.weights[factor.id] ?? 0)])));
                  setFromProposal(true);
                }}
              >
                {t('scoringModel.useProposal')}
              </Button>
            </>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}
