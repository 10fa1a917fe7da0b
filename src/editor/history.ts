/**
 * Undo and redo over the editor's states. States are immutable values (the scenario data and what is
 * selected), so a step is just the state before it. Typing into one field makes one step, not one per key:
 * an edit with the same merge key as the step just recorded replaces nothing and records nothing new.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey: string | null = null;

  constructor(private readonly limit = 500) {}

  /** Records the state before an edit. Edits with the same `mergeKey` one after another form one step. */
  record(before: T, mergeKey?: string): void {
    this.future = [];
    if (mergeKey !== undefined && mergeKey === this.lastKey && this.past.length > 0) return;
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.lastKey = mergeKey ?? null;
  }

  /** Ends the current merge run, so the next edit of the same field is a step of its own. */
  seal(): void {
    this.lastKey = null;
  }

  /** The state to go back to from `current`, or undefined when there is nothing to undo. */
  undo(current: T): T | undefined {
    const prev = this.past.pop();
    if (prev === undefined) return undefined;
    this.future.push(current);
    this.lastKey = null;
    return prev;
  }

  /** The state to go forward to from `current`, or undefined when there is nothing to redo. */
  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    this.lastKey = null;
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.lastKey = null;
  }
}
