import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Lead, LeadBoard as Board, LeadBoardColumn, PipelineStage } from '@gemeente-crm/web-leads-data-access';
import { formatCurrency, useTranslation } from '@gemeente-crm/web-i18n';
import { columnKeyboardCoordinates } from './columnKeyboardCoordinates';
import { LeadCard } from './LeadCard';

export interface LeadBoardProps {
  board: Board;
  canWrite: boolean;
  onMove: (lead: Lead, stage: PipelineStage) => void;
  onWin: (lead: Lead) => void;
  onLose: (lead: Lead) => void;
}

// The pointer decides where a card lands; keyboard drags have no pointer, so fall back to overlap.
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : rectIntersection(args);
};

/** Columns per stage with count and total value; cards move by drag and drop or their menu. */
export function LeadBoard({ board, canWrite, onMove, onWin, onLose }: LeadBoardProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const stages = board.columns.map((column) => column.stage);
  const stageName = (id: string | number | undefined) => stages.find((stage) => stage.id === id)?.name ?? '';
  const titleOf = (id: string | number) => board.columns.flatMap((column) => column.leads).find((lead) => lead.id === id)?.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('leads.dragStart', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('leads.dragOver', { title: titleOf(active.id), stage: stageName(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('leads.dragEnd', { title: titleOf(active.id), stage: stageName(over.id) }) : undefined),
    onDragCancel: ({ active }) => t('leads.dragCancel', { title: titleOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const lead = (active.data.current as { lead?: Lead } | undefined)?.lead;
    const stage = stages.find((candidate) => candidate.id === over?.id);
    if (lead && stage && stage.id !== lead.stage.id) onMove(lead, stage);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('leads.dragHint') } }}
    >
      <Box sx={{ display: 'grid', gridAutoFlow: 'column', gridAutoColumns: 'minmax(240px, 1fr)', gap: 2, overflowX: 'auto', pb: 2 }}>
        {board.columns.map((column) => (
          <StageColumn key={column.stage.id} column={column} stages={stages} canWrite={canWrite} onMove={onMove} onWin={onWin} onLose={onLose} />
        ))}
      </Box>
    </DndContext>
  );
}

function StageColumn({ column, stages, canWrite, onMove, onWin, onLose }: { column: LeadBoardColumn; stages: PipelineStage[] } & Omit<LeadBoardProps, 'board'>) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.stage.id });
  const headingId = `stage-${column.stage.id}`;
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: 1.5, bgcolor: isOver ? 'action.selected' : 'grey.50', minHeight: 200 }}
      data-testid="stage-column"
    >
      <Typography id={headingId} variant="h6" component="h2">
        {column.stage.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('leads.columnCount', { count: column.count })} · {t('leads.columnTotal', { total: formatCurrency(column.totalValueCents / 100) })}
      </Typography>
      {column.leads.length ? (
        <Box component="ul" sx={{ p: 0, m: 0, display: 'grid', gap: 1 }}>
          {column.leads.map((lead) => (
            <LeadCard key={lead.id} lead={lead} stages={stages} canWrite={canWrite} onMove={onMove} onWin={onWin} onLose={onLose} />
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('leads.emptyColumn')}
        </Typography>
      )}
      {column.count > column.leads.length ? (
        <Typography variant="caption" color="text.secondary">
          {t('leads.moreCards', { count: column.count - column.leads.length })}
        </Typography>
      ) : null}
    </Paper>
  );
}
