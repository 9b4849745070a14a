import { useRef } from 'react';

/**
 * For text inputs bound to the URL: the first change after focusing pushes a history entry,
 * later keystrokes replace it, so Back undoes a whole edit and typing does not flood history.
 */
export function useTypingHistory() {
  const editing = useRef(false);
  return {
    onFocus: () => {
      editing.current = false;
    },
    /** Returns whether this change should replace the current history entry. */
    nextReplace: () => {
      const replace = editing.current;
      editing.current = true;
      return replace;
    },
  };
}
