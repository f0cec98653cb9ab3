import { findCountry } from './countries';
import { eligibleMembersOn, REGIONAL_ORGANISATIONS } from './regional-organisations';

describe('regional organisations', () => {
  it.each(REGIONAL_ORGANISATIONS.map((o) => [o.code, o] as const))(
    '%s lists its member states, each a country once, some of them partners during MIEUX+',
    (_, organisation) => {
      expect(organisation.memberStates.length).toBeGreaterThanOrEqual(5);
      expect(new Set(organisation.memberStates).size).toBe(organisation.memberStates.length);
      for (const member of organisation.memberStates) expect(findCountry(member)).toBeDefined();
      expect(eligibleMembersOn(organisation, '2021-01-01').length).toBeGreaterThan(0);
    },
  );
});
