import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ContactPerson } from '@gemeente-crm/web-api-client';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useContactPersons, useUnlinkContactPerson } from '@gemeente-crm/web-relations-data-access';
import { EmptyValue, ErrorState, LoadingState, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import { personPath } from '../paths';
import { LinkContactDialog } from './LinkContactDialog';
import { useOrganisationContext } from './OrganisationDetailPage';

/** "Contactpersonen": the persons linked to the organisation; link and unlink (with reason). */
export function ContactPersonsTab() {
  const { t } = useTranslation();
  const { organisation } = useOrganisationContext();
  const { can } = useSession();
  const notify = useNotify();
  const contacts = useContactPersons(organisation.id);
  const unlink = useUnlinkContactPerson(organisation.id);
  const [linking, setLinking] = useState(false);
  const [unlinking, setUnlinking] = useState<ContactPerson | null>(null);
  const editable = can('relations:write') && !organisation.archivedAt;

  return (
    <Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 2, gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h2">{t('organisation.contactsTab')}</Typography>
        {editable ? (
          <Button variant="contained" onClick={() => setLinking(true)}>
            {t('organisation.linkContact')}
          </Button>
        ) : null}
      </Box>
      {contacts.isPending ? (
        <LoadingState />
      ) : contacts.isError ? (
        <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : contacts.data.length === 0 ? (
        <Typography>{t('organisation.noContacts')}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={t('organisation.contactsTable', { name: organisation.name })}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('fields.displayName')}</TableCell>
                <TableCell scope="col">{t('fields.function')}</TableCell>
                <TableCell scope="col">{t('fields.email')}</TableCell>
                <TableCell scope="col">{t('fields.phone')}</TableCell>
                {editable ? (
                  <TableCell scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </TableCell>
                ) : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {contacts.data.map((contact) => (
                <TableRow key={contact.id}>
                  <TableCell component="th" scope="row">
                    <Link href={personPath(contact.personId)}>{contact.displayName}</Link>
                  </TableCell>
                  <TableCell>{contact.function ?? <EmptyValue />}</TableCell>
                  <TableCell>{contact.email ? <Link href={`mailto:${contact.email}`}>{contact.email}</Link> : <EmptyValue />}</TableCell>
                  <TableCell>{contact.phone ?? <EmptyValue />}</TableCell>
                  {editable ? (
                    <TableCell align="right">
                      <Button size="small" color="error" onClick={() => setUnlinking(contact)} aria-label={t('organisation.unlinkLabel', { name: contact.displayName })}>
                        {t('organisation.unlink')}
                      </Button>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {linking ? <LinkContactDialog organisation={organisation} onClose={() => setLinking(false)} /> : null}
      <ReasonDialog
        open={Boolean(unlinking)}
        title={t('organisation.unlinkTitle', { person: unlinking?.displayName ?? '', organisation: organisation.name })}
        description={t('organisation.unlinkBody')}
        confirmLabel={t('organisation.unlink')}
        destructive
        onClose={() => setUnlinking(null)}
        onConfirm={async (reason) => {
          if (!unlinking) return;
          await unlink.mutateAsync({ personId: unlinking.personId, reason });
          notify(t('organisation.unlinked', { name: unlinking.displayName }));
        }}
      />
    </Box>
  );
}

export default ContactPersonsTab;
