import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldProblem } from '../graph';

/**
 * Puts the graph's BAD_USER_INPUT problems next to the fields they name (`input.contact.email` is the
 * form's `contact.email`); returns the problems that name no field of the form.
 */
export function showProblems<T extends FieldValues>(problems: FieldProblem[], fields: readonly string[], setError: UseFormSetError<T>): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const path = problem.field.replace(/^input\./, '');
    const known = fields.find((f) => path === f || path.startsWith(`${f}.`));
    if (known) setError(path as Path<T>, { type: 'graph', message: problem.message }, { shouldFocus: true });
    else unplaced.push(problem);
  }
  return unplaced;
}
