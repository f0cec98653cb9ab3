import { useTranslation } from 'react-i18next';
import { Phase } from '../../gql/graphql';
import type { Lang } from '../../i18n';
import { AreaSelect, CountrySelect, RegionSelect } from '../../ui/FilterSelects';
import type { AnalysisFilter } from './filters';

const PHASES = Object.values(Phase);

/** The filters of the dashboard; each change is a new address (the view can be shared or bookmarked). */
export function FilterForm({ filter, lang, onChange }: { filter: AnalysisFilter; lang: Lang; onChange: (filter: AnalysisFilter) => void }) {
  const { t } = useTranslation();
  const set = (key: keyof AnalysisFilter, value: string) => onChange({ ...filter, [key]: value || undefined });
  return (
    <form className="filters analysis-filters" aria-label={t('analysis.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('analysis.from')}
        <input type="date" value={filter.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>
        {t('analysis.to')}
        <input type="date" value={filter.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      <label>
        {t('analysis.phase')}
        <select value={filter.phase ?? ''} onChange={(e) => set('phase', e.target.value)}>
          <option value="">{t('analysis.allPhases')}</option>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {t(`phases.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <RegionSelect value={filter.region ?? ''} lang={lang} onChange={(region) => set('region', region)} />
      <CountrySelect value={filter.countryCode ?? ''} region={filter.region} lang={lang} onChange={(code) => set('countryCode', code)} />
      <AreaSelect value={filter.thematicArea ?? ''} lang={lang} onChange={(area) => set('thematicArea', area)} />
      <button type="button" className="secondary" onClick={() => onChange({})}>
        {t('analysis.clear')}
      </button>
    </form>
  );
}
