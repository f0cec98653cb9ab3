import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../graph';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('status.loading')}
    </p>
  );
}

/**
 * An error of the graph, said in the page's language: the graph's own words when it gives them in that
 * language (a rule's conflict), else by its code.
 */
export function ErrorNote({ error, retry }: { error: CombinedError | undefined; retry?: () => void }) {
  const { t, i18n } = useTranslation();
  const code = errorCode(error);
  if (!code) return null;
  return (
    <div className="error" role="alert">
      <p>{errorMessage(error, i18n.language) ?? t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') })}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}
