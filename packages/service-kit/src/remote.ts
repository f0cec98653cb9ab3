import { defaultSubgraphUrl, type SubgraphName } from './config';
import { forbidden, serviceUnavailable } from './errors';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity, type Identity } from './identity';

export interface RemoteCall {
  /** Name of the owning service, for the error a caller sees. */
  service: string;
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The caller's identity, passed on so the owner applies its own access rules. */
  identity: Identity;
  secret: string;
  requestId: string;
  timeoutMs: number;
}

export interface RemoteResult<T> {
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[];
}

/**
 * Asks another subgraph for a fact it owns, over HTTP, with the caller's identity signed as the
 * gateway would sign it. Unreachable, slow or broken answers become SERVICE_UNAVAILABLE naming the
 * service; GraphQL errors of the owner are returned for the caller to interpret.
 */
export async function callSubgraph<T>(call: RemoteCall): Promise<RemoteResult<T>> {
  let response: Response;
  const body = JSON.stringify({ query: call.query, variables: call.variables ?? {} });
  try {
    response = await fetch(call.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: signIdentity(call.identity, call.secret, body),
        [REQUEST_ID_HEADER]: call.requestId,
      },
      body,
      signal: AbortSignal.timeout(call.timeoutMs),
    });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${call.timeoutMs} ms` : 'unreachable';
    throw serviceUnavailable(call.service, reason);
  }
  let answer: { data?: T | null; errors?: RemoteResult<T>['errors'] };
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    throw serviceUnavailable(call.service, `HTTP ${response.status} without a GraphQL answer`);
  }
  if (!response.ok && !answer.data) throw serviceUnavailable(call.service, `HTTP ${response.status}`);
  return { data: answer.data ?? null, errors: answer.errors ?? [] };
}

export interface OwnerQuery {
  service: SubgraphName;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Asks the owner of a fact for one root field, as the caller, and returns its value (null when the
 * owner does not know it). The owner's refusals keep their meaning (FORBIDDEN stays FORBIDDEN);
 * anything else it cannot answer is SERVICE_UNAVAILABLE naming it.
 */
export async function askOwner<T>(
  caller: { identity: Identity; requestId: string },
  config: { subgraphUrls: Record<string, string | null>; subgraphSecret: string; subgraphTimeoutMs: number },
  ask: OwnerQuery,
): Promise<T | null> {
  const { data, errors } = await callSubgraph<Record<string, T | null>>({
    service: ask.service,
    url: config.subgraphUrls[ask.service] ?? defaultSubgraphUrl(ask.service),
    query: ask.query,
    variables: ask.variables,
    identity: caller.identity,
    secret: config.subgraphSecret,
    requestId: caller.requestId,
    timeoutMs: config.subgraphTimeoutMs,
  });
  const value = data ? Object.values(data)[0] : null;
  if (!value && errors.length > 0) {
    const code = errors[0].extensions?.code;
    if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') throw forbidden(`${ask.service}: ${errors[0].message}`);
    throw serviceUnavailable(ask.service, errors[0].message);
  }
  return value ?? null;
}
