import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor } from './pagination';

describe('cursors', () => {
  it('reads back what the lists made', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'id-1']), 2)).toEqual(['2026-01-01T00:00:00.000Z', 'id-1']);
  });

  it('refuses forged cursors as bad input on `after`: numbers beyond doubles, long or odd values, long cursors', () => {
    const forged = [
      Buffer.from('[1e400,"x"]').toString('base64url'),
      encodeCursor(['x'.repeat(101), 'id']),
      encodeCursor(['a\u0000', 'id']),
      encodeCursor(['a']),
      'x'.repeat(600),
      'not base64 json',
    ];
    for (const cursor of forged) {
      let error: unknown;
      try {
        decodeCursor(cursor, 2);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
