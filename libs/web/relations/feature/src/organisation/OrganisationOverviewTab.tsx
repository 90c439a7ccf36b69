import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { useRelationTypes } from '@gemeente-crm/web-relations-data-access';
import { DefinitionList } from '@gemeente-crm/web-ui';
import { relationTypeLabel, statusLabel } from '../shared/labels';
import { useOrganisationContext } from './OrganisationDetailPage';
import { formatAddress } from './organisationForm';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 3, height: '100%' }} component="section">
      <Typography variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

function chips(values: readonly string[], label: (value: string) => string = (value) => value) {
  if (!values.length) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {values.map((value) => (
        <li key={value}>
          <Chip size="small" label={label(value)} />
        </li>
      ))}
    </Stack>
  );
}

/** "Overzicht": everything known about the organisation, read-only. */
export function OrganisationOverviewTab() {
  const { t } = useTranslation();
  const { organisation } = useOrganisationContext();
  const relationTypes = useRelationTypes();
  return (
    <Grid container spacing={3}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title={t('organisation.identification')}>
          <DefinitionList
            items={[
              { label: t('fields.name'), value: organisation.name },
              { label: t('fields.kvkNumber'), value: organisation.kvkNumber },
              { label: t('fields.vestigingsnummer'), value: organisation.vestigingsnummer },
              { label: t('fields.legalForm'), value: organisation.legalForm },
              { label: t('fields.sbiCodes'), value: chips(organisation.sbiCodes) },
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title={t('organisation.contactDetails')}>
          <DefinitionList
            items={[
              { label: t('fields.visitingAddress'), value: formatAddress(organisation.visitingAddress) },
              { label: t('fields.postalAddress'), value: formatAddress(organisation.postalAddress) },
              { label: t('fields.phone'), value: organisation.phone ? <Link href={`tel:${organisation.phone.replace(/[^+\d]/g, '')}`}>{organisation.phone}</Link> : null },
              { label: t('fields.email'), value: organisation.email ? <Link href={`mailto:${organisation.email}`}>{organisation.email}</Link> : null },
              {
                label: t('fields.website'),
                value: organisation.website ? (
                  <Link href={organisation.website} target="_blank" rel="noopener noreferrer">
                    {organisation.website}
                  </Link>
                ) : null,
              },
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title={t('organisation.classification')}>
          <DefinitionList
            items={[
              { label: t('fields.relationTypes'), value: chips(organisation.relationTypes, (code) => relationTypeLabel(code, relationTypes.data)) },
              { label: t('fields.tags'), value: chips(organisation.tags) },
              { label: t('fields.ownerName'), value: organisation.ownerName },
              { label: t('fields.status'), value: statusLabel(t, organisation.status) },
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <Section title={t('organisation.registration')}>
          <DefinitionList
            items={[
              { label: t('fields.createdAt'), value: formatDateTime(organisation.createdAt) },
              { label: t('fields.updatedAt'), value: formatDateTime(organisation.updatedAt) },
              { label: t('fields.version'), value: String(organisation.version) },
            ]}
          />
        </Section>
      </Grid>
    </Grid>
  );
}

export default OrganisationOverviewTab;
