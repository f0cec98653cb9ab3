import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The e-mails sent: one row per event and recipient, the key that keeps each e-mail to one. */
export class CreateNotifications1766150000001 implements MigrationInterface {
  name = 'CreateNotifications1766150000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'notification',
        columns: [
          { name: 'event_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'recipient', type: 'varchar', length: '64', isPrimary: true },
          { name: 'event_type', type: 'varchar', length: '64' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'language', type: 'varchar', length: '2' },
          { name: 'message_id', type: 'varchar', length: '200' },
          { name: 'sent_at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'idx_notification_sent_at', columnNames: ['sent_at'] })],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('notification');
  }
}
