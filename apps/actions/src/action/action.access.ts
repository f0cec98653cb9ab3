import { hasRole, partnerInstitutionOf, ROLE_GROUPS } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { actionLoader, partnersOfActionLoader } from './action.loader';
import type { ActionModel } from './action.model';

/** The reading roles read every Action; a partner reads the Actions of its institution. */
export async function mayReadAction(ctx: ServiceContext, action: ActionModel): Promise<boolean> {
  if (hasRole(ctx.identity, ...ROLE_GROUPS.readAll)) return true;
  const org = partnerInstitutionOf(ctx.identity);
  return org !== null && (await partnersOfActionLoader(ctx).load(action.id)).includes(org);
}

/** The Action if the caller may read it; null when it does not exist or is not theirs to read. */
export async function readableAction(ctx: ServiceContext, action: ActionModel | null): Promise<ActionModel | null> {
  return action && (await mayReadAction(ctx, action)) ? action : null;
}

/** Reads an Action by id, as `readableAction`. */
export async function readableActionById(ctx: ServiceContext, id: string): Promise<ActionModel | null> {
  return readableAction(ctx, await actionLoader(ctx).load(id));
}
