import Link from '@mui/material/Link';
import type { Task } from '@gemeente-crm/web-api-client';
import { EmptyValue } from '@gemeente-crm/web-ui';
import { relationPagePath } from '../paths';

/** The organisation or person a task is for, as a link to its page. */
export function RelationLink({ relation }: { relation: Task['relation'] }) {
  const path = relationPagePath(relation);
  const name = relation.name ?? relation.objectId;
  if (!relation.name && !path) return <EmptyValue />;
  return path ? <Link href={path}>{name}</Link> : <span>{name}</span>;
}
