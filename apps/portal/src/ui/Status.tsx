import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../graph';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('status.loading')}
    </p>
  );
}

/** An error of the graph, said in the page's language by its code (the graph's message in detail). */
export function ErrorNote({ error, retry }: { error: CombinedError | undefined; retry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  if (!code) return null;
  return (
    <div className="error" role="alert">
      <p>{t(`errors.${code}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') })}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}
