import { TransitionError } from './errors';

describe('an illegal transition', () => {
  it('says where the entity can go, with a stable code', () => {
    const error = new TransitionError('Deployment', 'ACTIVE', 'PROPOSED', ['CANCELLED']);
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', name: 'TransitionError', entity: 'Deployment', from: 'ACTIVE', to: 'PROPOSED' });
    expect(error.message).toBe('Deployment is ACTIVE; it can move to CANCELLED, not PROPOSED');
  });
});
