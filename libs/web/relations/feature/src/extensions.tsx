import { type ComponentType, createContext, type ReactNode, Suspense, useContext } from 'react';
import type { RelationObjectType } from '@gemeente-crm/web-api-client';

/** The relation a page shows, as other domains' components get it. */
export interface RelationRef {
  objectType: RelationObjectType;
  objectId: string;
  name: string;
  archived: boolean;
}

export interface RelationSlotProps {
  relation: RelationRef;
}

/**
 * What other domains add to the organisation and person pages. The relations screens do not
 * know those domains (feature libraries do not import each other); the app plugs them in here,
 * usually as React.lazy components. Every slot is optional.
 */
export interface RelationExtensions {
  /** Key facts under the page header (e.g. owner, open tasks, last contact). */
  KeyFacts?: ComponentType<RelationSlotProps>;
  /** Extra buttons next to "Bewerken" (e.g. "Contactmoment vastleggen"). */
  Actions?: ComponentType<RelationSlotProps>;
  /** The content of the "Tijdlijn" tab; without it (or without `interactions:read`) the tab is not shown. */
  Timeline?: ComponentType<RelationSlotProps>;
  /** The content of the "Documenten" tab; without it (or without `documents:read`) the tab is not shown. */
  Documents?: ComponentType<RelationSlotProps>;
}

const RelationExtensionsContext = createContext<RelationExtensions>({});

export function RelationExtensionsProvider({ value, children }: { value: RelationExtensions; children: ReactNode }) {
  return <RelationExtensionsContext.Provider value={value}>{children}</RelationExtensionsContext.Provider>;
}

export function useRelationExtensions(): RelationExtensions {
  return useContext(RelationExtensionsContext);
}

/** Renders one slot, if the app filled it, with its own Suspense (a lazy slot never blanks the page). */
export function RelationSlot({ component: Component, relation }: { component: ComponentType<RelationSlotProps> | undefined; relation: RelationRef }) {
  if (!Component) return null;
  return (
    <Suspense fallback={null}>
      <Component relation={relation} />
    </Suspense>
  );
}
