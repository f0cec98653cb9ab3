// @ts-check
// Answers compared before they are timed: a target that answers differently is not measured, the run
// fails. Pure; tested in bench/test/compare.test.js.

/**
 * The first place where two JSON values differ, as a path (`data.actions.edges[3].node.title: "a" ≠ "b"`),
 * or null when they are equal. Object keys compare as sets (their order is not the answer's).
 * @param {unknown} a
 * @param {unknown} b
 * @param {string} [path]
 * @returns {string|null}
 */
function firstDifference(a, b, path = '') {
  const here = path || '(root)';
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${here}: ${kind(a)} ≠ ${kind(b)}`;
    if (a.length !== b.length) return `${here}: ${a.length} items ≠ ${b.length} items`;
    for (let i = 0; i < a.length; i += 1) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return `${here}: ${kind(a)} ≠ ${kind(b)}`;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const sub = path ? `${path}.${key}` : key;
      if (!(key in a) || !(key in b)) return `${sub}: ${key in a ? 'present' : 'missing'} ≠ ${key in b ? 'present' : 'missing'}`;
      const d = firstDifference(a[key], b[key], sub);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${here}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** @param {unknown} v */
const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : JSON.stringify(v));

/**
 * Every target's answer to one request against the first target's: the list of disagreements, empty when all agree.
 * An answer carrying `errors` is a disagreement by itself.
 * @param {string} request a label of the request (workload and variables)
 * @param {Array<{ target: string, answer: { data?: unknown, errors?: unknown } }>} answers
 * @returns {string[]}
 */
function disagreements(request, answers) {
  const problems = [];
  for (const { target, answer } of answers) {
    if (answer.errors) problems.push(`${request}: ${target} answered with errors ${JSON.stringify(answer.errors).slice(0, 300)}`);
  }
  const [first, ...others] = answers;
  for (const other of others) {
    const d = firstDifference(first.answer.data, other.answer.data);
    if (d) problems.push(`${request}: ${other.target} differs from ${first.target} at ${d}`);
  }
  return problems;
}

module.exports = { firstDifference, disagreements };
