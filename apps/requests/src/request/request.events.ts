import { isFinalDecision, DECISION_OUTCOMES, type DecisionOutcome } from '@mieux/domain';
import { publish } from '@mieux/service-kit';
import type { EntityManager } from 'typeorm';
import type { ActionFicheRow, RequestRow } from './request.entity';

const isDecision = (status: string): status is DecisionOutcome => (DECISION_OUTCOMES as readonly string[]).includes(status);

/** The event of a new expression of interest, written in its transaction: facts, never the contact. */
export function publishRequestSubmitted(manager: EntityManager, row: RequestRow): Promise<unknown> {
  const { id: requestId, reference, beneficiaryCode, thematicAreas, status } = row;
  return publish(manager, 'RequestSubmitted', requestId, {
    requestId,
    reference,
    beneficiaryCode,
    thematicAreas,
    status,
    submittedAt: row.submittedAt.toISOString(),
  });
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
