import { parseReport, toLogLine, type LogLine, type Report } from "@/lib/workspace/logs";
import { CheckFailure, show } from "./assertions";
import { asRecord, awsErrorName, errorMessage, type AwsRecord, type ExerciseSimulator } from "./sim-port";

// One deployed function as a check sees it: invoke it (sync or async, by qualifier), read its
// CloudWatch lines, REPORT fields, trace records and metrics. Every reading goes back to the
// engine, so a check always sees the state after the last thing it did.

export type Invocation = {
  statusCode?: number;
  executedVersion?: string;
  functionError?: string;
  payloadText: string;
  /** The payload parsed as JSON; undefined when it is not JSON (or the call was rejected). */
  payload: unknown;
  /** The error the function returned, when FunctionError is set. */
  error?: { errorType: string; errorMessage: string };
  /** The Invoke call itself failed (throttle, unknown function): the AWS exception. */
  rejected?: { name: string; message: string; reason?: string };
};

export type ConsoleMessage = { requestId?: string; level: string; message: string };

export type InvokeOptions = { qualifier?: string };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One line a learner can read: "returned {...}", "failed with TypeError: ...", "throttled". */
export function describeInvocation(inv: Invocation): string {
  if (inv.rejected)
    return `was rejected with ${inv.rejected.name}${inv.rejected.reason ? ` (${inv.rejected.reason})` : ""}: ${inv.rejected.message}`;
  if (inv.error) return `failed with ${inv.error.errorType}: ${inv.error.errorMessage}`;
  if (inv.functionError) return `failed (FunctionError ${inv.functionError}): ${show(inv.payloadText)}`;
  return `returned ${show(inv.payload ?? inv.payloadText)}`;
}

const CONSOLE_LINE = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\t([^\t]*)\t([A-Z]+)\t([\s\S]*)$/;

export function parseConsoleLine(text: string): ConsoleMessage | null {
  const m = CONSOLE_LINE.exec(text);
  if (!m) return null;
  return { ...(m[1] && m[1] !== "undefined" ? { requestId: m[1] } : {}), level: m[2], message: m[3] };
}

/**
 * Runs a control-plane call; an AWS rejection becomes a CheckFailure that says which call failed
 * and why, since in an exercise the input usually comes from the learner's settings.
 */
export async function awsCall<T>(label: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CheckFailure) throw error;
    const name = awsErrorName(error);
    if (!name) throw error;
    throw new CheckFailure(`${label} was rejected with ${name}: ${errorMessage(error)}`);
  }
}

export class LabFunction {
  constructor(
    private readonly sim: ExerciseSimulator,
    readonly name: string,
    readonly arn: string,
  ) {}

  /** Replaces $LATEST's code (other versions keep theirs). */
  async updateCode(files: Record<string, string>): Promise<void> {
    await awsCall("updateFunctionCode", () =>
      this.sim.lambda.updateFunctionCode({ FunctionName: this.name, ZipFile: files }),
    );
  }

  async updateConfiguration(input: AwsRecord): Promise<void> {
    await awsCall("updateFunctionConfiguration", () =>
      this.sim.lambda.updateFunctionConfiguration({ ...input, FunctionName: this.name }),
    );
  }

  /** Publishes $LATEST as a new version and returns its number ("1", "2", ...). */
  async publishVersion(description?: string): Promise<string> {
    const out = asRecord(
      await awsCall("publishVersion", () =>
        this.sim.lambda.publishVersion({
          FunctionName: this.name,
          ...(description ? { Description: description } : {}),
        }),
      ),
    );
    return String(out.Version);
  }

  async createAlias(input: AwsRecord): Promise<AwsRecord> {
    return asRecord(
      await awsCall(`createAlias ${show(input.Name)}`, () =>
        this.sim.lambda.createAlias({ ...input, FunctionName: this.name }),
      ),
    );
  }

  async updateAlias(input: AwsRecord): Promise<AwsRecord> {
    return asRecord(
      await awsCall(`updateAlias ${show(input.Name)}`, () =>
        this.sim.lambda.updateAlias({ ...input, FunctionName: this.name }),
      ),
    );
  }

  async putConcurrency(reserved: number): Promise<void> {
    await awsCall(`putFunctionConcurrency (ReservedConcurrentExecutions ${show(reserved)})`, () =>
      this.sim.lambda.putFunctionConcurrency({
        FunctionName: this.name,
        ReservedConcurrentExecutions: reserved,
      }),
    );
  }

  async putEventInvokeConfig(input: AwsRecord): Promise<void> {
    await awsCall("putFunctionEventInvokeConfig", () =>
      this.sim.lambda.putFunctionEventInvokeConfig({ ...input, FunctionName: this.name }),
    );
  }

  /** A synchronous (RequestResponse) invocation; never throws for function errors or throttles. */
  async invoke(event: unknown = {}, options: InvokeOptions = {}): Promise<Invocation> {
    const input: AwsRecord = {
      FunctionName: this.name,
      InvocationType: "RequestResponse",
      Payload: typeof event === "string" ? event : JSON.stringify(event),
      ...(options.qualifier ? { Qualifier: options.qualifier } : {}),
    };
    let out: AwsRecord;
    try {
      out = asRecord(await this.sim.lambda.invoke(input));
    } catch (error) {
      const reason = (error as { Reason?: unknown }).Reason;
      return {
        payloadText: "",
        payload: undefined,
        rejected: {
          name: awsErrorName(error) ?? "Error",
          message: errorMessage(error),
          ...(typeof reason === "string" ? { reason } : {}),
        },
      };
    }
    const payloadText =
      typeof out.Payload === "string" ? out.Payload : out.Payload === undefined ? "" : String(out.Payload);
    const payload = parseJson(payloadText);
    const functionError = typeof out.FunctionError === "string" ? out.FunctionError : undefined;
    const inv: Invocation = {
      ...(typeof out.StatusCode === "number" ? { statusCode: out.StatusCode } : {}),
      ...(typeof out.ExecutedVersion === "string" ? { executedVersion: out.ExecutedVersion } : {}),
      ...(functionError ? { functionError } : {}),
      payloadText,
      payload,
    };
    if (functionError && payload && typeof payload === "object") {
      const p = payload as { errorType?: unknown; errorMessage?: unknown };
      inv.error = { errorType: String(p.errorType ?? "Error"), errorMessage: String(p.errorMessage ?? "") };
    }
    return inv;
  }

  /** An asynchronous (Event) invocation: Lambda queues it and answers 202; run time to see it happen. */
  async invokeAsync(event: unknown = {}, options: InvokeOptions = {}): Promise<void> {
    try {
      await this.sim.lambda.invoke({
        FunctionName: this.name,
        InvocationType: "Event",
        Payload: typeof event === "string" ? event : JSON.stringify(event),
        ...(options.qualifier ? { Qualifier: options.qualifier } : {}),
      });
    } catch (error) {
      throw new CheckFailure(
        `Lambda refused the asynchronous invocation of ${this.name}: ${awsErrorName(error) ?? "Error"}: ${errorMessage(error)}`,
      );
    }
  }

  /** Invokes and fails the check unless the function returned without an error. */
  async invokeOk(
    event: unknown = {},
    what = "The invocation",
    options: InvokeOptions = {},
  ): Promise<Invocation> {
    const inv = await this.invoke(event, options);
    if (inv.rejected || inv.functionError) throw new CheckFailure(`${what} ${describeInvocation(inv)}.`);
    return inv;
  }

  async logLines(): Promise<LogLine[]> {
    return (await this.sim.logs(this.name)).map(toLogLine);
  }

  /** The handler's console output (module scope included), in order. */
  async messages(): Promise<ConsoleMessage[]> {
    return (await this.logLines())
      .map((l) => parseConsoleLine(l.text))
      .filter((m): m is ConsoleMessage => m !== null);
  }

  async reports(): Promise<Report[]> {
    return (await this.logLines()).map((l) => parseReport(l.text)).filter((r): r is Report => r !== null);
  }

  /** Invocations that began with an Init phase (REPORT carries Init Duration). */
  async coldStarts(): Promise<number> {
    return (await this.reports()).filter((r) => r.initDurationMs !== undefined).length;
  }

  /** This function's trace records, optionally of one kind ("invoke.start", "throttle", ...). */
  async trace(kind?: string): Promise<AwsRecord[]> {
    const all = (await this.sim.trace()) as AwsRecord[];
    return all.filter((r) => r && r.functionName === this.name && (kind === undefined || r.kind === kind));
  }

  /** The CloudWatch statistics of one metric, e.g. metric("Throttles").Sum. */
  async metric(name: string): Promise<{ Sum: number; Maximum: number | null; SampleCount: number }> {
    const all = ((await this.sim.metrics(this.name)) ?? {}) as Record<
      string,
      { Sum?: unknown; Maximum?: unknown; SampleCount?: unknown }
    >;
    const m = all[name] ?? {};
    return {
      Sum: typeof m.Sum === "number" ? m.Sum : 0,
      Maximum: typeof m.Maximum === "number" ? m.Maximum : null,
      SampleCount: typeof m.SampleCount === "number" ? m.SampleCount : 0,
    };
  }

  /** The last error the function threw, from the trace, to explain a 502 or a failed batch. */
  async lastError(): Promise<string | null> {
    const errors = (await this.trace()).filter(
      (r) => typeof r.errorType === "string" && typeof r.errorMessage === "string",
    );
    const last = errors[errors.length - 1];
    if (last) return `${String(last.errorType)}: ${String(last.errorMessage)}`;
    const timeouts = await this.trace("invoke.timeout");
    return timeouts.length > 0
      ? `the function timed out (Task timed out after ${Number(timeouts[timeouts.length - 1].timeoutSeconds ?? 0).toFixed(2)} seconds)`
      : null;
  }
}
