import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Pagination from '@mui/material/Pagination';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import ArchiveIcon from '@mui/icons-material/Archive';
import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { ACCEPTED_DOCUMENT_TYPES, type DocumentSummary, useArchiveDocument, useDocuments, useDownloadDocument, useUploadDocument } from '@gemeente-crm/web-archive-data-access';
import { useSession } from '@gemeente-crm/web-auth';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, errorMessage, LoadingState, ReasonDialog, useNotify } from '@gemeente-crm/web-ui';
import type { RelationSlotProps } from '../types';
import { UploadZone } from '../upload/UploadZone';
import { contentTypeLabel, fileSizeLabel } from './fileSize';

const PAGE_SIZE = 25;

/** "Documenten" of an organisation or person: the list, an upload zone, download and archive. */
export function DocumentsTab({ relation }: RelationSlotProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const [page, setPage] = useState(1);
  const [archiving, setArchiving] = useState<DocumentSummary | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const owner = { objectType: relation.objectType, objectId: relation.objectId };
  const documents = useDocuments(owner, page, PAGE_SIZE);
  const upload = useUploadDocument(owner);
  const archive = useArchiveDocument();
  const download = useDownloadDocument();
  const canWrite = can('documents:write') && !relation.archived;

  const uploadAll = async (files: File[]) => {
    // One at a time: each file is accepted or refused on its own, with its own message.
    for (const file of files) {
      setBusy(file.name);
      try {
        await upload.mutateAsync(file);
        notify(t('documents.uploaded', { fileName: file.name }), 'success');
      } catch (error) {
        notify(t('documents.uploadFailed', { fileName: file.name, reason: errorMessage(t, error) }), 'error');
      }
    }
    setBusy(null);
  };

  const pages = documents.data ? Math.max(1, Math.ceil(documents.data.total / PAGE_SIZE)) : 1;

  return (
    <Box>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {t('documents.title', { name: relation.name })}
      </Typography>
      {canWrite ? (
        <Box sx={{ mb: 3 }}>
          <UploadZone
            label={t('documents.uploadLabel')}
            hint={t('documents.uploadHint')}
            chooseLabel={t('documents.choose')}
            accept={ACCEPTED_DOCUMENT_TYPES}
            disabled={busy !== null}
            onFiles={(files) => void uploadAll(files)}
          />
          <Typography role="status" variant="body2" sx={{ mt: 1, minHeight: '1.5em' }}>
            {busy ? t('documents.uploading', { fileName: busy }) : ''}
          </Typography>
        </Box>
      ) : null}
      {documents.isPending ? <LoadingState /> : null}
      {documents.isError ? <ErrorState error={documents.error} onRetry={() => void documents.refetch()} /> : null}
      {documents.data && documents.data.items.length === 0 ? <Typography>{t('documents.empty')}</Typography> : null}
      {documents.data && documents.data.items.length > 0 ? (
        <TableContainer>
          <Table size="small" aria-label={t('documents.tab')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('documents.columns.name')}</TableCell>
                <TableCell>{t('documents.columns.type')}</TableCell>
                <TableCell align="right">{t('documents.columns.size')}</TableCell>
                <TableCell>{t('documents.columns.date')}</TableCell>
                <TableCell>{t('documents.columns.uploader')}</TableCell>
                <TableCell>
                  <span className="visually-hidden">{t('common.actions')}</span>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {documents.data.items.map((document) => (
                <TableRow key={document.id}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{document.fileName}</TableCell>
                  <TableCell>{contentTypeLabel(document.contentType)}</TableCell>
                  <TableCell align="right">{fileSizeLabel(document.sizeBytes)}</TableCell>
                  <TableCell>
                    <time dateTime={document.uploadedAt}>{formatDateTime(document.uploadedAt)}</time>
                  </TableCell>
                  <TableCell>{document.uploadedBy.name ?? '–'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <IconButton
                      aria-label={t('documents.download', { fileName: document.fileName })}
                      onClick={() => void download(document).catch((error: unknown) => notify(errorMessage(t, error), 'error'))}
                    >
                      <DownloadIcon aria-hidden="true" />
                    </IconButton>
                    {canWrite ? (
                      <IconButton aria-label={t('documents.archive', { fileName: document.fileName })} onClick={() => setArchiving(document)} aria-haspopup="dialog">
                        <ArchiveIcon aria-hidden="true" />
                      </IconButton>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {pages > 1 ? <Pagination sx={{ mt: 2 }} count={pages} page={page} onChange={(_event, next) => setPage(next)} /> : null}
      <ReasonDialog
        open={archiving !== null}
        title={t('documents.archive', { fileName: archiving?.fileName ?? '' })}
        description={t('documents.archiveBody')}
        confirmLabel={t('common.archive')}
        destructive
        onClose={() => setArchiving(null)}
        onConfirm={async (reason) => {
          if (!archiving) return;
          await archive.mutateAsync({ id: archiving.id, reason });
          notify(t('documents.archived', { fileName: archiving.fileName }), 'success');
          setArchiving(null);
        }}
      />
    </Box>
  );
}

export default DocumentsTab;
