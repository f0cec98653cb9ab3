import { generateDemoPortfolio } from '@mieux/demo';
import { createEvent } from '@mieux/events';
import { insertInChunks, OutboxEntity, outboxRowOf, type DemoSeedDeps } from '@mieux/service-kit';
import { cardOf, factsOf } from '../expert/expert.events';
import { ExpertAuditEntity, ExpertEntity, ExpertLanguageEntity, ExpertThematicAreaEntity, LOADED, type ExpertRow } from '../expert/expert.entity';

/** Writes the demo roster when the service has no expert yet. */
export async function seedDemo({ database, logger, scale, progress }: DemoSeedDeps): Promise<void> {
  const { dataSource } = database;
  if ((await dataSource.getRepository(ExpertEntity).count()) > 0) {
    logger.info('experts already present: the demo roster is not loaded again');
    return;
  }
  const { experts } = generateDemoPortfolio({ scale });
  const rows: ExpertRow[] = experts.map((e) => ({
    id: e.id,
    status: e.status,
    fullName: e.fullName,
    email: e.email,
    phone: e.phone,
    cvSummary: e.cvSummary,
    nationality: e.nationality,
    employerType: e.employerType,
    publicOfficial: e.publicOfficial,
    memberState: e.memberState,
    thematicAreas: e.thematicAreas,
    subTopics: e.subTopics,
    languages: e.languages,
    regions: e.regions,
    countriesOfExperience: e.countriesOfExperience,
    availability: e.availability,
    consentGivenAt: new Date(`${e.consentGivenOn}T10:00:00Z`),
    privacyNoticeVersion: e.privacyNoticeVersion,
    consentWithdrawnAt: null,
    refusalReason: null,
    erasedAt: null,
    appliedAt: new Date(`${e.appliedOn}T10:00:00Z`),
    idempotencyKey: null,
    payloadHash: null,
  }));
  await insertInChunks(
    dataSource,
    [
      [ExpertEntity, rows],
      [ExpertThematicAreaEntity, rows.flatMap((e) => e.thematicAreas.map((code) => ({ expertId: e.id, code })))],
      [ExpertLanguageEntity, rows.flatMap((e) => e.languages.map((code) => ({ expertId: e.id, code })))],
      // Every write of an expert adds an audit line, the load too: a matching index already running reads the roster again.
      [ExpertAuditEntity, rows.map((e) => ({ expertId: e.id, action: LOADED, actorRole: null, at: new Date() }))],
      // What the roster's consumers would have heard: each application, then its review.
      [OutboxEntity, rows.flatMap(demoEventsOf).map(outboxRowOf)],
    ],
    progress,
  );
}

function demoEventsOf(row: ExpertRow) {
  const at = row.appliedAt;
  const applied = createEvent('ExpertApplied', row.id, { expertId: row.id, status: 'APPLIED' }, at);
  const facts = createEvent('ExpertFactsChanged', row.id, factsOf(row), at);
  if (row.status === 'APPLIED') return [applied, facts];
  const reviewed =
    row.status === 'ACTIVE'
      ? createEvent('ExpertAccepted', row.id, { expertId: row.id, card: cardOf(row) }, at)
      : createEvent('ExpertCardChanged', row.id, { expertId: row.id, card: cardOf(row) }, at);
  return [applied, facts, reviewed];
}
