import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Participants counted by institution type (records made before have none). */
export class ParticipationInstitutionTypes1766600000000 implements MigrationInterface {
  name = 'ParticipationInstitutionTypes1766600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('participation', new TableColumn({ name: 'by_institution_type', type: 'text', isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('participation', 'by_institution_type');
  }
}
