import type { ExtractStep, Removal } from './types';

/** Collects what the steps remove, only when debugging (so the normal path allocates nothing). */
export class RemovalReport {
  readonly removals: Removal[] = [];
  constructor(private readonly enabled: boolean) {}

  /** Something a step changed without removing text. */
  note(step: ExtractStep, reason: string): void {
    if (this.enabled) this.removals.push({ step, reason, text: '' });
  }

  remove(step: ExtractStep, reason: string, node: Element): void {
    if (this.enabled) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
      this.removals.push({ step, reason, text });
    }
    node.remove();
  }
}
