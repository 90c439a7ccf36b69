import { Navigate, useOutletContext } from 'react-router';
import { useSession } from '@gemeente-crm/web-auth';
import { type RelationRef, RelationSlot, useRelationExtensions } from '../extensions';

/** "Tijdlijn" of an organisation or person: the timeline the app plugged in (see RelationExtensions). */
export function TimelineTab() {
  const { relation } = useOutletContext<{ relation: RelationRef }>();
  const { Timeline } = useRelationExtensions();
  const { can } = useSession();
  if (!Timeline || !can('interactions:read')) return <Navigate to=".." relative="path" replace />;
  return <RelationSlot component={Timeline} relation={relation} />;
}

export default TimelineTab;
