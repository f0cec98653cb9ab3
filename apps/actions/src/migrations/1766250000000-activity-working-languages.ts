import { defaultWorkingLanguages } from '@mieux/domain';
import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Activities' working languages (ISO 639-1, as JSON), the activities already planned given the
 * official languages of their country (the default of planning); Actions' sub-topics, from their
 * request from now on, none for the Actions already created.
 */
export class ActivityWorkingLanguages1766250000000 implements MigrationInterface {
  name = 'ActivityWorkingLanguages1766250000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn('activity', new TableColumn({ name: 'working_languages', type: 'text', isNullable: true }));
    const countries = (await runner.query('SELECT DISTINCT country_code FROM activity')) as { country_code: string }[];
    for (const { country_code: code } of countries)
      await runner.query('UPDATE activity SET working_languages = ? WHERE country_code = ?', [JSON.stringify(defaultWorkingLanguages(code)), code]);
    await runner.changeColumn('activity', 'working_languages', new TableColumn({ name: 'working_languages', type: 'text' }));
    await runner.addColumn('action', new TableColumn({ name: 'sub_topics', type: 'text', isNullable: true }));
    await runner.query(`UPDATE action SET sub_topics = '[]'`);
    await runner.changeColumn('action', 'sub_topics', new TableColumn({ name: 'sub_topics', type: 'text' }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('action', 'sub_topics');
    await runner.dropColumn('activity', 'working_languages');
  }
}
