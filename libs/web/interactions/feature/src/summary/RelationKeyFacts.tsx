import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { ReactNode } from 'react';
import type { RelationSummary } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { useRelationSummary } from '@gemeente-crm/web-interactions-data-access';
import { errorMessage } from '@gemeente-crm/web-ui';
import { relationPagePath, TASKS_PATH } from '../paths';
import { channelLabel, directionLabel } from '../shared/labels';
import type { RelationSlotProps } from '../types';

const STATUSES = ['prospect', 'actief', 'inactief'] as const;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box component="dt" sx={{ fontWeight: 600, color: 'text.secondary', fontSize: '0.875rem' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Box>
    </Box>
  );
}

/** Where "open taken" leads: the task list for this relation, everyone's open and ongoing tasks. */
export function relationTasksPath(summary: RelationSummary): string {
  const param = summary.relation.objectType === 'organisation' ? 'organisatie' : 'persoon';
  return `${TASKS_PATH}?toegewezen=iedereen&${param}=${encodeURIComponent(summary.relation.objectId)}`;
}

/**
 * The key facts at the top of an organisation or person page: owner and status (organisations),
 * open tasks (overdue ones said in words, with an icon) and the last contact.
 */
export function RelationKeyFacts({ relation }: RelationSlotProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const allowed = can('interactions:read');
  const summary = useRelationSummary(relation, { enabled: allowed });
  if (!allowed) return null;
  const data = summary.data;
  return (
    <Paper variant="outlined" component="section" aria-label={t('keyFacts.label')} sx={{ px: 3, py: 2, mb: 3, minHeight: 72 }} aria-busy={summary.isPending}>
      {summary.isError ? (
        <Alert severity="info" sx={{ py: 0 }}>
          {errorMessage(t, summary.error)}
        </Alert>
      ) : !data ? (
        <Typography color="text.secondary" role="status">
          {t('common.loading')}
        </Typography>
      ) : (
        <Box component="dl" sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: relation.objectType === 'organisation' ? 'repeat(4, 1fr)' : 'repeat(2, 1fr)' } }}>
          {relation.objectType === 'organisation' ? (
            <>
              <Fact label={t('keyFacts.owner')}>{data.ownerName ?? t('keyFacts.none')}</Fact>
              <Fact label={t('keyFacts.status')}>{data.status && (STATUSES as readonly string[]).includes(data.status) ? t(`status.${data.status as (typeof STATUSES)[number]}`) : (data.status ?? t('keyFacts.none'))}</Fact>
            </>
          ) : null}
          <Fact label={t('keyFacts.openTasks')}>
            <Box component="span" sx={{ display: 'inline-flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              {data.openTasks > 0 ? <Link href={relationTasksPath(data)}>{t('keyFacts.openTasksValue', { count: data.openTasks })}</Link> : <span>{t('keyFacts.none')}</span>}
              {data.overdueTasks > 0 ? (
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'error.main', fontWeight: 600 }}>
                  <WarningAmberIcon fontSize="small" aria-hidden="true" />
                  {t('keyFacts.overdueTasks', { count: data.overdueTasks })}
                </Box>
              ) : null}
            </Box>
          </Fact>
          <Fact label={t('keyFacts.lastContact')}>
            {data.lastContact ? (
              <>
                <time dateTime={data.lastContact.occurredAt}>{formatDateTime(data.lastContact.occurredAt)}</time>
                {' · '}
                {t('timeline.channelDirection', { channel: channelLabel(t, data.lastContact.channel), direction: directionLabel(t, data.lastContact.direction).toLowerCase() })}
                <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                  {(() => {
                    const timeline = relationPagePath(relation, 'tijdlijn');
                    return timeline ? <Link href={timeline}>{data.lastContact.subject}</Link> : data.lastContact.subject;
                  })()}
                </Box>
              </>
            ) : (
              t('keyFacts.noContact')
            )}
          </Fact>
        </Box>
      )}
    </Paper>
  );
}

export default RelationKeyFacts;
