import type { Identity } from './identity';
import { exportedRow, requireDataSubject } from './personal-data';

describe('exportedRow (what a person downloads of a stored row)', () => {
  it('keeps every column but the idempotency bookkeeping, instants as ISO 8601, and leaves other values as stored', () => {
    const row = {
      id: 'inv-1',
      invitedAt: new Date('2026-11-02T09:30:00.000Z'),
      answeredAt: null,
      startsOn: '2027-03-01',
      wouldDeployAgain: true,
      languages: ['fr', 'en'],
      idempotencyKey: 'a1b2',
      payloadHash: 'c3d4',
    };
    expect(exportedRow(row)).toEqual({
      id: 'inv-1',
      invitedAt: '2026-11-02T09:30:00.000Z',
      answeredAt: null,
      startsOn: '2027-03-01',
      wouldDeployAgain: true,
      languages: ['fr', 'en'],
    });
  });
});

describe('requireDataSubject (who reads a PersonalData)', () => {
  const expert = (expertId: string | null, roles: Identity['roles'] = ['EXPERT']): Identity => ({ sub: 'someone@example.org', roles, expertId, org: null });

  it('lets the expert it is about through', () => {
    expect(() => requireDataSubject(expert('exp-1'), { expertId: 'exp-1' })).not.toThrow();
  });

  it.each([
    ['another expert', expert('exp-2')],
    ['a project officer', expert(null, ['PROJECT_OFFICER'])],
    ['a caller with the id but not the role', expert('exp-1', ['ANALYST'])],
  ])('refuses %s with FORBIDDEN', (_who, identity) => {
    expect(() => requireDataSubject(identity, { expertId: 'exp-1' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });
});
