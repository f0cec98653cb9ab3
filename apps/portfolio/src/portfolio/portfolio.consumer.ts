import { PORTFOLIO_EVENT_TYPES, type FactKind, type PortfolioEvent } from '@mieux/domain';
import { typesOf, type EventType, type Producer } from '@mieux/events';
import type { EventConsumerDefinition } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import type { PortfolioReadModel } from './portfolio.figures';
import type { FactsRepository } from './portfolio.repository';

/** The facts each producer tells, which its consumer forgets before a replay. */
const PRODUCERS: { producer: Producer; kinds: FactKind[] }[] = [
  { producer: 'requests', kinds: ['requests'] },
  { producer: 'actions', kinds: ['actions', 'activities', 'deployments', 'invitations'] },
  { producer: 'experts', kinds: ['experts'] },
  { producer: 'monitoring', kinds: ['participation', 'evaluations', 'results', 'followUps'] },
];

/**
 * The portfolio's consumers, one per producer: each batch of events is folded into the model in
 * memory and the facts it set are written, in the transaction that records the events as processed.
 * The model is changed before the commit: should the commit fail, the batch comes again and the fold,
 * which sets facts rather than adds to them, leaves the model as it would have been.
 */
export function portfolioConsumers(model: PortfolioReadModel, facts: FactsRepository): EventConsumerDefinition[] {
  return PRODUCERS.map(({ producer, kinds }) => {
    const apply = async (events: readonly PortfolioEvent[], manager: EntityManager) => facts.save(manager, model.fold(events));
    const types = typesOf(producer).filter((type) => PORTFOLIO_EVENT_TYPES.includes(type));
    return {
      name: `portfolio-${producer}`,
      producer,
      handlers: Object.fromEntries(types.map((type: EventType) => [type, (event: PortfolioEvent, manager: EntityManager) => apply([event], manager)])),
      applyBatch: (events, manager) => apply(events, manager),
      reset: async (manager) => {
        await facts.clear(manager, kinds);
        model.forget(kinds);
      },
    };
  });
}
