import { useTranslation } from 'react-i18next';
import { Region, type ThematicArea } from '../gql/graphql';
import type { Lang } from '../i18n';
import { byLabel } from './options';
import { useReferenceData } from './reference-data';

/** In the schema's order. */
export const REGIONS: Region[] = Object.values(Region);

/** A region to filter figures by, or all of them (''), regions ordered by their name in the page's language. */
export function RegionSelect({ value, lang, onChange }: { value: Region | ''; lang: Lang; onChange: (region: Region | '') => void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('home.where.region')}
      <select value={value} onChange={(e) => onChange(e.target.value as Region | '')}>
        <option value="">{t('home.where.allRegions')}</option>
        {byLabel(REGIONS, (r) => t(`regions.${r}`), lang).map((r) => (
          <option key={r} value={r}>
            {t(`regions.${r}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A thematic area to filter figures by, or all of them (''), named as the graph names them. */
export function AreaSelect({ value, lang, onChange }: { value: ThematicArea | ''; lang: Lang; onChange: (area: ThematicArea | '') => void }) {
  const { t } = useTranslation();
  const { thematicAreas } = useReferenceData(lang);
  return (
    <label>
      {t('home.where.area')}
      <select value={value} onChange={(e) => onChange(e.target.value as ThematicArea | '')}>
        <option value="">{t('home.where.allAreas')}</option>
        {thematicAreas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A country or regional organisation to filter by, or all of them (''), those of the region only when one is chosen. */
export function CountrySelect({ value, region, lang, onChange }: { value: string; region?: Region | ''; lang: Lang; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const { countries } = useReferenceData(lang);
  return (
    <label>
      {t('analysis.country')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('analysis.allCountries')}</option>
        {countries
          .filter((c) => !region || c.region === region)
          .map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
      </select>
    </label>
  );
}
