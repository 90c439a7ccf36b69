import { archiveRelationExtensions } from '@gemeente-crm/web-archive';
import { interactionRelationExtensions } from '@gemeente-crm/web-interactions';
import type { RelationExtensions, RelationSlotProps } from '@gemeente-crm/web-relations';

const RecordContactMoment = interactionRelationExtensions.Actions;
const AddEmail = archiveRelationExtensions.EmailAction;

/** Header buttons of a relation page from several domains: "Contactmoment vastleggen", "E-mail toevoegen". */
function RelationActions(props: RelationSlotProps) {
  return (
    <>
      <RecordContactMoment {...props} />
      <AddEmail {...props} />
    </>
  );
}

/** What the domains add to the organisation and person pages. */
export const relationExtensions: RelationExtensions = {
  ...interactionRelationExtensions,
  Actions: RelationActions,
  Documents: archiveRelationExtensions.Documents,
};
