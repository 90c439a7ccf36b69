import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { EmptyValue } from '@gemeente-crm/web-ui';
import type { MergeRow, Side } from './mergeFields';

export interface MergeChoicesProps {
  rows: MergeRow[];
  firstName: string;
  secondName: string;
  sides: Record<string, Side>;
  onChange: (field: string, side: Side) => void;
}

/**
 * The differing fields side by side, with per field a radio group (keyboard: arrow keys)
 * choosing the value the surviving record keeps.
 */
export function MergeChoices({ rows, firstName, secondName, sides, onChange }: MergeChoicesProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Typography>{t('merge.noDifferences')}</Typography>;
  return (
    <TableContainer>
      <Table aria-label={t('merge.fieldsTitle')}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('merge.field')}</TableCell>
            <TableCell scope="col">{firstName}</TableCell>
            <TableCell scope="col">{secondName}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const legend = t('merge.choiceLegend', { field: row.label });
            return (
              <TableRow key={row.field}>
                <TableCell component="th" scope="row">
                  {row.label}
                </TableCell>
                <TableCell colSpan={2} sx={{ p: 0 }}>
                  <RadioGroup
                    row
                    aria-label={legend}
                    name={`merge-${row.field}`}
                    value={sides[row.field] ?? 'first'}
                    onChange={(_event, value) => onChange(row.field, value as Side)}
                    sx={{ display: 'grid', gridTemplateColumns: row.list ? '1fr 1fr auto' : '1fr 1fr', px: 2 }}
                  >
                    <FormControlLabel
                      value="first"
                      control={<Radio slotProps={{ input: { 'aria-label': `${row.label}: ${row.first || t('common.notFilled')} (${firstName})` } }} />}
                      label={row.first || <EmptyValue />}
                    />
                    <FormControlLabel
                      value="second"
                      control={<Radio slotProps={{ input: { 'aria-label': `${row.label}: ${row.second || t('common.notFilled')} (${secondName})` } }} />}
                      label={row.second || <EmptyValue />}
                    />
                    {row.list ? <FormControlLabel value="both" control={<Radio />} label={t('merge.both')} /> : null}
                  </RadioGroup>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
