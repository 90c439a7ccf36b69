import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { MyTasksPanel, TASKS_PATH } from '@gemeente-crm/web-interactions';
import { MyRelationsPanel, NEW_ORGANISATION_PATH, NEW_PERSON_PATH, ORGANISATIONS_PATH, PERSONS_PATH } from '@gemeente-crm/web-relations';
import { LoadingState, PageHeader } from '@gemeente-crm/web-ui';

function greetingKey(hour: number) {
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

/** "Mijn overzicht": the start page, with the user's tasks, own relations and quick links. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  return (
    <>
      <PageHeader title={t('home.title')} />
      <Typography sx={{ mb: 3, fontSize: '1.125rem' }}>{t(greetingKey(new Date().getHours()), { name: me?.displayName ?? '' })}</Typography>
      <Grid container spacing={3}>
        {can('interactions:read') || can('relations:read') ? (
          <Grid size={{ xs: 12, lg: 8 }} sx={{ display: 'grid', gap: 3, alignContent: 'start' }}>
            {can('interactions:read') ? (
              <Suspense fallback={<LoadingState />}>
                <MyTasksPanel />
              </Suspense>
            ) : null}
            {can('relations:read') ? <MyRelationsPanel /> : null}
          </Grid>
        ) : null}
        <Grid size={{ xs: 12, lg: 4 }}>
          <Paper variant="outlined" component="section" aria-labelledby="quick-actions" sx={{ p: 3 }}>
            <Typography variant="h2" id="quick-actions" sx={{ mb: 2 }}>
              {t('home.quickActions')}
            </Typography>
            <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
              {can('interactions:read') ? <Button href={TASKS_PATH}>{t('nav.tasks')}</Button> : null}
              {can('relations:read') ? (
                <>
                  <Button href={ORGANISATIONS_PATH}>{t('nav.organisations')}</Button>
                  <Button href={PERSONS_PATH}>{t('nav.persons')}</Button>
                </>
              ) : null}
              {can('relations:write') ? (
                <Button variant="outlined" href={NEW_ORGANISATION_PATH}>
                  {t('relations.newOrganisation')}
                </Button>
              ) : null}
              {can('persons:write') ? (
                <Button variant="outlined" href={NEW_PERSON_PATH}>
                  {t('relations.newPerson')}
                </Button>
              ) : null}
            </Stack>
          </Paper>
        </Grid>
      </Grid>
    </>
  );
}

export default HomePage;
