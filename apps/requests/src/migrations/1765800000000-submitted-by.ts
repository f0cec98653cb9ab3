import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A partner owns the requests it submitted signed in (and those linked to its institution), no longer
 * those whose contact e-mail is its sign-in. The submitter is the opaque actor id of each request's
 * first history line: none where that line named the request's own contact, which an anonymous form
 * may have done (HistoryActors1765700000000); a project officer links such a request to the partner's
 * institution.
 */
export class SubmittedBy1765800000000 implements MigrationInterface {
  name = 'SubmittedBy1765800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('request', new TableColumn({ name: 'submitted_by', type: 'varchar', length: '32', isNullable: true }));
    await runner.createIndex('request', new TableIndex({ name: 'idx_request_submitted_by', columnNames: ['submitted_by'] }));
    await runner.query(
      `UPDATE request SET submitted_by = (SELECT MIN(t.actor_id) FROM request_transition t WHERE t.request_id = request.id AND t.from_status IS NULL)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('request', 'idx_request_submitted_by');
    await runner.dropColumn('request', 'submitted_by');
  }
}
