import { isFinalDecision, DECISION_OUTCOMES, type DecisionOutcome } from '@mieux/domain';
import type { EventPayload } from '@mieux/events';
import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import type { ActionFicheRow, RequestRow } from './request.entity';

const isDecision = (status: string): status is DecisionOutcome => (DECISION_OUTCOMES as readonly string[]).includes(status);

/** The event of a new expression of interest, written in its transaction: facts, never the contact. */
export function publishRequestSubmitted(manager: EntityManager, row: RequestRow): Promise<unknown> {
  return publish(manager, 'RequestSubmitted', row.id, submittedPayload(row));
}

/** What a new expression of interest tells (the demo's load tells it of each request as it stands). */
export function submittedPayload(row: RequestRow): EventPayload<'RequestSubmitted'> {
  const { id: requestId, reference, beneficiaryCode, region, thematicAreas, status } = row;
  return {
    requestId,
    reference,
    beneficiaryCode,
    region,
    thematicAreas,
    status,
    submittedAt: row.submittedAt.toISOString(),
    expressionOfInterestOn: String(row.expressionOfInterestOn).slice(0, 10),
  };
}

/**
 * The events of a change to a request, written in its transaction: a correction, an Action Fiche
 * drafted or revised, the Steering Committee's decision (or its request for a revision), and any other
 * move of the status.
 */
export async function publishRequestChange(
  manager: EntityManager,
  before: RequestRow,
  after: RequestRow,
  planned: { kind?: string; body?: string | null; set: { actionFiche?: ActionFicheRow | null } },
): Promise<void> {
  const requestId = after.id;
  if (planned.kind === 'CORRECTION') {
    const { status, beneficiaryCode, thematicAreas } = after;
    await publish(manager, 'RequestCorrected', requestId, { requestId, status, beneficiaryCode, thematicAreas });
  }
  const fiche = planned.set.actionFiche;
  if (fiche) await publish(manager, 'ActionFicheDrafted', requestId, { requestId, version: fiche.version ?? 1, status: after.status });
  if (after.status === before.status) return;
  if (isDecision(after.status)) {
    await publish(manager, 'RequestDecided', requestId, {
      requestId,
      from: before.status,
      decision: after.status,
      body: planned.body ?? null,
      decidedOn: isFinalDecision(after.status) ? after.decisionOn : null,
    });
    return;
  }
  await publish(manager, 'RequestStatusChanged', requestId, { requestId, from: before.status, to: after.status });
}
