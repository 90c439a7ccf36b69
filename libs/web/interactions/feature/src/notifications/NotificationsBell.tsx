import Badge from '@mui/material/Badge';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Fragment, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Notification } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { useMarkNotificationRead, useNotifications } from '@gemeente-crm/web-interactions-data-access';
import { ErrorState, LoadingState, useNotify, errorMessage } from '@gemeente-crm/web-ui';
import { TASKS_PATH } from '../paths';

/** Focus ring that shows on the coloured app bar (same as the user menu's). */
const onAppBarFocus = { '&.Mui-focusVisible': { outlineColor: '#ffffff', boxShadow: '0 0 0 2px #0b0c0c' } };

function Item({ notification, onOpen, onRead, busy }: { notification: Notification; onOpen: () => void; onRead: () => Promise<void>; busy: boolean }) {
  const { t } = useTranslation();
  const unread = !notification.readAt;
  const ref = useRef<HTMLLIElement>(null);
  return (
    <Box component="li" ref={ref} tabIndex={-1} sx={{ px: 2, py: 1.5, listStyle: 'none', bgcolor: unread ? 'action.hover' : undefined, outlineOffset: '-3px' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {unread ? <Chip size="small" color="primary" label={t('notifications.unread')} /> : null}
        <Typography component="h3" sx={{ fontWeight: unread ? 700 : 400, fontSize: '1rem', overflowWrap: 'anywhere' }}>
          {notification.title}
        </Typography>
      </Box>
      {notification.body ? (
        <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
          {notification.body}
        </Typography>
      ) : null}
      <Typography variant="body2" color="text.secondary" component="time" dateTime={notification.createdAt} sx={{ display: 'block', mt: 0.5 }}>
        {formatDateTime(notification.createdAt)}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, mt: 1, flexWrap: 'wrap' }}>
        {notification.objectType === 'task' ? (
          <Button size="small" variant="outlined" onClick={onOpen}>
            {t('notifications.open')}
          </Button>
        ) : null}
        {unread ? (
          <Button
            size="small"
            // The button goes away once read: keep focus on the notification, not lost on the page.
            onClick={() => void onRead().then(() => ref.current?.focus())}
            disabled={busy} aria-label={t('notifications.markReadLabel', { title: notification.title })}>
            {t('notifications.markRead')}
          </Button>
        ) : null}
      </Box>
    </Box>
  );
}

/**
 * The bell in the app bar: the number of unread notifications (polled every minute), and a
 * panel with the newest ones to open or mark as read. The count is in the button's name, so
 * screen readers hear "Meldingen, 2 ongelezen".
 */
export function NotificationsBell() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const notify = useNotify();
  const allowed = can('interactions:read');
  const notifications = useNotifications({ enabled: allowed });
  const markRead = useMarkNotificationRead();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const panelId = useId();
  const titleId = useId();
  if (!allowed) return null;
  const unread = notifications.data?.unread ?? 0;

  const read = async (notification: Notification) => {
    if (notification.readAt) return;
    try {
      await markRead.mutateAsync(notification.id);
    } catch (error) {
      notify(errorMessage(t, error), 'error');
    }
  };

  const open = (notification: Notification) => {
    setAnchor(null);
    void read(notification);
    void navigate(TASKS_PATH);
  };

  return (
    <>
      <IconButton
        color="inherit"
        aria-label={unread ? t('notifications.buttonUnread', { count: unread }) : t('notifications.button')}
        aria-haspopup="dialog"
        aria-expanded={anchor ? 'true' : 'false'}
        aria-controls={anchor ? panelId : undefined}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          void notifications.refetch();
        }}
        sx={onAppBarFocus}
      >
        {/* Without unread notifications there is no badge at all: a hidden "0" inside the button
            would make its visible text differ from its accessible name. */}
        {unread > 0 ? (
          <Badge badgeContent={unread} max={99} overlap="circular" sx={{ '& .MuiBadge-badge': { bgcolor: '#ffffff', color: '#0b0c0c', fontWeight: 700, border: '1px solid #0b0c0c' } }}>
            <NotificationsIcon aria-hidden="true" />
          </Badge>
        ) : (
          <NotificationsIcon aria-hidden="true" />
        )}
      </IconButton>
      <Popover
        id={panelId}
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: 400, maxWidth: 'calc(100vw - 32px)', maxHeight: '70vh' } } }}
      >
        <Box sx={{ px: 2, pt: 2, pb: 1 }}>
          <Typography component="h2" variant="h3" id={titleId}>
            {t('notifications.title')}
          </Typography>
        </Box>
        <Divider />
        {notifications.isPending ? (
          <LoadingState minHeight={96} />
        ) : notifications.isError && !notifications.data ? (
          <Box sx={{ px: 2 }}>
            <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />
          </Box>
        ) : notifications.data.items.length === 0 ? (
          <Typography sx={{ p: 2 }}>{t('notifications.empty')}</Typography>
        ) : (
          <Box component="ul" aria-labelledby={titleId} sx={{ m: 0, p: 0 }}>
            {notifications.data.items.map((notification, index) => (
              <Fragment key={notification.id}>
                {index > 0 ? <Divider component="li" aria-hidden="true" /> : null}
                <Item notification={notification} busy={markRead.isPending} onOpen={() => open(notification)} onRead={() => read(notification)} />
              </Fragment>
            ))}
          </Box>
        )}
      </Popover>
    </>
  );
}

export default NotificationsBell;
