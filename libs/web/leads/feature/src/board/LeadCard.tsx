import { useDraggable } from '@dnd-kit/core';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Lead, PipelineStage } from '@gemeente-crm/web-leads-data-access';
import { formatCurrency, formatShortDate, useTranslation } from '@gemeente-crm/web-i18n';
import { leadPath } from '../paths';
import { LeadScoreBadge } from '../scoring/LeadScoreBadge';

export interface LeadCardProps {
  lead: Lead;
  stages: PipelineStage[];
  canWrite: boolean;
  onMove: (lead: Lead, stage: PipelineStage) => void;
  onWin: (lead: Lead) => void;
  onLose: (lead: Lead) => void;
}

/**
 * One lead on the board: draggable (pointer and keyboard, through the board's sensors), with a
 * "Verplaatsen naar…" menu that does the same without dragging, and the outcome actions.
 */
export function LeadCard({ lead, stages, canWrite, onMove, onWin, onLose }: LeadCardProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: lead.id, data: { lead }, disabled: !canWrite });
  const [moveAnchor, setMoveAnchor] = useState<HTMLElement | null>(null);
  const [actionsAnchor, setActionsAnchor] = useState<HTMLElement | null>(null);
  const titleId = `lead-${lead.id}-title`;
  const summaryId = `lead-${lead.id}-summary`;
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10 } : undefined;

  return (
    <Card
      ref={setNodeRef}
      component="li"
      variant="outlined"
      aria-labelledby={titleId}
      sx={{ listStyle: 'none', opacity: isDragging ? 0.7 : 1, ...style }}
      data-testid="lead-card"
    >
      <Typography id={titleId} variant="subtitle2" component="h3" sx={{ px: 2, pt: 1.5 }}>
        <Link href={leadPath(lead.id)} underline="hover">
          {lead.title}
        </Link>
      </Typography>
      {/*
        The drag handle is the card body; dnd-kit gives it role="button" and keyboard dragging. Its
        name is the title followed by everything it shows, so speech users can say what they see
        (WCAG 2.5.3 Label in Name); an aria-label with only title and relation hid the rest.
      */}
      <CardContent
        {...listeners}
        {...attributes}
        id={summaryId}
        aria-roledescription={t('leads.board')}
        aria-labelledby={`${titleId} ${summaryId}`}
        sx={{ cursor: canWrite ? 'grab' : 'default', pt: 0.5, pb: 1, '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main' } }}
      >
        <Typography variant="body2" color="text.secondary">
          {lead.relation.name}
        </Typography>
        <Typography variant="body2">
          {lead.expectedValueCents !== null ? formatCurrency(lead.expectedValueCents / 100) : t('common.empty')}
          {lead.probability !== null ? ` · ${lead.probability}%` : ''}
        </Typography>
        {lead.nextAction ? (
          <Typography variant="caption" color="text.secondary">
            {lead.nextAction}
            {lead.nextActionDate ? ` (${formatShortDate(lead.nextActionDate)})` : ''}
          </Typography>
        ) : null}
        {lead.owner?.name ? (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {lead.owner.name}
          </Typography>
        ) : null}
      </CardContent>
      {/* Outside the drag handle: a button inside role="button" would be nested interaction. */}
      <Box sx={{ px: 2, pb: canWrite ? 0 : 1 }}>
        <LeadScoreBadge leadId={lead.id} pipelineId={lead.pipeline.id} title={lead.title} />
      </Box>
      {canWrite ? (
        <CardActions sx={{ pt: 0, justifyContent: 'space-between' }}>
          <Button size="small" aria-haspopup="menu" aria-label={t('leads.moveMenu', { title: lead.title })} onClick={(event) => setMoveAnchor(event.currentTarget)}>
            {t('leads.moveTo')}
          </Button>
          <IconButton size="small" aria-haspopup="menu" aria-label={t('leads.actions', { title: lead.title })} onClick={(event) => setActionsAnchor(event.currentTarget)}>
            <MoreVertIcon fontSize="small" />
          </IconButton>
          <Menu anchorEl={moveAnchor} open={!!moveAnchor} onClose={() => setMoveAnchor(null)}>
            {stages
              .filter((stage) => stage.id !== lead.stage.id)
              .map((stage) => (
                <MenuItem
                  key={stage.id}
                  onClick={() => {
                    setMoveAnchor(null);
                    onMove(lead, stage);
                  }}
                >
                  {stage.name}
                </MenuItem>
              ))}
          </Menu>
          <Menu anchorEl={actionsAnchor} open={!!actionsAnchor} onClose={() => setActionsAnchor(null)}>
            <MenuItem
              onClick={() => {
                setActionsAnchor(null);
                onWin(lead);
              }}
            >
              {t('leads.markWon')}
            </MenuItem>
            <MenuItem
              onClick={() => {
                setActionsAnchor(null);
                onLose(lead);
              }}
            >
              {t('leads.markLost')}
            </MenuItem>
          </Menu>
        </CardActions>
      ) : null}
    </Card>
  );
}
