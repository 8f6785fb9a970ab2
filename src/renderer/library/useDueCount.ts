/** Review cards due now; re-checked every minute so the home screen count stays true while open. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { LesestoffDb } from '../db/database';

export function useDueCount(db: LesestoffDb): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return useLiveQuery(() => db.reviewCards.where('due').belowOrEqual(now).count(), [db, now]);
}
