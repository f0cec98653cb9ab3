import type { EventConsumerDefinition } from '@mieux/service-kit';
import type { EventEnvelope } from '@mieux/events';
import type { EntityManager } from 'typeorm';
import { ExpertCardEntity } from './expert.entity';

async function keepCard(event: EventEnvelope<'ExpertAccepted' | 'ExpertCardChanged'>, manager: EntityManager): Promise<void> {
  const { expertId, card } = event.payload;
  await manager.save(ExpertCardEntity, { expertId, ...card, changedAt: new Date(event.occurredAt) });
}

/** The experts' public cards, kept from the roster's events; an erasure forgets the expert here too. */
export const expertCardsConsumer: EventConsumerDefinition = {
  name: 'actions-expert-cards',
  producer: 'experts',
  handlers: {
    ExpertAccepted: keepCard,
    ExpertCardChanged: keepCard,
    ExpertErased: async (event, manager) => void (await manager.delete(ExpertCardEntity, { expertId: event.payload.expertId })),
  },
  reset: async (manager) => void (await manager.createQueryBuilder().delete().from(ExpertCardEntity).execute()),
};
