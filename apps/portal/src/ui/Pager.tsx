import { useTranslation } from 'react-i18next';

/** Previous and next page of a list read by cursors: `cursors` holds the `after` of each page seen. */
export function Pager({
  cursors,
  endCursor,
  hasNextPage,
  onChange,
}: {
  cursors: (string | null)[];
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  onChange: (cursors: (string | null)[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <p className="pager">
      <button type="button" className="secondary" disabled={cursors.length === 1} onClick={() => onChange(cursors.slice(0, -1))}>
        {t('analysis.actions.previous')}
      </button>
      <button type="button" className="secondary" disabled={!hasNextPage} onClick={() => onChange([...cursors, endCursor ?? null])}>
        {t('analysis.actions.next')}
      </button>
    </p>
  );
}
