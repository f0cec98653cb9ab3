/**
 * Data a test file's tests share, made once, by the first of them that runs: `beforeEach(given)`,
 * then `await given()` for what it made. Unlike a `beforeAll`, the setup runs inside a test, so
 * mutation testing (README "Tests") counts what it reaches as covered by that test instead of as
 * static, which it would test against the whole suite for every mutant; a test run alone (Jest's
 * `-t`, Stryker's per-test runs) still makes the data first. A failed setup fails every test after it.
 */
export function givenOnce<T>(setup: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= setup());
}
