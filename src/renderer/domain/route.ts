import { useEffect, useState } from 'react';
import { wellFormed } from '../../core';

/** Screens addressed by the URL hash, so a reload (or a test) lands where the user was. */
export type Route =
  | { screen: 'library' }
  | { screen: 'reader'; articleId: string; evidence?: EvidenceLink }
  | { screen: 'settings' }
  | { screen: 'about' }
  | { screen: 'vocabulary' }
  | { screen: 'review' }
  | { screen: 'addText' }
  | { screen: 'quiz'; target: QuizTarget }
  | { screen: 'compare'; storyId: string }
  | { screen: 'progress' }
  | { screen: 'packs' }
  | { screen: 'packEditor'; draftId: string }
  | { screen: 'classOverview'; packId: string }
  | { screen: 'pack'; packId: string }
  | { screen: 'notFound' };

/** What a quiz is about (issue 7): one article, or a story (the articles that report the same event). */
export type QuizTarget = { kind: 'article'; id: string } | { kind: 'story'; id: string };

/** "Show in text" from a quiz: the evidence range to highlight, and the quiz to return to. */
export interface EvidenceLink {
  start: number;
  end: number;
  back: string;
}

function parseEvidence(query: string | undefined): EvidenceLink | undefined {
  if (!query) return undefined;
  const q = new URLSearchParams(query);
  const start = Number(q.get('from'));
  const end = Number(q.get('to'));
  const back = q.get('back') ?? '';
  // Only a quiz or a story comparison may be the way back: the hash is data from the URL, checked here at the edge.
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || !/^#\/(quiz|story)\//.test(back)) return undefined;
  return { start, end, back };
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path === '' || path === 'library') return { screen: 'library' };
  if (path === 'settings') return { screen: 'settings' };
  if (path === 'about') return { screen: 'about' };
  if (path === 'vocabulary') return { screen: 'vocabulary' };
  if (path === 'review') return { screen: 'review' };
  if (path === 'add') return { screen: 'addText' };
  if (path === 'progress') return { screen: 'progress' };
  if (path === 'packs') return { screen: 'packs' };
  const pack = /^(packs\/edit|packs\/overview|pack)\/([^/?]+)$/.exec(path);
  if (pack?.[1] && pack[2]) {
    const id = decodeURIComponent(pack[2]);
    return pack[1] === 'pack' ? { screen: 'pack', packId: id } : pack[1] === 'packs/edit' ? { screen: 'packEditor', draftId: id } : { screen: 'classOverview', packId: id };
  }
  const quiz = /^quiz\/(article|story)\/([^?]+)$/.exec(path);
  if (quiz?.[1] && quiz[2]) return { screen: 'quiz', target: { kind: quiz[1] as QuizTarget['kind'], id: decodeURIComponent(quiz[2]) } };
  const compare = /^story\/([^/?]+)\/compare$/.exec(path);
  if (compare?.[1]) return { screen: 'compare', storyId: decodeURIComponent(compare[1]) };
  const read = /^read\/([^?]+)(?:\?(.*))?$/.exec(path);
  if (read?.[1]) {
    const evidence = parseEvidence(read[2]);
    return evidence ? { screen: 'reader', articleId: decodeURIComponent(read[1]), evidence } : { screen: 'reader', articleId: decodeURIComponent(read[1]) };
  }
  return { screen: 'notFound' };
}

/** An id from a file may hold a lone surrogate, on which `encodeURIComponent` throws (issue 20). */
const encodePart = (id: string): string => encodeURIComponent(wellFormed(id));

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'reader':
      return `#/read/${encodePart(route.articleId)}${route.evidence ? `?${new URLSearchParams({ from: String(route.evidence.start), to: String(route.evidence.end), back: route.evidence.back }).toString()}` : ''}`;
    case 'quiz':
      return `#/quiz/${route.target.kind}/${encodePart(route.target.id)}`;
    case 'compare':
      return `#/story/${encodePart(route.storyId)}/compare`;
    case 'progress':
      return '#/progress';
    case 'packs':
      return '#/packs';
    case 'packEditor':
      return `#/packs/edit/${encodePart(route.draftId)}`;
    case 'classOverview':
      return `#/packs/overview/${encodePart(route.packId)}`;
    case 'pack':
      return `#/pack/${encodePart(route.packId)}`;
    case 'settings':
      return '#/settings';
    case 'about':
      return '#/about';
    case 'vocabulary':
      return '#/vocabulary';
    case 'review':
      return '#/review';
    case 'addText':
      return '#/add';
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
