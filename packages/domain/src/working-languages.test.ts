import { findCountry } from './countries';
import { isLanguageCode } from './experts';
import { findRegionalOrganisation } from './regional-organisations';
import { NAMED_WORKING_LANGUAGES, defaultWorkingLanguages } from './working-languages';

describe('the working languages by country or regional organisation', () => {
  it('names only known countries and regional organisations, each with languages of the roster', () => {
    for (const [code, languages] of NAMED_WORKING_LANGUAGES) {
      expect([code, Boolean(findCountry(code) ?? findRegionalOrganisation(code))]).toEqual([code, true]);
      expect([code, languages.length > 0 && languages.every(isLanguageCode)]).toEqual([code, true]);
    }
  });

  // One fact of each kind from the sources (the constitutions in the World Factbook, 2023; the founding treaties).
  it.each([
    ['GA', ['fr']],
    ['RW', ['fr', 'en']],
    ['COMESA', ['fr', 'en']],
    ['TD', ['fr', 'ar']],
    ['TN', ['ar', 'fr']],
    ['JO', ['ar']],
    ['LAS', ['ar']],
    ['ER', ['ar', 'en']],
    ['PE', ['es']],
    ['SICA', ['es']],
    ['GQ', ['es', 'fr', 'pt']],
    ['AO', ['pt']],
    ['MERCOSUR', ['es', 'pt']],
    ['SADC', ['en', 'fr', 'pt']],
    ['ECCAS', ['fr', 'es', 'pt']],
    ['AUC', ['en', 'fr', 'ar', 'pt']],
    ['uz', ['ru']],
    ['MD', ['ro']],
    ['SR', ['nl']],
    ['GL', ['da']],
    ['KE', ['en']],
  ])('%s works in %j', (code, languages) => {
    expect(defaultWorkingLanguages(code)).toEqual(languages);
  });
});
