import { givenOnce } from '../src/testing';

/** Shared data made by the first test that runs (README "Tests", mutation testing). */
let made = 0;
const given = givenOnce(async () => {
  made += 1;
  return { made };
});
beforeEach(given);

describe('givenOnce', () => {
  it('makes the data in the first test that runs', async () => {
    expect(made).toBe(1);
    expect(await given()).toEqual({ made: 1 });
  });

  it('hands every later test the same data without making it again', async () => {
    expect(await given()).toEqual({ made: 1 });
    expect(made).toBe(1);
  });

  it('fails every caller after a failed setup, without trying again', async () => {
    let tries = 0;
    const failing = givenOnce(async () => {
      tries += 1;
      throw new Error('no database');
    });
    await expect(failing()).rejects.toThrow('no database');
    await expect(failing()).rejects.toThrow('no database');
    expect(tries).toBe(1);
  });
});
