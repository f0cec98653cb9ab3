import { isMigrationPolicySupported, MIGRATION_POLICY_TYPES, RESULT_TYPES } from './monitoring';

describe('migration policies supported', () => {
  it('are the results that are a policy or a strategy, and the list SQL uses says the same', () => {
    expect(MIGRATION_POLICY_TYPES).toEqual(['POLICY', 'STRATEGY']);
    expect(RESULT_TYPES.filter(isMigrationPolicySupported)).toEqual([...MIGRATION_POLICY_TYPES]);
    expect(isMigrationPolicySupported('LEGISLATION')).toBe(false);
  });
});
