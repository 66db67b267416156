import { useEffect } from 'react';
import { useSession } from './session.ts';

/** Every page names itself first, then the store: the tab and screen reader announce the page. */
export function useDocumentTitle(title: string): void {
  const { store } = useSession();
  useEffect(() => {
    document.title = title === store.name ? title : `${title} – ${store.name}`;
  }, [title, store.name]);
}
