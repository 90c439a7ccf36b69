import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Person } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { usePersonHistory, usePersonOrganisations } from '@gemeente-crm/web-relations-data-access';
import { DefinitionList, EmptyValue, ErrorState, LoadingState } from '@gemeente-crm/web-ui';
import { organisationPath } from '../paths';
import { formatAddress } from '../shared/addressForm';
import { HistoryList } from '../shared/HistoryList';
import { usePersonContext } from './PersonDetailPage';

/** The BSN, hidden until asked for: shoulder-surfing protection for a special personal number. */
function Bsn({ value }: { value: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <>
      <span style={{ fontVariantNumeric: 'tabular-nums', marginRight: 8 }}>{shown ? value : '•••••••••'}</span>
      <Button size="small" onClick={() => setShown(!shown)} aria-pressed={shown}>
        {shown ? t('person.hideBsn') : t('person.showBsn')}
      </Button>
    </>
  );
}

function Organisations({ person }: { person: Person }) {
  const { t } = useTranslation();
  const organisations = usePersonOrganisations(person.id);
  if (organisations.isPending) return <LoadingState />;
  if (organisations.isError) return <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (!organisations.data.length) return <Typography>{t('person.noOrganisations')}</Typography>;
  return (
    <Table size="small" aria-label={t('person.organisationsTable', { name: person.displayName })}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('fields.organisationName')}</TableCell>
          <TableCell scope="col">{t('fields.function')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {organisations.data.map((link) => (
          <TableRow key={link.id}>
            <TableCell component="th" scope="row">
              <Link href={organisationPath(link.organisationId)}>{link.organisationName}</Link>
            </TableCell>
            <TableCell>{link.function ?? <EmptyValue />}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function PersonHistory({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const history = usePersonHistory(person.id, page);
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="person-history">
      <Typography variant="h2" id="person-history" sx={{ mb: 1 }}>
        {t('history.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('history.intro')}
      </Typography>
      <HistoryList history={history} page={page} onPage={setPage} />
    </Paper>
  );
}

/** "Overzicht" of a person: details (BSN only when the API returned it), where the person works, history. */
export function PersonOverviewTab() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { person } = usePersonContext();
  const bsnReturned = 'bsn' in person && person.bsn !== undefined;
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Paper variant="outlined" sx={{ p: 3 }} component="section">
          <Typography variant="h2" sx={{ mb: 2 }}>
            {t('person.details')}
          </Typography>
          <DefinitionList
            items={[
              { label: t('fields.voornaam'), value: person.voornaam },
              { label: t('fields.tussenvoegsel'), value: person.tussenvoegsel },
              { label: t('fields.achternaam'), value: person.achternaam },
              { label: t('fields.email'), value: person.email ? <Link href={`mailto:${person.email}`}>{person.email}</Link> : null },
              { label: t('fields.phone'), value: person.phone },
              { label: t('fields.postalAddress'), value: formatAddress(person.postalAddress) },
              ...(bsnReturned ? [{ label: t('fields.bsn'), value: person.bsn ? <Bsn value={person.bsn} /> : null }] : []),
              { label: t('fields.createdAt'), value: formatDateTime(person.createdAt) },
              { label: t('fields.updatedAt'), value: formatDateTime(person.updatedAt) },
            ]}
          />
        </Paper>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Paper variant="outlined" sx={{ p: 3 }} component="section">
          <Typography variant="h2" sx={{ mb: 2 }}>
            {t('person.organisations')}
          </Typography>
          <Organisations person={person} />
        </Paper>
      </Grid>
      {can('relations:history') ? (
        <Grid size={12}>
          <PersonHistory person={person} />
        </Grid>
      ) : null}
    </Grid>
  );
}

export default PersonOverviewTab;
