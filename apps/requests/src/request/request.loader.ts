import { alignToKeys, groupToKeys } from '@mieux/service-kit';
import type { ServiceContext } from '../context';
import { toActionFicheModel, toRequestModel, toTransitionModel, type ActionFicheModel, type RequestModel, type TransitionModel } from './request.model';

/** The request's requests by id: N lookups, one statement. */
export function requestLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, RequestModel | null>('request', async (ids) =>
    alignToKeys(ids, (await ctx.requests.findByIds(ids)).map(toRequestModel), (r) => r.id),
  );
}

/** Histories of N requests, one statement. */
export function historyLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, TransitionModel[]>('request-history', async (ids) => {
    const rows = await ctx.requests.historyOf(ids);
    return groupToKeys(ids, rows, (r) => r.requestId).map((group) => group.map(toTransitionModel));
  });
}

/** Every version of the Action Fiches of N requests, one statement. */
export function ficheVersionsLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, ActionFicheModel[]>('action-fiche-versions', async (ids) => {
    const rows = await ctx.requests.ficheVersionsOf(ids);
    return groupToKeys(ids, rows, (r) => r.requestId).map((group) => group.map((r) => toActionFicheModel({ ...r.fiche, version: r.version })));
  });
}

/** The sign-ins behind N opaque actor ids (project officers read them), one statement. */
export function actorSubjectLoader(ctx: ServiceContext) {
  return ctx.loaders.get<string, string | null>('request-actor-subject', async (ids) =>
    alignToKeys(ids, await ctx.requests.subjectsOf(ids), (r) => r.actorId).map((r) => r?.subject ?? null),
  );
}
