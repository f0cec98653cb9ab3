import { findForUpdate, type EventConsumerDefinition } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import { ActionEntity, ActionPartnerEntity } from '../action/action.entity';
import { RequestPartnerCopyEntity } from './request.entity';

/** Inserts rows a redelivery or a replay may have written already. */
function insertAbsent(manager: EntityManager, entity: typeof ActionPartnerEntity | typeof RequestPartnerCopyEntity, rows: object[]) {
  return manager.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
}

/**
 * The partner institutions of the requests, kept from the requests service's events, and given to
 * their Action whenever the link comes. The Action's row (or, before it exists, the place its request
 * id would take) is locked first: `createAction` inserts the Action and then reads this copy with a
 * lock, so of the two, whichever comes second sees what the first wrote.
 */
export const requestPartnersConsumer: EventConsumerDefinition = {
  name: 'actions-request-partners',
  producer: 'requests',
  handlers: {
    RequestPartnerLinked: async ({ payload: { requestId, institutionId } }, manager) => {
      const [action] = await findForUpdate(manager, ActionEntity, { requestId });
      await insertAbsent(manager, RequestPartnerCopyEntity, [{ requestId, institutionId }]);
      if (action) await insertAbsent(manager, ActionPartnerEntity, [{ actionId: action.id, institutionId }]);
    },
  },
  // The Actions keep their partners: a replay gives them again what the events say, nothing is taken away.
  reset: async (manager) => void (await manager.createQueryBuilder().delete().from(RequestPartnerCopyEntity).execute()),
};
