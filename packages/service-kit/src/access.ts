import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { badUserInput, forbidden, unauthenticated } from './errors';
import { callerId, ROLES, type Identity, type Role } from './identity';

/**
 * Who may call an operation, named once for the whole graph (ARCHITECTURE.md, "Identity and
 * access"). Resolvers say which group they allow with `allow(...)`; ownership checks (the
 * expert's own data, the partner's own request) sit beside them.
 */
export const ROLE_GROUPS = {
  /** Anyone, signed in or not: expressions of interest, roster applications, reference data, figures. */
  anyone: null,
  /** Any signed-in caller, whatever the role; the resolver narrows by ownership. */
  signedIn: ROLES,
  /** Read every request, Action, activity and the roster's public profiles. */
  readAll: ['PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST'],
  /** Run the lifecycle: record, assess, plan, deploy, monitor. */
  officers: ['PROJECT_OFFICER'],
  /** Decide on Action Fiches. */
  committee: ['STEERING_COMMITTEE'],
  /** The experts of the roster, about their own data. */
  experts: ['EXPERT'],
  /** Read an activity: the reading roles, the experts deployed on it and the partners of its Action's institution (checked by the resolver). */
  activityReaders: ['PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST', 'EXPERT', 'PARTNER'],
  /** Read an Action: the reading roles, and partners (their institution's, checked by the resolver). */
  actionReaders: ['PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST', 'PARTNER'],
  /** Partner institutions, about their own requests and Actions. */
  partners: ['PARTNER'],
  /** Read a request: the reading roles, and partners (their own, checked by the resolver). */
  requestReaders: ['PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST', 'PARTNER'],
} as const satisfies Record<string, readonly Role[] | null>;

export type RoleGroup = (typeof ROLE_GROUPS)[keyof typeof ROLE_GROUPS];

/** Whether the caller holds any of the roles. ADMIN holds every role. */
export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return identity.roles.includes('ADMIN') || roles.some((role) => identity.roles.includes(role));
}

/**
 * The partner institution a signed-in PARTNER acts for (the token's `org` claim), or null: for anyone
 * else, and for a claim longer than any id the graph makes (it names no institution).
 */
export function partnerInstitutionOf(identity: Identity): string | null {
  const org = identity.sub !== null && identity.roles.includes('PARTNER') ? (identity.org ?? null) : null;
  return org !== null && org.length <= ID_MAX ? org : null;
}

/** The caller must be signed in. */
export function requireSignedIn(identity: Identity): void {
  if (!identity.sub) throw unauthenticated();
}

/**
 * The caller must hold one of the roles: anonymous callers get UNAUTHENTICATED, others FORBIDDEN
 * naming the roles that may.
 */
export function requireRole(identity: Identity, ...roles: Role[]): void {
  requireSignedIn(identity);
  if (!hasRole(identity, ...roles)) {
    throw forbidden(`This needs one of the roles ${roles.join(', ')}`);
  }
}

/** Checks a role group (null: anyone). */
export function requireGroup(identity: Identity, group: RoleGroup): void {
  if (group !== null) requireRole(identity, ...group);
}

type Resolve<TParent, TArgs, TContext, TResult> = (parent: TParent, args: TArgs, context: TContext, info: GraphQLResolveInfo) => TResult;

/**
 * Declares who may call a resolver, where a reader of the resolver map sees it:
 * `decideRequest: allow(ROLE_GROUPS.committee, async (_, args, ctx) => ...)`. The check runs before
 * the resolver; anonymous callers get UNAUTHENTICATED, other roles FORBIDDEN.
 */
export function allow<TParent, TArgs, TContext extends { identity: Identity }, TResult>(
  group: RoleGroup,
  resolve: Resolve<TParent, TArgs, TContext, TResult>,
): Resolve<TParent, TArgs, TContext, TResult> {
  return (parent, args, context, info) => {
    requireGroup(context.identity, group);
    requireShortIds(args, info);
    return resolve(parent, args, context, info);
  };
}

/** The longest id the graph makes (UUIDs, references): a longer one names nothing, and is refused before any lock or query. */
export const ID_MAX = 64;

/** Every `ID` argument (or list of them) of the field is at most ID_MAX characters: BAD_USER_INPUT naming the argument. */
function requireShortIds(args: unknown, info: GraphQLResolveInfo | undefined): void {
  // Stryker disable next-line OptionalChaining: GraphQL calls a resolver only for a field of its parent type; the chain guards resolvers called without info
  const definitions = info?.parentType?.getFields()[info.fieldName]?.args ?? [];
  for (const definition of definitions) {
    if (getNamedType(definition.type).name !== 'ID') continue;
    const value = (args as Record<string, unknown>)[definition.name];
    const ids = Array.isArray(value) ? value : [value];
    if (ids.some((id) => typeof id === 'string' && id.length > ID_MAX))
      throw badUserInput([{ field: definition.name, message: `must be at most ${ID_MAX} characters` }]);
  }
}

/** Most specific first: the role a change is recorded under when a caller holds several. */
const PRECEDENCE: readonly Role[] = ['STEERING_COMMITTEE', 'PROJECT_OFFICER', 'ANALYST', 'EXPERT', 'PARTNER', 'ADMIN'];

/**
 * The role a change is recorded under: the most specific role the caller holds among those the
 * operation allows (all roles when none are given); ADMIN when the caller acts only as ADMIN.
 */
export function actingRole(identity: Identity, among: readonly Role[] = ROLES): Role | null {
  return PRECEDENCE.find((role) => identity.roles.includes(role) && among.includes(role)) ?? (identity.roles.includes('ADMIN') ? 'ADMIN' : null);
}

/** Who made a recorded change, as histories keep it: the role acted as and an opaque, stable id of the caller, never the token's subject. */
export interface Actor {
  role: Role | null;
  /** `callerId` of the caller; null for an anonymous caller. */
  actorId: string | null;
}

/** The actor a change is recorded under: `actingRole` among the operation's roles, and the caller's opaque id (null when anonymous). */
export function actorOf(identity: Identity, among: readonly Role[] = ROLES): Actor {
  return { role: actingRole(identity, among), actorId: identity.sub ? callerId(identity) : null };
}
