import type { EmptyTexts } from '../../components/JoinEmptyText'

/** A join table's short empty line (components/JoinEmptyText.tsx) instead of Payload's search message. */
export const emptyJoinText = (empty: EmptyTexts) => ({ path: '/components/JoinEmptyText#JoinEmptyText', clientProps: { empty } })
