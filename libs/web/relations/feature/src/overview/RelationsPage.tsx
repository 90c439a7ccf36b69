import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { PageHeader } from '@gemeente-crm/web-ui';
import { duplicatesPath } from '../duplicates/paths';
import { NEW_ORGANISATION_PATH, NEW_PERSON_PATH, ORGANISATIONS_PATH, PERSONS_PATH } from '../paths';

/** "Relaties": organisations and persons as two tabs over the same page. */
export function RelationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const persons = location.pathname.startsWith(PERSONS_PATH);
  const current = persons ? PERSONS_PATH : ORGANISATIONS_PATH;
  return (
    <>
      <PageHeader
        title={`${t('relations.title')}: ${persons ? t('nav.persons') : t('nav.organisations')}`}
        actions={
          <>
            {can('relations:duplicates') ? (
              <Button variant="outlined" href={duplicatesPath(persons ? 'person' : 'organisation')}>
                {t('duplicates.openList')}
              </Button>
            ) : null}
            {can(persons ? 'persons:write' : 'relations:write') ? (
              <Button variant="contained" href={persons ? NEW_PERSON_PATH : NEW_ORGANISATION_PATH}>
                {persons ? t('relations.newPerson') : t('relations.newOrganisation')}
              </Button>
            ) : null}
          </>
        }
      />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={current} onChange={(_event, path: string) => void navigate(path, { state: { keepFocus: true } })} aria-label={t('relations.tabsLabel')}>
          <Tab value={ORGANISATIONS_PATH} label={t('nav.organisations')} id="tab-organisaties" aria-controls="relations-tabpanel" />
          <Tab value={PERSONS_PATH} label={t('nav.persons')} id="tab-personen" aria-controls="relations-tabpanel" />
        </Tabs>
      </Box>
      <Box role="tabpanel" id="relations-tabpanel" aria-labelledby={persons ? 'tab-personen' : 'tab-organisaties'}>
        <Outlet />
      </Box>
    </>
  );
}

export default RelationsPage;
