// The subdomain suggestion reads names with the offline composer's rules, which are large: they load in their own
// chunk when the create form opens, so the app's first screen does not wait for them.
import { useEffect, useState } from 'react';

type Suggest = (description: string) => string;

/** suggestSubdomain once its chunk has loaded; null until then (or when it could not load: no suggestion). */
export function useSubdomainSuggestion(): Suggest | null {
  const [suggest, setSuggest] = useState<Suggest | null>(null);
  useEffect(() => {
    let isMounted = true;
    import('./suggest-subdomain.ts')
      .then((module) => {
        if (isMounted) setSuggest(() => module.suggestSubdomain);
      })
      .catch(() => {});
    return () => {
      isMounted = false;
    };
  }, []);
  return suggest;
}
