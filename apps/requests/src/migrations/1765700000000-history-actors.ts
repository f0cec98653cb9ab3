import { callerId } from '@mieux/service-kit';
import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A request's history records who made each change as a role and an opaque id (`callerId` of the
 * sign-in), no longer as the sign-in itself (often an e-mail, which analysts could read). The sign-ins
 * stay, apart, in `request_actor` for project officers. A first line recorded under the request's own
 * contact e-mail may have been an anonymous form naming it: it gets no actor id (the contact stays on
 * the request).
 */
export class HistoryActors1765700000000 implements MigrationInterface {
  name = 'HistoryActors1765700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('request_transition', new TableColumn({ name: 'actor_id', type: 'varchar', length: '32', isNullable: true }));
    await runner.createTable(
      new Table({
        name: 'request_actor',
        columns: [
          { name: 'actor_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'subject', type: 'varchar', length: '254' },
        ],
      }),
    );
    await runner.query(
      `UPDATE request_transition SET actor = NULL WHERE from_status IS NULL AND role = 'PARTNER'
         AND actor = (SELECT r.contact_email FROM request r WHERE r.id = request_transition.request_id)`,
    );
    // Grouped here rather than by SQL: MySQL's collation would take two sign-ins differing in case for one.
    const lines = (await runner.query(`SELECT id, actor FROM request_transition WHERE actor IS NOT NULL`)) as { id: number; actor: string }[];
    const byActor = new Map<string, { id: number }[]>();
    for (const line of lines) {
      if (!byActor.has(line.actor)) byActor.set(line.actor, []);
      byActor.get(line.actor)!.push(line);
    }
    for (const [actor, ofActor] of byActor) {
      const actorId = callerId({ sub: actor, roles: [], expertId: null });
      await runner.query(`INSERT INTO request_actor (actor_id, subject) VALUES (?, ?)`, [actorId, actor]);
      for (let start = 0; start < ofActor.length; start += 500) {
        const ids = ofActor.slice(start, start + 500).map((line) => line.id);
        await runner.query(`UPDATE request_transition SET actor_id = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [actorId, ...ids]);
      }
    }
    await runner.dropColumn('request_transition', 'actor');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.addColumn('request_transition', new TableColumn({ name: 'actor', type: 'varchar', length: '254', isNullable: true }));
    await runner.query(`UPDATE request_transition SET actor = (SELECT a.subject FROM request_actor a WHERE a.actor_id = request_transition.actor_id)`);
    // An anonymous expression of interest was recorded under its contact, as a partner.
    await runner.query(
      `UPDATE request_transition SET role = 'PARTNER', actor = (SELECT r.contact_email FROM request r WHERE r.id = request_transition.request_id)
         WHERE from_status IS NULL AND actor_id IS NULL`,
    );
    await runner.dropTable('request_actor');
    await runner.dropColumn('request_transition', 'actor_id');
  }
}
