import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import BusinessIcon from '@mui/icons-material/Business';
import DashboardIcon from '@mui/icons-material/Dashboard';
import LogoutIcon from '@mui/icons-material/Logout';
import MenuIcon from '@mui/icons-material/Menu';
import PersonIcon from '@mui/icons-material/Person';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import DescriptionIcon from '@mui/icons-material/Description';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import InsightsIcon from '@mui/icons-material/Insights';
import TuneIcon from '@mui/icons-material/Tune';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { type ReactNode, Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { IMPORTS_PATH } from '@gemeente-crm/web-imports';
import { NotificationsBell, TASKS_PATH } from '@gemeente-crm/web-interactions';
import { CONVERSION_PATH, LEADS_PATH, PIPELINES_ADMIN_PATH, QUOTE_TEMPLATE_PATH, SCORING_MODEL_PATH } from '@gemeente-crm/web-leads';
import { ORGANISATIONS_PATH, PERSONS_PATH, RelationExtensionsProvider } from '@gemeente-crm/web-relations';
import { LoadingState, requestPageFocus, useBranding } from '@gemeente-crm/web-ui';
import { relationExtensions } from './relationExtensions';

const DRAWER_WIDTH = 248;

interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  match: (path: string) => boolean;
}

function SkipLink() {
  const { t } = useTranslation();
  return (
    <Box
      component="a"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: -100,
        zIndex: 2000,
        bgcolor: '#ffffff',
        color: '#0b0c0c',
        px: 2,
        py: 1,
        fontWeight: 600,
        borderRadius: 1,
        '&:focus': { top: 8 },
      }}
    >
      {t('app.skipToContent')}
    </Box>
  );
}

/** Moves focus to the new page's heading after client-side navigation (not for tab switches). */
function FocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!(location.state as { keepFocus?: boolean } | null)?.keepFocus) requestPageFocus();
  }, [location.pathname, location.state]);
  return null;
}

function UserMenu() {
  const { t } = useTranslation();
  const { me, roles, signOut } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const buttonId = useId();
  const name = me?.displayName ?? '';
  return (
    <>
      <Button
        id={buttonId}
        color="inherit"
        startIcon={<AccountCircleIcon aria-hidden="true" />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={t('app.userMenu', { name })}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ '&.Mui-focusVisible': { outlineColor: '#ffffff', boxShadow: '0 0 0 2px #0b0c0c' } }}
      >
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {name}
        </Box>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)} slotProps={{ list: { 'aria-labelledby': buttonId } }}>
        <Box sx={{ px: 2, py: 1, maxWidth: 320 }}>
          <Typography sx={{ fontWeight: 600 }}>{t('app.signedInAs', { name })}</Typography>
          <Typography variant="body2" color="text.secondary">
            {t('app.yourRoles')}: {roles.map((role) => t(`roles.${role}`)).join(', ') || '—'}
          </Typography>
        </Box>
        <Divider />
        <MenuItem
          onClick={() => {
            setAnchor(null);
            void signOut();
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" aria-hidden="true" />
          </ListItemIcon>
          {t('app.logout')}
        </MenuItem>
      </Menu>
    </>
  );
}

/**
 * The frame staff live in: skip link, banner with the gemeente's logo and name, main
 * navigation (by role), the page in <main>, and focus moved to each new page's heading.
 */
export function AppShell() {
  const { t } = useTranslation();
  const branding = useBranding();
  const { can } = useSession();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('md'));
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const navId = useId();

  const items: NavItem[] = [
    { to: '/', label: t('nav.myOverview'), icon: <DashboardIcon />, match: (path) => path === '/' },
    ...(can('interactions:read') ? [{ to: TASKS_PATH, label: t('nav.tasks'), icon: <TaskAltIcon />, match: (path: string) => path.startsWith(TASKS_PATH) }] : []),
    ...(can('leads:read') ? [{ to: LEADS_PATH, label: t('leads.nav'), icon: <TrendingUpIcon />, match: (path: string) => path.startsWith(LEADS_PATH) }] : []),
    ...(can('leads:conversion')
      ? [{ to: CONVERSION_PATH, label: t('conversion.nav'), icon: <InsightsIcon />, match: (path: string) => path.startsWith(CONVERSION_PATH) }]
      : []),
    ...(can('leads:score-configure')
      ? [{ to: SCORING_MODEL_PATH, label: t('scoringModel.nav'), icon: <TuneIcon />, match: (path: string) => path.startsWith(SCORING_MODEL_PATH) }]
      : []),
    ...(can('leads:configure')
      ? [{ to: PIPELINES_ADMIN_PATH, label: t('leads.admin.nav'), icon: <AccountTreeIcon />, match: (path: string) => path.startsWith(PIPELINES_ADMIN_PATH) }]
      : []),
    ...(can('leads:configure')
      ? [{ to: QUOTE_TEMPLATE_PATH, label: t('quoteTemplate.nav'), icon: <DescriptionIcon />, match: (path: string) => path.startsWith(QUOTE_TEMPLATE_PATH) }]
      : []),
  ];
  const relationItems: NavItem[] = can('relations:read')
    ? [
        { to: ORGANISATIONS_PATH, label: t('nav.organisations'), icon: <BusinessIcon />, match: (path) => path.startsWith(ORGANISATIONS_PATH) },
        { to: PERSONS_PATH, label: t('nav.persons'), icon: <PersonIcon />, match: (path) => path.startsWith(PERSONS_PATH) },
        ...(can('imports:run') ? [{ to: IMPORTS_PATH, label: t('imports.nav'), icon: <UploadFileIcon />, match: (path: string) => path.startsWith(IMPORTS_PATH) }] : []),
      ]
    : [];

  const renderItem = (item: NavItem) => {
    const active = item.match(location.pathname);
    return (
      <ListItem key={item.to} disablePadding>
        <ListItemButton component={RouterLink} to={item.to} selected={active} aria-current={active ? 'page' : undefined} onClick={() => setOpen(false)}>
          <ListItemIcon sx={{ minWidth: 40 }} aria-hidden="true">
            {item.icon}
          </ListItemIcon>
          <ListItemText primary={item.label} />
        </ListItemButton>
      </ListItem>
    );
  };

  const navigation = (
    <Box component="nav" aria-label={t('app.mainNavigation')} id={navId}>
      <List>{items.map(renderItem)}</List>
      {relationItems.length ? (
        <>
          <Typography id={`${navId}-relations`} component="h2" sx={{ px: 2, pt: 1, fontSize: '0.8125rem', fontWeight: 600, color: 'text.secondary' }}>
            {t('nav.relations')}
          </Typography>
          <List aria-labelledby={`${navId}-relations`}>{relationItems.map(renderItem)}</List>
        </>
      ) : null}
    </Box>
  );

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <FocusOnNavigate />
      <AppBar position="fixed" component="header" elevation={0} sx={{ zIndex: (z) => z.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1.5 }}>
          {!wide ? (
            <IconButton
              color="inherit"
              edge="start"
              aria-label={t('app.openNavigation')}
              aria-expanded={open}
              aria-controls={navId}
              onClick={() => setOpen(true)}
              sx={{ '&.Mui-focusVisible': { outlineColor: '#ffffff', boxShadow: '0 0 0 2px #0b0c0c' } }}
            >
              <MenuIcon />
            </IconButton>
          ) : null}
          <Box
            component={RouterLink}
            to="/"
            sx={{ display: 'flex', alignItems: 'center', gap: 1.5, color: 'inherit', textDecoration: 'none', minWidth: 0, '&:focus-visible': { outlineColor: '#ffffff', boxShadow: '0 0 0 2px #0b0c0c' } }}
          >
            {branding.logoUrl ? (
              <Box component="img" src={branding.logoUrl} alt={t('app.logoAlt', { municipality: branding.name })} sx={{ height: 36, maxWidth: 140, objectFit: 'contain', bgcolor: '#ffffff', borderRadius: 0.5, p: 0.25 }} />
            ) : null}
            <Typography component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {branding.name} <Box component="span" sx={{ fontWeight: 400 }}>· {t('app.name')}</Box>
            </Typography>
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <Suspense fallback={null}>
            <NotificationsBell />
          </Suspense>
          <UserMenu />
        </Toolbar>
      </AppBar>
      {wide ? (
        <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
          <Toolbar />
          {navigation}
        </Drawer>
      ) : (
        <Drawer variant="temporary" open={open} onClose={() => setOpen(false)} sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
          {navigation}
        </Drawer>
      )}
      <Box component="main" id="main-content" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 4 }, outline: 'none' }}>
        <Toolbar />
        <Box sx={{ maxWidth: 1400, mx: 'auto' }}>
          <RelationExtensionsProvider value={relationExtensions}>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </RelationExtensionsProvider>
        </Box>
      </Box>
    </Box>
  );
}
