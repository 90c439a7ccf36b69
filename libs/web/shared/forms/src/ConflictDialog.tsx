import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useId } from 'react';
import { formatDateTime, useTranslation } from '@gemeente-crm/web-i18n';
import { EmptyValue } from '@gemeente-crm/web-ui';

/** After a 412: the values the edit started from, the user's, and what is stored now. */
export interface Conflict<Values, Rec> {
  base: Values;
  mine: Values;
  theirs: Values;
  current: Rec;
}

export interface ConflictDialogProps<Values, Rec extends { updatedAt: string }> {
  conflict: Conflict<Values, Rec>;
  keys: readonly string[];
  changedKeys: (a: Values, b: Values) => string[];
  label: (key: string) => string;
  display: (key: string, values: Values) => string;
  onReapply: () => void;
  onDiscard: () => void;
  /** Other words for the two choices where "re-apply to the form" does not fit (e.g. KvK update). */
  reapplyLabel?: string;
  reapplyHelp?: string;
  discardLabel?: string;
}

/**
 * After a 412: what the user changed next to what is stored now, field by field. The user
 * chooses; nothing is overwritten without them seeing it.
 */
export function ConflictDialog<Values, Rec extends { updatedAt: string }>({
  conflict,
  keys,
  changedKeys,
  label,
  display,
  onReapply,
  onDiscard,
  reapplyLabel,
  reapplyHelp,
  discardLabel,
}: ConflictDialogProps<Values, Rec>) {
  const { t } = useTranslation();
  const titleId = useId();
  const mine = new Set(changedKeys(conflict.base, conflict.mine));
  const theirs = new Set(changedKeys(conflict.base, conflict.theirs));
  const rows = keys.filter((key) => mine.has(key) || theirs.has(key));
  const overlap = rows.some((key) => mine.has(key) && theirs.has(key));
  const empty = <EmptyValue />;
  const show = (key: string, values: Values) => display(key, values) || empty;

  return (
    <Dialog open aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{t('conflict.intro')}</DialogContentText>
        <DialogContentText sx={{ mb: 2 }}>
          {t('fields.updatedAt')}: {formatDateTime(conflict.current.updatedAt)}
        </DialogContentText>
        {!overlap ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('conflict.noOverlap')}
          </Alert>
        ) : null}
        <TableContainer>
          <Table size="small" aria-label={t('conflict.title')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('conflict.field')}</TableCell>
                <TableCell scope="col">{t('conflict.original')}</TableCell>
                <TableCell scope="col">{t('conflict.yours')}</TableCell>
                <TableCell scope="col">{t('conflict.theirs')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((key) => {
                const both = mine.has(key) && theirs.has(key);
                return (
                  <TableRow key={key} sx={both ? { bgcolor: 'rgba(138, 75, 0, 0.08)' } : undefined}>
                    <TableCell component="th" scope="row">
                      <strong>{label(key)}</strong>
                      <div>
                        <Chip
                          size="small"
                          variant="outlined"
                          color={both ? 'warning' : 'default'}
                          label={both ? t('conflict.bothChanged') : mine.has(key) ? t('conflict.onlyYours') : t('conflict.onlyTheirs')}
                          sx={{ mt: 0.5 }}
                        />
                      </div>
                    </TableCell>
                    <TableCell>{show(key, conflict.base)}</TableCell>
                    <TableCell>{mine.has(key) ? <strong>{show(key, conflict.mine)}</strong> : show(key, conflict.mine)}</TableCell>
                    <TableCell>{theirs.has(key) ? <strong>{show(key, conflict.theirs)}</strong> : show(key, conflict.theirs)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
        <DialogContentText sx={{ mt: 2 }}>{reapplyHelp ?? t('conflict.reapplyHelp')}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onDiscard}>{discardLabel ?? t('conflict.discard')}</Button>
        <Button variant="contained" onClick={onReapply} autoFocus>
          {reapplyLabel ?? t('conflict.reapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
