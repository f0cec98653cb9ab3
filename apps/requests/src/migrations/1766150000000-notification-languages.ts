import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What the notifier needs to write to people: the language of a request's contact (null before it was
 * asked: English), and a project officer's e-mail address and language.
 */
export class NotificationLanguages1766150000000 implements MigrationInterface {
  name = 'NotificationLanguages1766150000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('request', new TableColumn({ name: 'contact_language', type: 'varchar', length: '2', isNullable: true }));
    await runner.addColumns('project_officer', [
      new TableColumn({ name: 'email', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({ name: 'language', type: 'varchar', length: '2', default: "'EN'" }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('project_officer', 'language');
    await runner.dropColumn('project_officer', 'email');
    await runner.dropColumn('request', 'contact_language');
  }
}
