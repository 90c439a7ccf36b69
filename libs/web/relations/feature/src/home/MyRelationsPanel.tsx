import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDateTime, formatNumber, useTranslation } from '@gemeente-crm/web-i18n';
import { useOrganisationList } from '@gemeente-crm/web-relations-data-access';
import { EmptyValue, ErrorState, LoadingState } from '@gemeente-crm/web-ui';
import { ORGANISATIONS_PATH, organisationPath } from '../paths';
import { StatusChip } from '../shared/StatusChip';

const SHOWN = 10;

/** On "Mijn overzicht": the organisations the user owns (ownerId = me), most recently changed first. */
export function MyRelationsPanel() {
  const { t } = useTranslation();
  const { me } = useSession();
  const result = useOrganisationList({ ownerId: me?.id ?? '', sort: '-updatedAt', page: 1, pageSize: SHOWN }, { enabled: Boolean(me?.id) });
  const headingId = 'my-relations-heading';
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 3 }}>
      <Typography variant="h2" id={headingId} sx={{ mb: 0.5 }}>
        {t('home.myRelations')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('home.myRelationsIntro')}
      </Typography>
      {result.isPending ? (
        <LoadingState />
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : result.data.items.length === 0 ? (
        <Typography>{t('home.noRelations')}</Typography>
      ) : (
        <>
          <Table size="small" aria-labelledby={headingId}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('fields.name')}</TableCell>
                <TableCell scope="col">{t('fields.city')}</TableCell>
                <TableCell scope="col">{t('fields.status')}</TableCell>
                <TableCell scope="col">{t('fields.updatedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.data.items.map((row) => (
                <TableRow key={row.id}>
                  <TableCell component="th" scope="row">
                    <Link href={organisationPath(row.id)}>{row.name}</Link>
                  </TableCell>
                  <TableCell>{row.city ?? <EmptyValue />}</TableCell>
                  <TableCell>
                    <StatusChip status={row.status} />
                  </TableCell>
                  <TableCell>
                    <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {me && result.data.total > SHOWN ? (
            <Button sx={{ mt: 2 }} href={`${ORGANISATIONS_PATH}?eigenaar=${encodeURIComponent(me.id)}`}>
              {t('home.showAll', { count: result.data.total, formatted: formatNumber(result.data.total) })}
            </Button>
          ) : null}
        </>
      )}
    </Paper>
  );
}
