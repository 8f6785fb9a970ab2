import { useEffect, useState } from 'react';

/** Screens addressed by the URL hash, so a reload (or a test) lands where the user was. */
export type Route =
  | { screen: 'library' }
  | { screen: 'reader'; articleId: string }
  | { screen: 'settings' }
  | { screen: 'notFound' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === '' || path === 'library') return { screen: 'library' };
  if (path === 'settings') return { screen: 'settings' };
  const read = /^read\/(.+)$/.exec(path);
  if (read?.[1]) return { screen: 'reader', articleId: decodeURIComponent(read[1]) };
  return { screen: 'notFound' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'reader':
      return `#/read/${encodeURIComponent(route.articleId)}`;
    case 'settings':
      return '#/settings';
    default:
      return '#/library';
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
