import AddCommentIcon from '@mui/icons-material/AddComment';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { useSession } from '@gemeente-crm/web-auth';
import { ContactMomentDialog, RegardingTasks } from '@gemeente-crm/web-interactions';
import {
  type Lead,
  useLead,
  useLeadContactMoments,
  useLeadHistory,
  useLeadStageHistory,
  usePipelines,
  useReopenLead,
} from '@gemeente-crm/web-leads-data-access';
import { formatCurrency, formatDate, formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { LeadScoreBadge } from '../scoring/LeadScoreBadge';
import { DefinitionList, ErrorState, LoadingState, PageHeader, ReasonDialog } from '@gemeente-crm/web-ui';
import { useStageMove } from '../board/useStageMove';
import { LoseDialog, WinDialog } from '../dialogs/OutcomeDialogs';
import { LEADS_PATH } from '../paths';
import { LeadEditForm } from './LeadEditForm';
import { LeadQuotesTab } from '../quotes/LeadQuotesTab';

function relationPath(lead: Lead): string {
  return `/relaties/${lead.relation.objectType === 'organisation' ? 'organisaties' : 'personen'}/${lead.relation.objectId}`;
}

/** A lead: its facts (editable), quotes, stage history, tasks, contact moments and audit trail (Geschiedenis). */
export default function LeadDetailPage() {
  const { id = '' } = useParams();
  const lead = useLead(id);
  if (lead.isLoading) return <LoadingState />;
  if (lead.isError || !lead.data) return <ErrorState error={lead.error} onRetry={() => void lead.refetch()} />;
  return <LeadDetail lead={lead.data} key={lead.data.version} />;
}

function LeadDetail({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const canWrite = can('leads:write');
  const pipelines = usePipelines();
  const stages = pipelines.data?.items.find((pipeline) => pipeline.id === lead.pipeline.id)?.stages ?? [];
  const { move, dialog } = useStageMove();
  const reopen = useReopenLead();
  const [editing, setEditing] = useState(false);
  const [moveAnchor, setMoveAnchor] = useState<HTMLElement | null>(null);
  const [outcome, setOutcome] = useState<'won' | 'lost' | 'reopen' | 'contact' | null>(null);
  const open = lead.status === 'open';

  const status = open ? t('leads.open') : lead.status === 'won' ? t('leads.won') : t('leads.lost');
  return (
    <>
      <PageHeader
        title={lead.title}
        breadcrumbs={[{ label: t('leads.title'), to: LEADS_PATH }, { label: lead.title }]}
        meta={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Chip label={status} color={lead.status === 'won' ? 'success' : lead.status === 'lost' ? 'default' : 'primary'} size="small" />
            {open ? <LeadScoreBadge leadId={lead.id} pipelineId={lead.pipeline.id} title={lead.title} /> : null}
          </Stack>
        }
        actions={
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            {can('interactions:write') ? (
              <Button variant="outlined" startIcon={<AddCommentIcon aria-hidden="true" />} onClick={() => setOutcome('contact')} aria-haspopup="dialog">
                {t('contactMoment.record')}
              </Button>
            ) : null}
            {canWrite && open ? (
              <>
                <Button variant="outlined" aria-haspopup="menu" onClick={(event) => setMoveAnchor(event.currentTarget)}>
                  {t('leads.moveTo')}
                </Button>
                <Button variant="outlined" onClick={() => setOutcome('won')} aria-haspopup="dialog">
                  {t('leads.markWon')}
                </Button>
                <Button variant="outlined" onClick={() => setOutcome('lost')} aria-haspopup="dialog">
                  {t('leads.markLost')}
                </Button>
              </>
            ) : null}
            {can('leads:reopen') && !open ? (
              <Button variant="outlined" onClick={() => setOutcome('reopen')} aria-haspopup="dialog">
                {t('leads.reopen')}
              </Button>
            ) : null}
          </Stack>
        }
      />
      <Menu anchorEl={moveAnchor} open={!!moveAnchor} onClose={() => setMoveAnchor(null)}>
        {stages
          .filter((stage) => stage.id !== lead.stage.id)
          .map((stage) => (
            <MenuItem
              key={stage.id}
              onClick={() => {
                setMoveAnchor(null);
                move(lead, stage);
              }}
            >
              {stage.name}
            </MenuItem>
          ))}
      </Menu>

      <Stack spacing={3}>
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="lead-facts">
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
            <Typography id="lead-facts" variant="h6" component="h2">
              {t('leads.detail.facts')}
            </Typography>
            {canWrite && open && !editing ? <Button onClick={() => setEditing(true)}>{t('leads.detail.edit')}</Button> : null}
          </Stack>
          {editing ? (
            <LeadEditForm lead={lead} onDone={() => setEditing(false)} />
          ) : (
            <DefinitionList
              items={[
                { label: t('leads.fields.relation'), value: lead.relation.name ? <Link href={relationPath(lead)}>{lead.relation.name}</Link> : null },
                { label: t('leads.pipeline'), value: lead.pipeline.name },
                { label: t('leads.fields.stage'), value: t('leads.detail.enteredStage', { stage: lead.stage.name ?? '', date: formatDate(lead.stageEnteredAt) }) },
                { label: t('leads.fields.status'), value: lead.won ? t('leads.detail.outcomeWon', { description: lead.won.description }) : lead.lostReason ? t('leads.detail.outcomeLost', { reason: lead.lostReason.label ?? lead.lostReason.code }) : status },
                { label: t('leads.fields.owner'), value: lead.owner?.name ?? lead.owner?.id ?? null },
                { label: t('leads.fields.source'), value: lead.source?.label ?? lead.source?.code ?? null },
                { label: t('leads.fields.expectedValueCents'), value: lead.expectedValueCents === null ? null : formatCurrency(lead.expectedValueCents / 100) },
                { label: t('leads.fields.probability'), value: lead.probability === null ? null : `${lead.probability}%` },
                { label: t('leads.fields.expectedDecisionDate'), value: lead.expectedDecisionDate ? formatDate(lead.expectedDecisionDate) : null },
                { label: t('leads.fields.nextAction'), value: lead.nextAction },
                { label: t('leads.fields.nextActionDate'), value: lead.nextActionDate ? formatDate(lead.nextActionDate) : null },
                { label: t('leads.fields.notes'), value: lead.notes },
              ]}
            />
          )}
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <LeadQuotesTab leadId={lead.id} />
        </Paper>
        <StageHistorySection leadId={lead.id} />
        {can('interactions:read') ? (
          <Suspense fallback={null}>
            <RegardingTasks
              regarding={{ objectType: 'lead', objectId: lead.id, name: lead.title }}
              relation={{ objectType: lead.relation.objectType, objectId: lead.relation.objectId, name: lead.relation.name ?? '', archived: false }}
            />
          </Suspense>
        ) : null}
        <ContactMomentsSection leadId={lead.id} />
        <HistorySection leadId={lead.id} />
      </Stack>

      {dialog}
      {outcome === 'won' ? <WinDialog lead={lead} open onClose={() => setOutcome(null)} /> : null}
      {outcome === 'lost' ? <LoseDialog lead={lead} open onClose={() => setOutcome(null)} /> : null}
      <ReasonDialog
        open={outcome === 'reopen'}
        title={t('leads.reopenDialog.title')}
        description={t('leads.reopenDialog.reason')}
        confirmLabel={t('leads.reopenDialog.submit')}
        onConfirm={(reason) => reopen.mutateAsync({ id: lead.id, version: lead.version, reason })}
        onClose={() => setOutcome(null)}
      />
      {outcome === 'contact' ? (
        <Suspense fallback={null}>
          <ContactMomentDialog
            relation={{ objectType: lead.relation.objectType, objectId: lead.relation.objectId, name: lead.relation.name ?? '', archived: false }}
            extraLinks={[{ objectType: 'lead', objectId: lead.id }]}
            onClose={() => setOutcome(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}


function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={id}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function StageHistorySection({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const history = useLeadStageHistory(leadId);
  return (
    <Section id="lead-stage-history" title={t('leads.detail.stageHistory')}>
      <List dense>
        {(history.data?.items ?? []).map((change) => (
          <ListItem key={change.id} disableGutters>
            <ListItemText
              primary={change.from ? `${change.from.name ?? '?'} → ${change.to.name ?? '?'}` : (change.to.name ?? '?')}
              secondary={`${formatDateTime(change.changedAt)} · ${change.changedBy.name ?? change.changedBy.id}`}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

function ContactMomentsSection({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const moments = useLeadContactMoments(leadId);
  const items = moments.data?.items ?? [];
  return (
    <Section id="lead-contact-moments" title={t('leads.detail.contactMoments')}>
      {items.length ? (
        <List dense>
          {items.map((moment) => (
            <ListItem key={moment.id} disableGutters>
              <ListItemText primary={moment.subject} secondary={`${formatDateTime(moment.occurredAt)} · ${moment.channel}`} />
            </ListItem>
          ))}
        </List>
      ) : (
        <Typography variant="body2">{t('leads.detail.noContactMoments')}</Typography>
      )}
    </Section>
  );
}

function HistorySection({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const history = useLeadHistory(leadId);
  return (
    <Section id="lead-history" title={t('leads.detail.history')}>
      <List dense>
        {(history.data?.items ?? []).map((event) => (
          <ListItem key={event.id} disableGutters>
            <ListItemText
              primary={`${formatDateTime(event.occurredAt)} · ${event.actorName}${event.reason ? ` · ${event.reason}` : ''}`}
              secondary={Object.keys(event.changes)
                .map((field) => t(`leads.fields.${field}` as 'leads.fields.title', { defaultValue: field }))
                .join(', ')}
            />
          </ListItem>
        ))}
      </List>
    </Section>
  );
}
