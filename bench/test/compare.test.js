const { describe, expect, it } = require('@jest/globals');
const { firstDifference, disagreements } = require('../compare');

describe('comparing the targets’ answers', () => {
  it('finds nothing between equal answers, whatever the order of keys', () => {
    expect(firstDifference({ a: 1, b: [{ c: 'x', d: null }] }, { b: [{ d: null, c: 'x' }], a: 1 })).toBeNull();
  });

  it('names the first place where answers differ', () => {
    expect(firstDifference({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe('a.b[1]: 2 ≠ 3');
    expect(firstDifference({ a: [1] }, { a: [1, 2] })).toBe('a: 1 items ≠ 2 items');
    expect(firstDifference({ a: 1 }, { b: 1 })).toBe('a: present ≠ missing');
    expect(firstDifference({ a: null }, { a: {} })).toBe('a: null ≠ an object');
    expect(firstDifference([1], { 0: 1 })).toBe('(root): a list ≠ an object');
    expect(firstDifference(0.5, 0.50001)).toBe('(root): 0.5 ≠ 0.50001');
  });

  it('reports answers with errors and answers that differ from the first target’s', () => {
    const data = { portfolio: { actions: 3 } };
    expect(
      disagreements('r', [
        { target: 'ours', answer: { data } },
        { target: 'hive', answer: { data } },
      ]),
    ).toEqual([]);
    const problems = disagreements('r', [
      { target: 'ours', answer: { data } },
      { target: 'hive', answer: { data: { portfolio: { actions: 4 } } } },
      { target: 'sql', answer: { data, errors: [{ message: 'boom' }] } },
    ]);
    expect(problems).toEqual(['r: sql answered with errors [{"message":"boom"}]', 'r: hive differs from ours at portfolio.actions: 3 ≠ 4']);
  });
});
