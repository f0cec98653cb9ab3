import { isDeployable, isRecordableAfterTheFact, ROSTER_STATUSES_DEPLOYABLE, ROSTER_STATUSES_RECORDABLE_AFTER_THE_FACT } from '@mieux/domain';
import { askOwner, conflict, notFound, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';
import type { ExpertStub } from './expert.model';

/** Experts of the roster, asked of the experts service with the caller's identity (ARCHITECTURE.md). */
/** What this service asks the experts service about an expert. */
export const EXPERT_FACT_QUERY = 'query($id: ID!) { expert(id: $id) { id status } }';

/** What an invitation asks of the experts service: the expert's standing and declared availability (the expert's and project officers' to read). */
export const EXPERT_AVAILABILITY_QUERY = 'query($id: ID!) { expert(id: $id) { id status availability { from to } } }';

/** The card fields `Deployment.expert` provides, asked of the experts service for an expert this service has no card of yet. */
export const EXPERT_CARDS_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Expert { id status publicOfficial euNational displayName employerType nationality { code } memberState { code } } } }`;

export class ExpertClient {
  constructor(private readonly config: ServiceConfig) {}

  /** The cards of experts, asked as the caller (null where the experts service gives none). */
  async cardsOf(ctx: SubgraphContext, ids: readonly string[]): Promise<(ExpertStub | null)[]> {
    const r = ids.map((id) => ({ __typename: 'Expert', id }));
    return (
      (await askOwner<(ExpertStub | null)[]>(ctx, this.config, { service: 'experts', query: EXPERT_CARDS_QUERY, variables: { r } })) ?? ids.map(() => null)
    );
  }

  /** An expert may be deployed only while ACTIVE on the roster. */
  async assertActiveExpert(ctx: SubgraphContext, id: string): Promise<void> {
    const expert = await askOwner<{ id: string; status: string }>(ctx, this.config, { service: 'experts', query: EXPERT_FACT_QUERY, variables: { id } });
    assertStatus(id, expert, isDeployable, ROSTER_STATUSES_DEPLOYABLE);
  }

  /**
   * An expert to invite: ACTIVE on the roster, with their declared availability (none when the
   * experts service gives none). Asked at the time of the invitation rather than copied from events,
   * so an availability the expert just set counts at once, and the roster keeps its personal data.
   */
  async availabilityOf(ctx: SubgraphContext, id: string): Promise<{ from: string; to: string }[]> {
    const expert = await askOwner<{ id: string; status: string; availability: { from: string; to: string }[] | null }>(ctx, this.config, {
      service: 'experts',
      query: EXPERT_AVAILABILITY_QUERY,
      variables: { id },
    });
    assertStatus(id, expert, isDeployable, ROSTER_STATUSES_DEPLOYABLE);
    return expert?.availability ?? [];
  }

  /** An expert recorded after the fact: on the roster, active or paused. */
  async assertRecordableExpert(ctx: SubgraphContext, id: string): Promise<void> {
    const expert = await askOwner<{ id: string; status: string }>(ctx, this.config, { service: 'experts', query: EXPERT_FACT_QUERY, variables: { id } });
    assertStatus(id, expert, isRecordableAfterTheFact, ROSTER_STATUSES_RECORDABLE_AFTER_THE_FACT);
  }
}

function assertStatus(id: string, expert: { status: string } | null, allowed: (status: string) => boolean, statuses: readonly string[]): void {
  if (!expert) throw notFound('Expert', id);
  if (!allowed(expert.status)) {
    throw conflict(`Expert is ${expert.status} on the roster; only ${statuses.join(' or ')} experts are deployed`, { expertStatus: expert.status });
  }
}
