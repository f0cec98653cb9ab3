import { expertLanguage } from './recipient.client';

describe('the language an expert is written to in', () => {
  it('is the first of theirs that is English or French, English when neither is', () => {
    expect(expertLanguage(['fr', 'en'])).toBe('FR');
    expect(expertLanguage(['es', 'FR'])).toBe('FR');
    expect(expertLanguage(['en', 'fr'])).toBe('EN');
    expect(expertLanguage(['es', 'pt'])).toBe('EN');
    expect(expertLanguage(null)).toBe('EN');
  });
});
