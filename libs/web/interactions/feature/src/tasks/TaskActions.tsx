import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { useId, useState } from 'react';
import type { Task, TaskStatus } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { isActive } from '../shared/labels';
import { nextStatuses } from './useTaskStatusChange';

function moveLabelKey(from: TaskStatus, to: TaskStatus) {
  if (to === 'bezig') return 'task.start' as const;
  if (to === 'afgerond') return 'task.complete' as const;
  if (to === 'vervallen') return 'task.drop' as const;
  return isActive(from) ? ('task.backToOpen' as const) : ('task.reopen' as const);
}

/**
 * The status actions of one task: "Afronden" at hand for a task still to do, the other moves in
 * a menu ("Status wijzigen"). Only for roles that work on tasks.
 */
export function TaskActions({ task, busy, onChange, compact = false }: { task: Task; busy: boolean; onChange: (task: Task, status: TaskStatus) => void; compact?: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonId = useId();
  if (!can('interactions:write')) return null;
  const active = isActive(task.status);
  const others = nextStatuses(task.status).filter((status) => !(active && status === 'afgerond'));
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      {active ? (
        <Button size="small" variant="outlined" disabled={busy} onClick={() => onChange(task, 'afgerond')} aria-label={t('task.completeLabel', { title: task.title })}>
          {t('task.complete')}
        </Button>
      ) : null}
      {!compact || !active ? (
        <>
          <Button
            id={buttonId}
            size="small"
            disabled={busy}
            endIcon={<ArrowDropDownIcon aria-hidden="true" />}
            aria-haspopup="menu"
            aria-controls={anchor ? menuId : undefined}
            aria-expanded={anchor ? 'true' : undefined}
            aria-label={t('task.actionsFor', { title: task.title })}
            onClick={(event) => setAnchor(event.currentTarget)}
          >
            {t('task.changeStatus')}
          </Button>
          <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
            {others.map((status) => (
              <MenuItem
                key={status}
                onClick={() => {
                  setAnchor(null);
                  onChange(task, status);
                }}
              >
                {t(moveLabelKey(task.status, status))}
              </MenuItem>
            ))}
          </Menu>
        </>
      ) : null}
    </Box>
  );
}
