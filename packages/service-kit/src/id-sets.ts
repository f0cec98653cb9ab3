import { forbidden } from './errors';
import { signatureMatches, subgraphSignature } from './identity';

/** The Portfolio's private id sets: the actions service makes them, the other services compute figures over them. */
export const ID_SETS = ['actionIds', 'activityIds', 'deployedExpertIds'] as const;
export type IdSetName = (typeof ID_SETS)[number];

/**
 * The actions service's signature of one of a Portfolio's id sets (HMAC-SHA256 with the subgraphs'
 * secret over the set's name and ids, a message no identity header can be): a service that computes
 * figures over a set trusts it only with this signature, so a representation crafted for `_entities`
 * learns nothing about the ids it names.
 */
export function signIdSet(name: IdSetName, ids: readonly string[], secret: string): string {
  return subgraphSignature(`mieux-id-set\n${name}\n${JSON.stringify(ids)}`, secret);
}

/** The set when its signature is the actions service's; FORBIDDEN otherwise, before any figure is computed over it. */
export function trustedIdSet(name: IdSetName, ids: readonly string[] | null | undefined, signature: string | null | undefined, secret: string): string[] {
  if (!ids || !signatureMatches(signIdSet(name, ids, secret), signature)) {
    throw forbidden(`A Portfolio's ${name} are made by the actions service, and this set does not carry its signature`);
  }
  return [...ids];
}
