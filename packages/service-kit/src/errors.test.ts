import { GraphQLError } from 'graphql';
import { DomainError, FieldRuleError, TransitionError } from '@mieux/domain';
import { fromDomainError, isDatabaseAway, maskError } from './errors';

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
    expect(fromDomainError(new FieldRuleError('NOT_STARTED', 'status', 'an activity is held from its start date on'))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_STARTED',
      field: 'status',
      problems: [{ field: 'status', message: 'an activity is held from its start date on' }],
    });
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

describe('a database that is away', () => {
  const formatted = { message: 'x', path: ['actions'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  const driverError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

  it('is recognised from the driver code, under TypeORM or as a cause', () => {
    expect(isDatabaseAway(driverError('ECONNREFUSED'))).toBe(true);
    expect(isDatabaseAway({ message: 'Query failed', driverError: driverError('PROTOCOL_CONNECTION_LOST') })).toBe(true);
    expect(isDatabaseAway(new Error('pool', { cause: driverError('ER_CON_COUNT_ERROR') }))).toBe(true);
    expect(isDatabaseAway(driverError('ER_DUP_ENTRY'))).toBe(false);
    expect(isDatabaseAway(null)).toBe(false);
  });

  it('is SERVICE_UNAVAILABLE naming the service, not an internal error', () => {
    const error = new GraphQLError('x', { originalError: driverError('ECONNREFUSED') });
    expect(maskError(formatted, error, 'actions')).toEqual({
      message: 'The actions service is unavailable: its database is unavailable; retry shortly',
      path: ['actions'],
      locations: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'actions' },
    });
    expect(maskError(formatted, error).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('a validation rule with its own public code', () => {
  it('keeps it under the GRAPHQL_VALIDATION_FAILED that Apollo puts on every validation error', () => {
    const own = new GraphQLError('The query costs 30000', { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 30000, limit: 20000 } });
    const wrapped = new GraphQLError(own.message, { originalError: own, extensions: { ...own.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = { message: own.message, extensions: { ...own.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(maskError(formatted, wrapped).extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', cost: 30000, limit: 20000 });
  });
});

describe('a variable that does not coerce', () => {
  it('is BAD_USER_INPUT with the field and problems of any refused input', () => {
    const message = 'Variable "$filter" got invalid value "2026-02-30" at "filter.approvedFrom"; Value is not a valid LocalDate: 2026-02-30';
    expect(maskError({ message, extensions: { code: 'BAD_USER_INPUT' } }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.approvedFrom',
      problems: [{ field: 'filter.approvedFrom', message: 'Value is not a valid LocalDate: 2026-02-30' }],
    });
    const missing = 'Variable "$id" of required type "ID!" was not provided.';
    expect(maskError({ message: missing, extensions: { code: 'BAD_USER_INPUT' } }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
      problems: [{ field: 'id', message: missing }],
    });
  });
});
