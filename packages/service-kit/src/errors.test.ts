import { GraphQLError } from 'graphql';
import { DomainError, TransitionError } from '@mieux/domain';
import { fromDomainError, maskError } from './errors';

describe('domain errors are mapped once, in the kit', () => {
  const formatted = { message: 'x', path: ['decideRequest'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

  it('a refused transition is a CONFLICT that says where the entity is and may go', () => {
    const error = new GraphQLError('x', { originalError: new TransitionError('Request', 'WITHDRAWN', 'ELIGIBLE', []) });
    expect(maskError(formatted, error)).toEqual({
      message: 'Request is WITHDRAWN; it is final, not ELIGIBLE',
      path: ['decideRequest'],
      locations: undefined,
      extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: 'WITHDRAWN', allowed: [] },
    });
  });

  it('another domain error is a refused input with its stable code', () => {
    expect(fromDomainError(new DomainError('DATE_OUT_OF_RANGE', 'too early'))?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'DATE_OUT_OF_RANGE' });
    expect(fromDomainError(new Error('driver'))).toBeNull();
  });

  it('anything else is masked', () => {
    expect(maskError(formatted, new GraphQLError('x', { originalError: new Error("Unknown column 'Infinity'") }))).toEqual({
      message: 'Internal server error',
      path: ['decideRequest'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
