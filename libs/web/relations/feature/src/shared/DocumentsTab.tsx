import { Navigate, useOutletContext } from 'react-router';
import { useSession } from '@gemeente-crm/web-auth';
import { type RelationRef, RelationSlot, useRelationExtensions } from '../extensions';

/** "Documenten" of an organisation or person: the documents view the app plugged in (see RelationExtensions). */
export function DocumentsTab() {
  const { relation } = useOutletContext<{ relation: RelationRef }>();
  const { Documents } = useRelationExtensions();
  const { can } = useSession();
  if (!Documents || !can('documents:read')) return <Navigate to=".." relative="path" replace />;
  return <RelationSlot component={Documents} relation={relation} />;
}

export default DocumentsTab;
