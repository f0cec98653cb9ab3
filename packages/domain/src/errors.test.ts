import { RuleConflictError, TransitionError } from './errors';

describe('an illegal transition', () => {
  it('says where the entity can go, with a stable code', () => {
    const error = new TransitionError('Deployment', 'ACTIVE', 'PROPOSED', ['CANCELLED']);
    expect(error).toMatchObject({ code: 'ILLEGAL_TRANSITION', name: 'TransitionError', entity: 'Deployment', from: 'ACTIVE', to: 'PROPOSED' });
    expect(error.message).toBe('Deployment is ACTIVE; it can move to CANCELLED, not PROPOSED');
  });
});

describe('a rule the current state refuses', () => {
  it('carries its code and its message in English and French, English as its message', () => {
    const error = new RuleConflictError('X', { EN: 'Too late', FR: 'Trop tard' });
    expect(error).toMatchObject({ code: 'X', name: 'RuleConflictError', message: 'Too late', messages: { FR: 'Trop tard' } });
  });
});
