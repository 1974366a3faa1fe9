/**
 * The virtual clock and its event queue. Time only moves when the scheduler runs a task, and
 * never backwards. Tasks are totally ordered by (time, sequence): two tasks due at the same
 * instant run in the order they were scheduled, so a run never depends on a sort's whims.
 */

export interface TaskOptions {
  /**
   * Background tasks (idle reclaim of environments) run when time passes them but do not keep
   * `runUntilIdle` going: an idle simulator is one with only background work left.
   */
  background?: boolean;
}

export interface TaskHandle {
  readonly at: number;
  cancel(): void;
  readonly cancelled: boolean;
}

interface Task extends TaskHandle {
  at: number;
  seq: number;
  run: () => void;
  background: boolean;
  cancelled: boolean;
  done: boolean;
}

export class SchedulerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchedulerError";
  }
}

export class Scheduler {
  private heap: Task[] = [];
  private seq = 0;
  private current = 0;
  private foreground = 0;

  /** Virtual milliseconds since the simulator started. */
  get now(): number {
    return this.current;
  }

  /** Number of pending tasks that keep the simulation busy (excludes background tasks). */
  get pendingForeground(): number {
    return this.foreground;
  }

  schedule(at: number, run: () => void, options: TaskOptions = {}): TaskHandle {
    if (!(at >= this.current)) {
      throw new SchedulerError(
        `Cannot schedule a task at ${at} ms: the clock is already at ${this.current} ms and never goes backwards.`,
      );
    }
    const background = options.background === true;
    const onCancel = () => {
      if (!background) this.foreground--;
    };
    const task: Task = {
      at,
      seq: this.seq++,
      run,
      background,
      cancelled: false,
      done: false,
      cancel() {
        if (this.cancelled || this.done) return;
        this.cancelled = true;
        onCancel();
      },
    };
    if (!background) this.foreground++;
    this.push(task);
    return task;
  }

  /** Time of the next live task, or undefined when the queue is empty. */
  peekTime(): number | undefined {
    this.dropCancelled();
    return this.heap.length ? this.heap[0].at : undefined;
  }

  /** Runs the next task if it is due at or before `limit`; returns false when none is. */
  runNext(limit = Infinity): boolean {
    this.dropCancelled();
    const task = this.heap[0];
    if (!task || task.at > limit) return false;
    this.pop();
    task.done = true;
    if (!task.background) this.foreground--;
    this.current = task.at;
    task.run();
    return true;
  }

  /** Moves the clock forward without running anything (used after all due tasks ran). */
  advanceTo(t: number): void {
    if (t > this.current) this.current = t;
  }

  private dropCancelled(): void {
    while (this.heap.length && this.heap[0].cancelled) this.pop();
  }

  private less(a: Task, b: Task): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(task: Task): void {
    const heap = this.heap;
    heap.push(task);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private pop(): Task | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.less(heap[l], heap[m])) m = l;
        if (r < heap.length && this.less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  }
}
