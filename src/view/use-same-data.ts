import { useState } from 'react';
import { sameData } from './same-data.ts';

/**
 * `value`, or the value of an earlier render while it holds the same data. When the router
 * catches up with a change the page already shows, the link reads as new objects with the same
 * data; keeping the old ones lets memoised values, memoised components and the context skip a
 * second render of the whole page for nothing.
 */
export function useSameData<T>(value: T): T {
  const [kept, setKept] = useState(value);
  if (kept === value || sameData(kept, value)) return kept;
  // Different data: remember it (React renders this component again at once, keeping it).
  setKept(value);
  return value;
}
