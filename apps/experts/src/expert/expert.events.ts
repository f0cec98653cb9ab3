import type { EventPayload, ExpertCard } from '@mieux/events';
import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import type { ExpertRow } from './expert.entity';
import { ERASED_NAME } from './expert.model';

/** The public card other services keep of an expert (the explorer's deployed experts). */
export function cardOf(row: ExpertRow): ExpertCard {
  return {
    displayName: row.fullName ?? ERASED_NAME,
    status: row.status,
    employerType: row.employerType,
    publicOfficial: Boolean(row.publicOfficial),
    nationality: row.nationality,
    memberState: row.memberState,
  };
}

const sameCard = (a: ExpertCard, b: ExpertCard) => JSON.stringify(a) === JSON.stringify(b);

/** The anonymous facts the portfolio counts of an expert: no name. */
export function factsOf(row: ExpertRow): EventPayload<'ExpertFactsChanged'> {
  return { expertId: row.id, employerType: row.employerType, publicOfficial: Boolean(row.publicOfficial), memberState: row.memberState };
}

const sameFacts = (a: ExpertRow, b: ExpertRow) => JSON.stringify(factsOf(a)) === JSON.stringify(factsOf(b));

/**
 * The events of a change to an expert, written in its transaction: erasure and withdrawn consent say
 * so (consumers forget the person), acceptance on the roster carries the card, and any other change
 * of the card's fields carries the new card.
 */
export async function publishExpertChange(manager: EntityManager, action: string, before: ExpertRow | null, after: ExpertRow): Promise<void> {
  const expertId = after.id;
  if (!before) {
    await publish(manager, 'ExpertApplied', expertId, { expertId, status: after.status });
    await publish(manager, 'ExpertFactsChanged', expertId, factsOf(after));
    return;
  }
  // An erasure keeps the statistics: the facts are told again only when one of them changes.
  if (!sameFacts(before, after)) await publish(manager, 'ExpertFactsChanged', expertId, factsOf(after));
  if (action === 'ERASED') {
    if (!before.erasedAt) await publish(manager, 'ExpertErased', expertId, { expertId, status: after.status });
    return;
  }
  if (action === 'CONSENT_WITHDRAWN' && !before.consentWithdrawnAt) await publish(manager, 'ConsentWithdrawn', expertId, { expertId, status: after.status });
  const card = cardOf(after);
  if (after.status === 'ACTIVE' && before.status !== 'ACTIVE') await publish(manager, 'ExpertAccepted', expertId, { expertId, card });
  else if (!sameCard(cardOf(before), card)) await publish(manager, 'ExpertCardChanged', expertId, { expertId, card });
}
