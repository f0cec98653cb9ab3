import { revertLastMigration } from '@mieux/service-kit';
import { bothDatabases } from '@mieux/service-kit/testing';
import { requestsService } from '../src/service';
import { anonymous, expressionOfInterest, officer, SUBMIT, type Subgraph } from './fixtures';

const MIGRATION = 'NotificationLanguages1766150000000';
const SAVE = `mutation($input: ProjectOfficerInput!) { saveProjectOfficer(input: $input) { id } }`;

describe.each(bothDatabases(requestsService))(
  "the languages and officers' addresses the notifier reads, migrated on %s",
  (_, start: () => Promise<Subgraph>) => {
    let subgraph: Subgraph;
    beforeAll(async () => {
      subgraph = await start();
    });
    afterAll(() => subgraph?.close());

    it('are reverted leaving every request and officer in place, and applied again read as English with no address', async () => {
      const { dataSource } = subgraph.database;
      const submitted = await subgraph.execute<any>(
        SUBMIT,
        { input: expressionOfInterest({ contact: { name: 'Awa Diop', email: 'awa@interior.gov.sn', language: 'FR' } }) },
        anonymous,
      );
      const id = submitted.data.submitExpressionOfInterest.id as string;
      const saved = await subgraph.execute<any>(
        SAVE,
        { input: { signIn: 'k.h@mieux.example.eu', displayName: 'Karim Haddad', email: 'k.h@mieux.example.eu', language: 'FR' } },
        officer,
      );
      const officerId = saved.data.saveProjectOfficer.id as string;
      // Reverted down to and including it, the latest first, as `npm run migrate -- down` does.
      let reverted: string | null;
      do reverted = await revertLastMigration(dataSource);
      while (reverted !== null && reverted !== MIGRATION);
      expect(reverted).toBe(MIGRATION);
      await dataSource.runMigrations({ transaction: 'each' });
      const read = await subgraph.execute<any>(
        'query($id: ID!, $o: ID!) { request(id: $id) { contact { email language } } projectOfficer(id: $o) { displayName email language } }',
        { id, o: officerId },
        officer,
      );
      expect(read.data).toEqual({
        request: { contact: { email: 'awa@interior.gov.sn', language: 'EN' } },
        projectOfficer: { displayName: 'Karim Haddad', email: null, language: 'EN' },
      });
    });
  },
);
