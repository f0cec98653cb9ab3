import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useSession } from '../config-context';
import { ActivityStatus, Region } from '../gql/graphql';
import { graphLang, type Lang } from '../i18n';
import { CountrySelect, RegionSelect } from '../ui/FilterSelects';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { Agenda } from './calendar/Agenda';
import { monthOf, monthWindow, shiftMonth } from './calendar/month';
import { ActivityCalendar } from './calendar/queries';
import { SignInFirst } from './officer/common';
import './officer/my-work.css';

const STATUSES = Object.values(ActivityStatus);
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => (values.includes(value as T) ? (value as T) : null);

/**
 * The calendar across Actions: a month's activities week by week, with the month, region, country and
 * status in the address (a view can be shared), each activity linking to its Action.
 */
export default function Calendar() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const session = useSession();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const params = new URLSearchParams(search);
  usePageTitle(t('calendar.title'));
  const month = monthOf(params.get('month'));
  const region = oneOf(Object.values(Region), params.get('region'));
  const status = oneOf(STATUSES, params.get('status'));
  const countryCode = params.get('country') || null;
  const filter = { ...monthWindow(month), region, countryCode, status: status ? [status] : null };
  const [{ data, error, fetching }, refetch] = useQuery({ query: ActivityCalendar, variables: { filter, lang: graphLang(lang) }, pause: !session });
  if (!session) return <SignInFirst title={t('calendar.title')} />;
  const at = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    return `${location}?${next.toString()}`;
  };
  const set = (changes: Record<string, string>) => navigate(at(changes), { replace: true });
  const name = (m: string) => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));
  const title = name(month).replace(/^./, (c) => c.toLocaleUpperCase(lang));
  // A month's activities only once they are its own (not the previous month's while it loads).
  const activities = fetching ? undefined : data?.activities;
  return (
    <>
      <h1>{t('calendar.title')}</h1>
      <p className="lead">{t('calendar.lead')}</p>
      <form className="filters analysis-filters" role="search" aria-label={t('calendar.filters')} onSubmit={(e) => e.preventDefault()}>
        <RegionSelect value={region ?? ''} lang={lang} onChange={(value) => set({ region: value, country: '' })} />
        <CountrySelect value={countryCode ?? ''} region={region ?? ''} lang={lang} onChange={(value) => set({ country: value })} />
        <label>
          {t('calendar.status')}
          <select value={status ?? ''} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('calendar.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`activityStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <nav className="month-nav" aria-label={t('calendar.months')}>
        <Link href={at({ month: shiftMonth(month, -1) })} rel="prev">
          {t('calendar.previous', { month: name(shiftMonth(month, -1)) })}
        </Link>
        <Link href={at({ month: '' })}>{t('calendar.thisMonth')}</Link>
        <Link href={at({ month: shiftMonth(month, 1) })} rel="next">
          {t('calendar.next', { month: name(shiftMonth(month, 1)) })}
        </Link>
      </nav>
      <section aria-labelledby="calendar-month" aria-busy={fetching}>
        <h2 id="calendar-month">{title}</h2>
        <p aria-live="polite">{activities ? t('calendar.count', { count: activities.totalCount }) : ''}</p>
        {error && <ErrorNote error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
        {!activities ? (
          !error && <Loading />
        ) : activities.totalCount === 0 ? (
          <p>{t('calendar.none')}</p>
        ) : (
          <>
            {activities.totalCount > activities.edges.length && (
              <p className="more">{t('calendar.more', { count: activities.totalCount - activities.edges.length })}</p>
            )}
            <Agenda month={month} activities={activities.edges.map((e) => e.node)} lang={lang} />
          </>
        )}
      </section>
    </>
  );
}
