import { DEMO_PROJECT_OFFICERS, generateDemoPortfolio } from '@mieux/demo';
import { assessEligibility, findBeneficiary } from '@mieux/domain';
import { createEvent } from '@mieux/events';
import { callerId, insertInChunks, OutboxEntity, outboxRowOf, type DemoSeedDeps } from '@mieux/service-kit';
import { ProjectOfficerEntity } from '../officer/officer.entity';
import { submittedPayload } from '../request/request.events';
import { REQUEST_REFERENCES, RequestActorEntity, RequestEntity, ThematicAreaEntity, TransitionEntity, type RequestRow } from '../request/request.entity';

/** Writes the demo portfolio's requests, their thematic areas and histories, when the service has none. */
export async function seedDemo({ database, logger, scale, progress }: DemoSeedDeps): Promise<void> {
  const { dataSource } = database;
  if ((await dataSource.getRepository(RequestEntity).count()) > 0) {
    logger.info('requests already present: the demo portfolio is not loaded again');
    return;
  }
  const { requests } = generateDemoPortfolio({ scale });
  // Each project officer coordinates a region; each request is in the hands of its region's coordinator.
  const officers = DEMO_PROJECT_OFFICERS.map((o) => ({
    id: callerId({ sub: o.signIn, roles: [], expertId: null }),
    displayName: o.displayName,
    coordinatorOf: o.coordinatorOf,
    signIn: o.signIn,
    language: o.language,
  }));
  const coordinators = new Map<string, string>(officers.map((o) => [o.coordinatorOf, o.id]));
  const rows: RequestRow[] = requests.map((r) => ({
    id: r.id,
    reference: r.reference,
    title: r.title,
    status: r.status,
    channel: r.channel,
    beneficiaryCode: r.beneficiaryCode,
    region: findBeneficiary(r.beneficiaryCode)?.region ?? null,
    assignedOfficerId: coordinators.get(findBeneficiary(r.beneficiaryCode)?.region ?? '') ?? null,
    description: r.description,
    thematicAreas: r.thematicAreas,
    subTopics: r.subTopics,
    institutions: r.institutions,
    contactName: r.contact.name,
    contactEmail: r.contact.email,
    contactPhone: r.contact.phone,
    contactLanguage: null,
    expressionOfInterestOn: r.expressionOfInterestOn,
    submittedAt: new Date(`${r.expressionOfInterestOn}T09:00:00Z`),
    letterReference: r.officialLetter?.reference ?? null,
    letterReceivedOn: r.officialLetter?.receivedOn ?? null,
    letterChannel: r.officialLetter?.channel ?? null,
    eligibility: r.history.some((t) => t.to === 'ELIGIBLE' || t.to === 'INELIGIBLE')
      ? assessEligibility({ countryCode: r.beneficiaryCode, requestDate: r.expressionOfInterestOn, institutions: r.institutions })
      : null,
    actionFiche: r.actionFiche && { ...r.actionFiche, draftedAt: `${r.actionFiche.draftedOn}T12:00:00.000Z` },
    decisionOutcome: r.decision?.outcome ?? null,
    decisionOn: r.decision?.decidedOn ?? null,
    decisionRationale: r.decision?.rationale ?? null,
    approvedOn: r.decision?.outcome === 'APPROVED' ? r.decision.decidedOn : null,
    partnerIds: null,
    decisionBody: null,
    eligibilityOverride: null,
    idempotencyKey: null,
    payloadHash: null,
    trackingCodeHash: null,
    submittedBy: null,
  }));
  // Expressions of interest come through the anonymous form; every later step is signed in, recorded by opaque id.
  const subjects = new Map<string, string>(officers.map((o) => [o.id, o.signIn]));
  const actorOf = (subject: string) => {
    const actorId = callerId({ sub: subject, roles: [], expertId: null });
    subjects.set(actorId, subject);
    return actorId;
  };
  const history = requests.flatMap((r) =>
    r.history.map((t) => ({
      requestId: r.id,
      fromStatus: t.from,
      toStatus: t.to,
      at: new Date(`${t.on}T12:00:00Z`),
      actorId: t.from === null ? null : actorOf(t.role === 'PARTNER' ? r.contact.email : `${t.role.toLowerCase()}@example.org`),
      role: t.from === null ? null : t.role,
      reason: t.reason,
    })),
  );
  const lastNumbers = new Map<number, number>();
  for (const r of requests) {
    const [, year, n] = r.reference.split('-');
    lastNumbers.set(Number(year), Math.max(lastNumbers.get(Number(year)) ?? 0, Number(n)));
  }
  await insertInChunks(
    dataSource,
    [
      [RequestEntity, rows],
      [ThematicAreaEntity, rows.flatMap((r) => r.thematicAreas.map((code) => ({ requestId: r.id, code })))],
      [TransitionEntity, history],
      [RequestActorEntity, [...subjects].map(([actorId, subject]) => ({ actorId, subject }))],
      [
        ProjectOfficerEntity,
        officers.map(({ id, displayName, coordinatorOf, signIn, language }) => ({ id, displayName, coordinatorOf, email: signIn, language })),
      ],
      // What the consumers of requests would have heard: each request as it stands.
      [OutboxEntity, rows.map((r) => outboxRowOf(createEvent('RequestSubmitted', r.id, submittedPayload(r), r.submittedAt)))],
    ],
    progress,
  );
  await dataSource.getRepository(REQUEST_REFERENCES.entity).insert([...lastNumbers].map(([year, lastNumber]) => ({ year, lastNumber })));
}
