import { LOG_EVENTS_KEPT_PER_FUNCTION } from "../model";

/**
 * CloudWatch Logs for Lambda: one log group per function (/aws/lambda/NAME), one stream per
 * execution environment. Messages are exactly what CloudWatch shows: platform lines (START,
 * END, REPORT, INIT_START, INIT_REPORT) and the runtime's console lines
 * `<ISO time>\t<request id>\t<LEVEL>\t<message>` (request id "undefined" during Init).
 */

export interface LogEvent {
  /** Virtual epoch ms. */
  timestamp: number;
  message: string;
  logStreamName: string;
  /** The request the line belongs to, when it belongs to one. */
  requestId?: string;
}

export interface LogQuery {
  requestId?: string;
  logStreamName?: string;
}

export const LOG_LEVELS = ["INFO", "WARN", "ERROR", "DEBUG", "TRACE", "FATAL"] as const;

export function iso(epochMs: number): string {
  return new Date(Math.floor(epochMs)).toISOString();
}

export function consoleLine(epochMs: number, requestId: string | undefined, level: number, text: string): string {
  return `${iso(epochMs)}\t${requestId ?? "undefined"}\t${LOG_LEVELS[level] ?? "INFO"}\t${text}`;
}

export interface ReportFields {
  requestId: string;
  durationMs: number;
  billedMs: number;
  memorySize: number;
  maxMemoryUsedMB: number;
  initDurationMs?: number;
  status?: "timeout" | "error";
  errorType?: string;
}

export function reportLine(r: ReportFields): string {
  let line =
    `REPORT RequestId: ${r.requestId}\tDuration: ${r.durationMs.toFixed(2)} ms\tBilled Duration: ${r.billedMs} ms\t` +
    `Memory Size: ${r.memorySize} MB\tMax Memory Used: ${r.maxMemoryUsedMB} MB\t`;
  if (r.initDurationMs !== undefined) line += `Init Duration: ${r.initDurationMs.toFixed(2)} ms\t`;
  if (r.status) line += `Status: ${r.status}\t`;
  if (r.errorType) line += `Error Type: ${r.errorType}\t`;
  return line;
}

export class LogStore {
  private groups = new Map<string, LogEvent[]>();
  private droppedCount = new Map<string, number>();

  append(functionName: string, event: LogEvent): void {
    let events = this.groups.get(functionName);
    if (!events) {
      events = [];
      this.groups.set(functionName, events);
    }
    events.push(event);
    if (events.length > LOG_EVENTS_KEPT_PER_FUNCTION) {
      const excess = events.length - LOG_EVENTS_KEPT_PER_FUNCTION;
      events.splice(0, excess);
      this.droppedCount.set(functionName, (this.droppedCount.get(functionName) ?? 0) + excess);
    }
  }

  events(functionName: string, query: LogQuery = {}): LogEvent[] {
    const events = this.groups.get(functionName) ?? [];
    if (!query.requestId && !query.logStreamName) return events.slice();
    return events.filter(
      (e) =>
        (!query.requestId || e.requestId === query.requestId) && (!query.logStreamName || e.logStreamName === query.logStreamName),
    );
  }

  messages(functionName: string, query: LogQuery = {}): string[] {
    return this.events(functionName, query).map((e) => e.message);
  }

  /** Oldest events dropped to stay within LOG_EVENTS_KEPT_PER_FUNCTION. */
  dropped(functionName: string): number {
    return this.droppedCount.get(functionName) ?? 0;
  }

  delete(functionName: string): void {
    this.groups.delete(functionName);
  }
}
