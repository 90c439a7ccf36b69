import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, LoadingState } from '@gemeente-crm/web-ui';
import { LeadScoreExplanation } from './LeadScoreExplanation';
import { useLeadScore, useLeadScores } from './useLeadScores';

export interface LeadScoreBadgeProps {
  leadId: string;
  pipelineId: string;
  title: string;
}

/**
 * The score on a board card: a small button "Score 37" (tooltip: the score only ranks) that
 * opens the explanation. Renders nothing for leads without a score yet or for roles that do not
 * see scores.
 */
export function LeadScoreBadge({ leadId, pipelineId, title }: LeadScoreBadgeProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('leads:score');
  const scores = useLeadScores(pipelineId, allowed);
  const [open, setOpen] = useState(false);
  const score = scores.data?.get(leadId);
  if (!allowed || score === undefined) return null;
  return (
    <>
      <Tooltip title={t('leadScore.disclaimer')}>
        <Button
          size="small"
          variant="outlined"
          color={score >= 60 ? 'success' : 'inherit'}
          aria-label={t('leadScore.chipLabel', { score, title })}
          onClick={() => setOpen(true)}
          sx={{ minWidth: 0, px: 1, py: 0, fontVariantNumeric: 'tabular-nums' }}
          data-testid="lead-score"
        >
          {t('leadScore.chip', { score })}
        </Button>
      </Tooltip>
      {open ? <LeadScoreDialog leadId={leadId} score={score} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function LeadScoreDialog({ leadId, score, onClose }: { leadId: string; score: number; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const details = useLeadScore(leadId);
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{t('leadScore.title', { score: details.data?.score ?? score })}</DialogTitle>
      <DialogContent>
        {details.isLoading ? <LoadingState /> : null}
        {details.isError ? <ErrorState error={details.error} onRetry={() => void details.refetch()} /> : null}
        {details.data ? <LeadScoreExplanation score={details.data} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
