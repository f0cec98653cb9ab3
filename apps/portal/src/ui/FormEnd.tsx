import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { fieldProblems } from '../graph';
import { ErrorNote } from './Status';

/**
 * The end of a form: the graph's problems that name no field of the form, any other error of the graph,
 * and the submit button (which says when the form is being sent).
 */
export function FormEnd({ unplaced, error, sending, label }: { unplaced: string[]; error: CombinedError | undefined; sending: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      {unplaced.length > 0 && (
        <div className="error" role="alert">
          <ul>
            {unplaced.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {error && fieldProblems(error).length === 0 && <ErrorNote error={error} />}
      <button type="submit" disabled={sending}>
        {sending ? t('form.sending') : label}
      </button>
    </>
  );
}
