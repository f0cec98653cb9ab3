import { useQuery } from 'urql';
import { graphql } from '../gql';
import { graphLang, type Lang } from '../i18n';

const ReferenceData = graphql(`
  query ReferenceData($lang: Language!) {
    countries(eligibleOnly: true) {
      code
      kind
      name(lang: $lang)
      region
    }
    thematicAreas {
      code
      label(lang: $lang)
    }
  }
`);

/** Eligible countries and regional organisations, and thematic areas, named in the page's language. */
export function useReferenceData(lang: Lang) {
  const [result] = useQuery({ query: ReferenceData, variables: { lang: graphLang(lang) }, requestPolicy: 'cache-first' });
  const countries = [...(result.data?.countries ?? [])].sort((a, b) => a.name.localeCompare(b.name, lang));
  return { countries, thematicAreas: result.data?.thematicAreas ?? [], fetching: result.fetching, error: result.error };
}
