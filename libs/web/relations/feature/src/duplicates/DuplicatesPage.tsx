import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Pagination from '@mui/material/Pagination';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import Link from '@mui/material/Link';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, LoadingState, PageHeader, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import { organisationPath, personPath, RELATIONS_PATH } from '../paths';
import { DuplicateScanStatus } from './DuplicateScanStatus';
import {
  type DuplicatePair,
  DUPLICATES_PAGE_SIZE,
  isScanActive,
  type RelationKind,
  useDismissDuplicate,
  useDuplicatePairs,
  useLatestDuplicateScan,
  useRefreshDuplicatePairs,
  useScanDuplicates,
} from './duplicatesApi';
import { kindFromParam, mergePath } from './paths';
import { scoreText } from './score';

const KINDS: { kind: RelationKind; param: string }[] = [
  { kind: 'organisation', param: 'organisaties' },
  { kind: 'person', param: 'personen' },
];

/** `/relaties/dubbelen`: likely duplicate pairs with score and reason; merge or mark "geen dubbel". */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const kind = kindFromParam(params.get('soort'));
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const pairs = useDuplicatePairs(kind, page);
  // The run this page saw queued or running, or started itself: when it ends, the list is reloaded.
  const watchedRun = useRef<string | null>(null);
  // Noted before the status query gets the run: without a job queue it comes back finished already.
  const scan = useScanDuplicates((run) => {
    watchedRun.current = run.id;
  });
  const latestScan = useLatestDuplicateScan();
  const scanRun = latestScan.data;
  const scanning = scan.isPending || isScanActive(scanRun);
  const refreshPairs = useRefreshDuplicatePairs();
  useEffect(() => {
    if (!scanRun) return;
    if (isScanActive(scanRun)) {
      watchedRun.current = scanRun.id;
    } else if (watchedRun.current === scanRun.id) {
      watchedRun.current = null;
      if (scanRun.status === 'done') {
        void refreshPairs();
        notify(t('duplicates.scanned'));
      }
    }
  }, [scanRun, refreshPairs, notify, t]);
  const dismiss = useDismissDuplicate();
  const [dismissing, setDismissing] = useState<DuplicatePair | null>(null);
  const pathOf = (id: string) => (kind === 'organisation' ? organisationPath(id) : personPath(id));
  const kindLabel = kind === 'organisation' ? t('duplicates.organisations') : t('duplicates.persons');
  const pages = pairs.data ? Math.max(1, Math.ceil(pairs.data.total / DUPLICATES_PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeader
        title={t('duplicates.title')}
        breadcrumbs={[{ label: t('relations.title'), to: RELATIONS_PATH }, { label: t('duplicates.title') }]}
        actions={
          can('relations:run-checks') ? (
            <Button
              variant="outlined"
              disabled={scanning}
              onClick={() => scan.mutate()}
            >
              {t('duplicates.scan')}
            </Button>
          ) : null
        }
      />
      <Typography sx={{ mb: 1 }}>{t('duplicates.intro')}</Typography>
      <DuplicateScanStatus run={scanRun} loading={latestScan.isPending} />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs value={kind} onChange={(_event, value: RelationKind) => setParams({ soort: KINDS.find((k) => k.kind === value)!.param })} aria-label={t('duplicates.kindsLabel')}>
          {KINDS.map((item) => (
            <Tab key={item.kind} value={item.kind} label={item.kind === 'organisation' ? t('duplicates.organisations') : t('duplicates.persons')} id={`tab-dubbelen-${item.param}`} aria-controls="duplicates-tabpanel" />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id="duplicates-tabpanel" aria-labelledby={`tab-dubbelen-${KINDS.find((k) => k.kind === kind)!.param}`}>
        {pairs.isPending ? (
          <LoadingState />
        ) : pairs.isError ? (
          <ErrorState error={pairs.error} onRetry={() => void pairs.refetch()} />
        ) : pairs.data.items.length === 0 ? (
          <Typography>{t('duplicates.empty')}</Typography>
        ) : (
          <TableContainer>
            <Table aria-label={t('duplicates.tableLabel', { kind: kindLabel })} aria-busy={pairs.isFetching}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('duplicates.first')}</TableCell>
                  <TableCell scope="col">{t('duplicates.second')}</TableCell>
                  <TableCell scope="col">{t('duplicates.score')}</TableCell>
                  <TableCell scope="col">{t('duplicates.reasons')}</TableCell>
                  <TableCell scope="col">{t('duplicates.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {pairs.data.items.map((pair) => (
                  <TableRow key={`${pair.a.id}-${pair.b.id}`}>
                    <TableCell component="th" scope="row">
                      <Link href={pathOf(pair.a.id)}>{pair.a.name}</Link>
                    </TableCell>
                    <TableCell>
                      <Link href={pathOf(pair.b.id)}>{pair.b.name}</Link>
                    </TableCell>
                    <TableCell>{scoreText(pair.score)}</TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                        {pair.reasons.map((reason) => (
                          <Chip key={reason.code} size="small" label={reason.label} />
                        ))}
                      </Stack>
                    </TableCell>
                    <TableCell>
                      <Stack direction="row" spacing={1}>
                        {can('relations:merge') ? (
                          <Button size="small" variant="contained" href={mergePath(kind, pair.a.id, pair.b.id)} aria-label={t('duplicates.mergeLabel', { first: pair.a.name, second: pair.b.name })}>
                            {t('duplicates.merge')}
                          </Button>
                        ) : null}
                        <Button size="small" variant="outlined" onClick={() => setDismissing(pair)} aria-label={t('duplicates.dismissLabel', { first: pair.a.name, second: pair.b.name })}>
                          {t('duplicates.dismiss')}
                        </Button>
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {pages > 1 ? (
          <Box component="nav" aria-label={t('duplicates.pagination')} sx={{ mt: 3, display: 'flex', justifyContent: 'center' }}>
            <Pagination count={pages} page={page} onChange={(_event, value) => setParams({ soort: KINDS.find((k) => k.kind === kind)!.param, pagina: String(value) })} />
          </Box>
        ) : null}
      </Box>
      <ReasonDialog
        open={dismissing !== null}
        title={dismissing ? t('duplicates.dismissTitle', { first: dismissing.a.name, second: dismissing.b.name }) : ''}
        description={t('duplicates.dismissBody')}
        confirmLabel={t('duplicates.dismiss')}
        onClose={() => setDismissing(null)}
        onConfirm={async (reason) => {
          if (!dismissing) return;
          await dismiss.mutateAsync({ kind, firstId: dismissing.a.id, secondId: dismissing.b.id, reason });
          notify(t('duplicates.dismissed'));
        }}
      />
    </>
  );
}

export default DuplicatesPage;
