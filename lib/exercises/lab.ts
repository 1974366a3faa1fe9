import { CheckFailure, MissingFeatureError } from "./assertions";
import { awsCall, describeInvocation, LabFunction } from "./lab-function";
import { createAlb, createHttpApi, type LabEndpoint } from "./lab-http";
import { createLabQueue, type LabQueue, type QueueOptions } from "./lab-queue";
import { asRecord, type AwsRecord, type ExerciseSimulator } from "./sim-port";

// The check API's entry point: one Lab per check, over a fresh simulator. A check arranges a
// scenario (deploy the learner's code with a configuration, queues, triggers), acts (invoke,
// send requests and messages, move virtual time) and asserts on what it observes (responses,
// logs, trace, metrics). See lib/exercises/README.md for the whole API with an example.

/** What the learner hands in: their files, by name ("index.mjs"). */
export type Submission = { files: Record<string, string> };

export type DeployOptions = {
  FunctionName?: string;
  Runtime?: string;
  Handler?: string;
  MemorySize?: number;
  Timeout?: number;
  Environment?: Record<string, string>;
  /** Replaces the learner's files (the exercise's own "version 1", for example). */
  code?: Record<string, string>;
};

const PROBE_FILE = "__lab_probe.mjs";
const PROBE_FUNCTION = "lab-settings-probe";

export class Lab {
  private probe: LabFunction | null = null;

  constructor(
    readonly sim: ExerciseSimulator,
    readonly submission: Submission,
    /** Read-only files the exercise provides next to the learner's (a fake database client, ...). */
    readonly supportFiles: Readonly<Record<string, string>> = {},
  ) {}

  /** The learner's handler module: "index.mjs", "index.ts", ... */
  get mainFile(): string {
    const names = Object.keys(this.submission.files);
    return names.find((n) => /^index\.(mjs|cjs|js|ts|mts)$/.test(n)) ?? names[0] ?? "index.mjs";
  }

  /** The learner's files with the exercise's support files (which the learner cannot replace). */
  code(): Record<string, string> {
    return { ...this.submission.files, ...this.supportFiles };
  }

  /** Creates a function running the learner's code (Handler index.handler unless told otherwise). */
  async deploy(options: DeployOptions = {}): Promise<LabFunction> {
    const name = options.FunctionName ?? "exercise";
    const input: AwsRecord = {
      FunctionName: name,
      Runtime: options.Runtime ?? "nodejs22.x",
      Handler: options.Handler ?? "index.handler",
      Role: "arn:aws:iam::123456789012:role/lambda-lab-exercise",
      Code: { ZipFile: options.code ? { ...options.code, ...this.supportFiles } : this.code() },
      ...(options.MemorySize !== undefined ? { MemorySize: options.MemorySize } : {}),
      ...(options.Timeout !== undefined ? { Timeout: options.Timeout } : {}),
      ...(options.Environment ? { Environment: { Variables: options.Environment } } : {}),
    };
    const out = asRecord(
      await awsCall(`createFunction ${name}`, () => this.sim.lambda.createFunction(input)),
    );
    return new LabFunction(this.sim, name, String(out.FunctionArn));
  }

  /**
   * The value of a named export of the learner's module (settings an exercise asks for, such as
   * `export const schedule = "cron(...)"`). Read by running the module in the sandbox, never on
   * the host: undefined when the module does not export it.
   */
  async learnerExport(name: string): Promise<unknown> {
    if (!this.probe) {
      const probeSource = [
        `import * as learner from "./${this.mainFile}";`,
        "export const handler = async (event) => {",
        "  const value = learner[event.name];",
        "  return { present: event.name in learner, kind: typeof value, value: typeof value === 'function' ? null : value };",
        "};",
      ].join("\n");
      const code = { ...this.code(), [PROBE_FILE]: probeSource };
      const out = asRecord(
        await awsCall("createFunction (reading your settings)", () =>
          this.sim.lambda.createFunction({
            FunctionName: PROBE_FUNCTION,
            Runtime: "nodejs22.x",
            Handler: "__lab_probe.handler",
            Role: "arn:aws:iam::123456789012:role/lambda-lab-exercise",
            Code: { ZipFile: code },
            Timeout: 10,
          }),
        ),
      );
      this.probe = new LabFunction(this.sim, PROBE_FUNCTION, String(out.FunctionArn));
    }
    const inv = await this.probe.invoke({ name });
    if (inv.rejected || inv.functionError) {
      throw new CheckFailure(
        `Lambda Lab could not load ${this.mainFile} to read \`${name}\`: it ${describeInvocation(inv)}.`,
      );
    }
    const result = inv.payload as { present?: boolean; kind?: string; value?: unknown } | null;
    if (!result?.present) return undefined;
    if (result.kind === "function")
      throw new CheckFailure(`\`${name}\` should be a value (an object, string or number), not a function.`);
    return result.value;
  }

  queue(name: string, options: QueueOptions = {}): Promise<LabQueue> {
    return createLabQueue(this.sim, name, options);
  }

  alb(fn: LabFunction, options: { multiValueHeaders?: boolean } = {}): Promise<LabEndpoint> {
    return createAlb(this.sim, fn, options);
  }

  httpApi(
    fn: LabFunction,
    options: { routes: readonly string[]; payloadFormatVersion?: "1.0" | "2.0" },
  ): Promise<LabEndpoint> {
    return createHttpApi(this.sim, fn, options);
  }

  /** An SQS event source mapping from `queue` to `fn`. */
  async sqsTrigger(
    queue: LabQueue,
    fn: LabFunction,
    options: {
      batchSize?: number;
      reportBatchItemFailures?: boolean;
      maximumBatchingWindowInSeconds?: number;
    } = {},
  ): Promise<void> {
    const create = this.sim.lambda.createEventSourceMapping;
    if (!create) throw new MissingFeatureError("SQS event source mappings (createEventSourceMapping)");
    await awsCall("createEventSourceMapping", () =>
      create({
        EventSourceArn: queue.arn,
        FunctionName: fn.name,
        BatchSize: options.batchSize ?? 10,
        ...(options.maximumBatchingWindowInSeconds !== undefined
          ? { MaximumBatchingWindowInSeconds: options.maximumBatchingWindowInSeconds }
          : {}),
        ...(options.reportBatchItemFailures ? { FunctionResponseTypes: ["ReportBatchItemFailures"] } : {}),
      }),
    );
  }

  /**
   * An EventBridge rule with `expression` as its schedule, targeting `fn` (with the permission
   * events.amazonaws.com needs). An expression AWS would refuse fails the check with AWS's reason.
   */
  async schedule(fn: LabFunction, expression: string, ruleName = `${fn.name}-schedule`): Promise<string> {
    const eb = this.sim.eventbridge;
    const addPermission = this.sim.lambda.addPermission;
    if (!eb || !addPermission) throw new MissingFeatureError("EventBridge rules (sim.eventbridge)");
    const rule = asRecord(
      await awsCall(`putRule with ScheduleExpression ${JSON.stringify(expression)}`, () =>
        eb.putRule({ Name: ruleName, ScheduleExpression: expression }),
      ),
    );
    const ruleArn = String(rule.RuleArn);
    await addPermission({
      FunctionName: fn.name,
      StatementId: `${ruleName}-invoke`,
      Action: "lambda:InvokeFunction",
      Principal: "events.amazonaws.com",
      SourceArn: ruleArn,
    });
    await eb.putTargets({ Rule: ruleName, Targets: [{ Id: "lambda-target", Arn: fn.arn }] });
    return ruleArn;
  }

  /** Virtual epoch milliseconds. */
  async now(): Promise<number> {
    return this.sim.now();
  }

  /** Runs everything that falls due within the next `ms` of virtual time. */
  async advance(ms: number): Promise<void> {
    await this.sim.advanceBy(ms);
  }

  /** Runs until nothing is scheduled (retries, queues, timers) or `maxVirtualMs` has passed. */
  async settle(maxVirtualMs = 6 * 60 * 60 * 1000): Promise<void> {
    await this.sim.runUntilIdle({ maxVirtualMs });
  }

  /** Every trace record, optionally of one kind. */
  async trace(kind?: string): Promise<AwsRecord[]> {
    const all = (await this.sim.trace()) as AwsRecord[];
    return kind === undefined ? all : all.filter((r) => r && r.kind === kind);
  }
}
