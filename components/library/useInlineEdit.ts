import { useState } from 'react';

/**
 * A field edited in place in the library (an article's tags, a highlight's note): open, then a
 * write that closes it once stored, or keeps it open with what was typed and says why, so that
 * Save again retries. `failed` words the reason.
 */
export function useInlineEdit(failed: (reason: string) => string) {
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string>();
  const commit = async (write: () => Promise<unknown>) => {
    try {
      await write();
      setProblem(undefined);
      setEditing(false);
    } catch (error) {
      setProblem(failed((error as Error).message));
    }
  };
  return { editing, setEditing, problem, setProblem, commit };
}
