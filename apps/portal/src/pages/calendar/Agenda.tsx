import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ActivityCalendarQuery } from '../../gql/graphql';
import type { Lang } from '../../i18n';
import { formatDate } from '../../ui/dates';
import { byWeek } from './month';

type Activity = NonNullable<ActivityCalendarQuery['activities']>['edges'][number]['node'];

/** One activity: its dates, its Action (a link to the Action's page), its title, type, place and status. */
function Entry({ activity: a, lang }: { activity: Activity; lang: Lang }) {
  const { t } = useTranslation();
  const dates =
    a.startsOn === a.endsOn ? formatDate(a.startsOn, lang) : t('calendar.dates', { from: formatDate(a.startsOn, lang), to: formatDate(a.endsOn, lang) });
  const country = a.country?.name ?? a.countryCode;
  const place = a.online ? t('calendar.online', { country }) : [a.city, country].filter(Boolean).join(', ');
  return (
    <li className="card calendar-entry" data-status={a.status}>
      <span className="when">{dates}</span>
      <Link href={`~/${lang}/actions/${a.action.id}`}>
        <strong>{a.action.reference}</strong> {a.title}
      </Link>
      <span>
        {t(`activityTypes.${a.type}`)} · {place} · <span className={`activity-status ${a.status.toLowerCase()}`}>{t(`activityStatus.${a.status}`)}</span>
      </span>
    </li>
  );
}

/** The month's activities, week by week (Monday to Sunday), each week named by its days. */
export function Agenda({ month, activities, lang }: { month: string; activities: Activity[]; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <ol className="agenda">
      {byWeek(month, activities).map(({ week, items }) => (
        <li key={week.from}>
          <h3>{t('calendar.week', { from: formatDate(week.from, lang), to: formatDate(week.to, lang) })}</h3>
          {items.length === 0 ? (
            <p className="more">{t('calendar.noneThisWeek')}</p>
          ) : (
            <ul className="cards">
              {items.map((activity) => (
                <Entry key={activity.id} activity={activity} lang={lang} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
