import { askOwner, type ServiceConfig, type SubgraphContext } from '@mieux/service-kit';

/** What this service asks the monitoring service about an Action: whether its final evaluation is recorded. */
export const FINAL_EVALUATION_QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { finalEvaluation { date } } } }`;

export class MonitoringClient {
  constructor(private readonly config: ServiceConfig) {}

  /** The date of the Action's final evaluation, or null while none is recorded (asked as the caller). */
  async finalEvaluationOn(ctx: SubgraphContext, actionId: string): Promise<string | null> {
    const [action] =
      (await askOwner<{ finalEvaluation: { date: string } | null }[]>(ctx, this.config, {
        service: 'monitoring',
        query: FINAL_EVALUATION_QUERY,
        variables: { r: [{ __typename: 'Action', id: actionId }] },
      })) ?? [];
    return action?.finalEvaluation?.date ?? null;
  }
}
