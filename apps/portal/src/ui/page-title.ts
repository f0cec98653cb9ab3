import { useEffect } from 'react';

/** Each page names itself; the document title follows. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · MIEUX+`;
  }, [title]);
}
