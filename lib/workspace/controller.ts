import type { WorkspaceAction } from "./actions";
import { mirrorAction, mirrorCreateFunction, mirrorTrigger } from "./cli-mirror";
import { describeActivity } from "./activity";
import { toEngineError, type SimulatorApi } from "./engine-port";
import { toLogLine } from "./logs";
import { markersFromError, parseErrorPayload } from "./markers";
import { WorkspaceSession, type ActionOutcome } from "./session";
import { adaptTrace } from "./trace-adapter";
import type { WorkspaceStore } from "./workspace-store";

// Connects the page's store to the engine: starts a simulator (in a worker, through the
// connector the page passes in), runs actions through a WorkspaceSession, keeps the trace the
// worker streams, and reads back the logs. It also owns the recovery path: a worker that stops
// answering (a runaway handler the engine's own guards did not stop) is terminated and rebuilt.

export type EngineConnection = {
  sim: SimulatorApi;
  /** Virtual epoch ms at t = 0 (the simulator's startTime). */
  epoch: number;
  /** Services beyond Lambda itself this engine offers (see TRIGGER_SERVICE). */
  capabilities: ReadonlySet<string>;
  /** Stops the worker at once; calls still pending reject. */
  terminate: () => void;
  /** Live trace records while an action runs, when the worker streams them. */
  onTrace?: (listener: (records: readonly unknown[]) => void) => () => void;
};

/** Lets the browser paint and handle input before the next step. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Trace records kept on the page (the engine keeps a bounded trace too). */
const MAX_RECORDS = 100_000;

/** Errors of a worker client whose worker was terminated or rebuilt while a call was pending. */
const LOST_WORKER_ERRORS = new Set(["WorkerTimeoutError", "WorkerRestartedError"]);

export type Connector = (options: { seed: number; accountConcurrency: number }) => Promise<EngineConnection>;

export type ControllerOptions = {
  /** How often live trace updates reach the store while an action runs (ms of wall time). */
  liveIntervalMs?: number;
};

export class EngineUnavailableError extends Error {
  constructor() {
    super("The simulator engine is not part of this build yet, so nothing can run. The CLI mirror still shows what each action would do in AWS.");
    this.name = "EngineUnavailableError";
  }
}

function titleOf(action: WorkspaceAction): string {
  switch (action.type) {
    case "invoke":
      return action.invocationType === "Event"
        ? `Invoke asynchronously${action.qualifier ? ` (${action.qualifier})` : ""}`
        : action.invocationType === "DryRun"
          ? "Dry run"
          : `Test${action.qualifier ? ` (${action.qualifier})` : ""}`;
    case "burst":
      return `Burst: ${action.count} ${action.invocationType === "Event" ? "asynchronous" : "synchronous"} calls`;
    case "advanceBy":
      return `Advance time by ${action.ms >= 60_000 ? `${action.ms / 60_000} min` : `${action.ms / 1000} s`}`;
    case "runUntilIdle":
      return "Run until idle";
    case "deploy":
      return "Deploy";
    case "publishVersion":
      return "Publish a version";
    case "createAlias":
      return `Create alias ${action.name}`;
    case "updateAlias":
      return `Update alias ${action.name}`;
    case "putFunctionConcurrency":
      return `Reserve concurrency ${action.reserved}`;
    case "deleteFunctionConcurrency":
      return "Remove reserved concurrency";
    case "putFunctionEventInvokeConfig":
      return "Asynchronous settings";
    case "editFile":
      return `Edit ${action.path}`;
    case "httpRequest":
      return `HTTP ${action.method} ${action.path}`;
    case "sqsSendMessage":
      return `Send ${action.count} SQS message${action.count === 1 ? "" : "s"}`;
    case "snsPublish":
      return "Publish to SNS";
    case "s3PutObject":
      return `Put s3://${action.bucket}/${action.key}`;
    case "putEvents":
      return "Put an EventBridge event";
    case "reset":
      return "Reset";
  }
}

export class WorkspaceController {
  private connection: EngineConnection | null = null;
  private session: WorkspaceSession | null = null;
  /** Bumped by reset/stop: results of an older generation are dropped. */
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** The engine's trace so far: streamed from the worker, or read after each action. */
  private records: unknown[] = [];
  /** How many records were already scanned for new request ids. */
  private scanned = 0;
  private seenRequests = new Set<string>();
  private newRequests: string[] = [];
  private stopTrace: (() => void) | null = null;
  private liveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: WorkspaceStore,
    private readonly connector: Connector | null,
    private readonly options: ControllerOptions = {},
  ) {
    if (!connector) store.getState().setEngine("unavailable", new EngineUnavailableError().message);
  }

  get available(): boolean {
    return this.connector !== null;
  }

  private async connect(): Promise<EngineConnection> {
    if (this.connection) return this.connection;
    if (!this.connector) throw new EngineUnavailableError();
    const st = this.store.getState();
    st.setEngine("starting", "Starting the simulator…");
    const connection = await this.connector({ seed: st.scenario.seed, accountConcurrency: st.scenario.accountConcurrency });
    this.connection = connection;
    this.session = new WorkspaceSession(connection.sim);
    this.subscribe(connection, this.generation);
    this.store.getState().setObservations({ epoch: connection.epoch, now: connection.epoch, capabilities: [...connection.capabilities] });
    this.store.getState().setEngine("ready");
    return connection;
  }

  /** Runs actions one after another, in the order they were asked for. */
  run(action: WorkspaceAction): Promise<ActionOutcome | null> {
    const next = this.queue.then(() => this.runNow(action));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private commandsFor(action: WorkspaceAction, outcome: ActionOutcome | null): string[] {
    const st = this.store.getState();
    const ctx = { scenario: st.scenario, selectedEvent: st.selectedEvent, hosts: st.hosts };
    const setup: string[] = [];
    for (const d of outcome?.deployed ?? []) {
      if (d === "create") setup.push(...mirrorCreateFunction(st.scenario));
      else if (d === "code" || d === "configuration") {
        if (!setup.some((c) => c.includes("update-function-code"))) setup.push(...mirrorAction({ type: "deploy" }, ctx));
      } else if (d === "concurrency") {
        const r = st.scenario.config.ReservedConcurrentExecutions;
        setup.push(...mirrorAction(r === null ? { type: "deleteFunctionConcurrency" } : { type: "putFunctionConcurrency", reserved: r }, ctx));
      } else if (d === "async-config") {
        const a = st.scenario.asyncConfig;
        setup.push(
          ...mirrorAction(
            { type: "putFunctionEventInvokeConfig", maximumRetryAttempts: a.MaximumRetryAttempts, maximumEventAgeInSeconds: a.MaximumEventAgeInSeconds, onSuccess: a.OnSuccess, onFailure: a.OnFailure },
            ctx,
          ),
        );
      } else if (d === "triggers") {
        st.scenario.triggers.forEach((t, i) => setup.push(...mirrorTrigger(t, i, st.scenario)));
      }
    }
    return action.type === "deploy" && setup.length ? setup : [...setup, ...mirrorAction(action, ctx)];
  }

  private async runNow(action: WorkspaceAction): Promise<ActionOutcome | null> {
    const st = this.store.getState();
    if (action.type === "reset") {
      await this.reset();
      return null;
    }
    if (action.type === "editFile") {
      st.applyToScenario(action);
      st.pushHistory({ at: null, title: titleOf(action), outcome: null, commands: mirrorAction(action, { scenario: st.scenario }) });
      return null;
    }
    if (!this.connector) {
      st.pushHistory({
        at: null,
        title: titleOf(action),
        outcome: { action, summary: new EngineUnavailableError().message, results: [], deployed: [], error: { name: "EngineUnavailableError", message: new EngineUnavailableError().message } },
        commands: mirrorAction(action, { scenario: st.scenario, selectedEvent: st.selectedEvent, hosts: st.hosts }),
      });
      return null;
    }
    const generation = this.generation;
    let outcome: ActionOutcome;
    let firstRecord = this.records.length;
    try {
      await this.connect();
      firstRecord = this.records.length;
      this.store.getState().setEngine("busy", titleOf(action));
      const scenario = this.store.getState().scenario;
      outcome = await this.session!.run(action, scenario, this.store.getState().selectedEvent);
    } catch (error) {
      outcome = { action, summary: "", results: [], deployed: [], error: toEngineError(error) };
      outcome.summary = `${outcome.error!.name}: ${outcome.error!.message}`;
    }
    if (generation !== this.generation) return null;
    const lost = [outcome.error, ...outcome.results.map((r) => r.error)].some((e) => e && LOST_WORKER_ERRORS.has(e.name));
    if (lost) {
      // The worker was rebuilt under us (it stopped answering): the simulated account is gone.
      this.generation++;
      this.drop();
      const st = this.store.getState();
      st.setObservations({ timeline: [], logs: [], metrics: null, versions: [], aliases: {}, hosts: {}, skippedTriggers: {} });
      st.pushHistory({ at: null, title: titleOf(action), outcome, commands: this.commandsFor(action, outcome) });
      st.setEngine("idle", "The simulator stopped answering and was restarted with an empty account; your next action deploys the function again.");
      return outcome;
    }
    if (!outcome.error) this.store.getState().applyToScenario(action);
    await this.observe(generation, outcome);
    if (generation !== this.generation) return null;
    if (!outcome.error && (action.type === "runUntilIdle" || action.type === "advanceBy")) {
      outcome.summary = `${outcome.summary} ${describeActivity(this.records.slice(firstRecord), this.store.getState().scenario.config.FunctionName)}`;
    }
    this.store.getState().pushHistory({
      at: this.store.getState().now,
      title: titleOf(action),
      outcome,
      commands: this.commandsFor(action, outcome),
      requestIds: this.newRequests,
    });
    if (this.store.getState().engine === "busy") this.store.getState().setEngine("ready");
    return outcome;
  }

  /**
   * Keeps the engine's trace as the worker streams it, and shows it on the timeline a few times
   * a second while an action runs (one render per batch would swamp the page during a burst).
   */
  private subscribe(connection: EngineConnection, generation: number) {
    if (!connection.onTrace) return;
    this.stopTrace = connection.onTrace((batch) => {
      if (generation !== this.generation) return;
      this.records.push(...batch);
      if (this.records.length > MAX_RECORDS) {
        const drop = this.records.length - MAX_RECORDS;
        this.records.splice(0, drop);
        this.scanned = Math.max(0, this.scanned - drop);
      }
      if (this.liveTimer === null) {
        this.liveTimer = setTimeout(() => {
          this.liveTimer = null;
          if (generation !== this.generation) return;
          const fn = this.store.getState().scenario.config.FunctionName;
          this.store.getState().setObservations({ timeline: adaptTrace(this.records, { functionName: fn }) });
        }, this.options.liveIntervalMs ?? 150);
      }
    });
  }

  /** Forgets the connection, its session and everything observed through it. */
  private drop() {
    this.stopTrace?.();
    this.stopTrace = null;
    if (this.liveTimer) clearTimeout(this.liveTimer);
    this.liveTimer = null;
    this.connection?.terminate();
    this.connection = null;
    this.session = null;
    this.records = [];
    this.scanned = 0;
    this.seenRequests.clear();
  }

  /** Reads logs (and the trace, when it is not streamed) after an action. */
  private async observe(generation: number, outcome: ActionOutcome) {
    const connection = this.connection;
    const session = this.session;
    if (!connection || !session) return;
    const st = this.store.getState();
    const fn = st.scenario.config.FunctionName;
    try {
      const streamed = this.stopTrace !== null;
      const [trace, logs, now] = await Promise.all([streamed ? this.records : connection.sim.trace(), connection.sim.logs(fn), connection.sim.now()]);
      if (generation !== this.generation) return;
      if (!streamed) this.records = [...trace];
      this.newRequests = [];
      for (; this.scanned < this.records.length; this.scanned++) {
        const id = (this.records[this.scanned] as { requestId?: unknown } | null)?.requestId;
        if (typeof id === "string" && !this.seenRequests.has(id)) {
          this.seenRequests.add(id);
          this.newRequests.push(id);
        }
      }
      const lastError = [...outcome.results].reverse().find((r) => r.functionError);
      const payload = lastError ? parseErrorPayload(lastError.payload) : null;
      const markers = payload
        ? markersFromError(payload, st.scenario.files, st.scenario.config.Handler)
        : outcome.results.some((r) => r.statusCode !== undefined && !r.functionError)
          ? []
          : st.markers;
      if (this.liveTimer) clearTimeout(this.liveTimer);
      this.liveTimer = null;
      st.setObservations({
        timeline: adaptTrace(this.records, { functionName: fn, now }),
        logs: logs.map(toLogLine),
        now,
        versions: [...session.versions],
        aliases: Object.fromEntries(session.aliases),
        markers,
        hosts: session.hosts(),
        skippedTriggers: session.skippedTriggers(),
      });
    } catch (error) {
      st.setEngine("failed", `Could not read the results: ${toEngineError(error).message}`);
    }
  }

  /** A fresh simulator with the current scenario (history, logs and timeline cleared). */
  async reset(): Promise<void> {
    this.generation++;
    this.drop();
    this.store.getState().clearRun();
    this.store.getState().setEngine(this.connector ? "idle" : "unavailable", this.connector ? "" : new EngineUnavailableError().message);
  }

  /**
   * The last resort for code that will not stop: terminate the worker and start a new one.
   * Whatever was running is lost; the scenario (code, configuration, events) is kept.
   */
  async stop(): Promise<void> {
    this.generation++;
    this.store.getState().setEngine("restarting", "Stopping the simulator and starting a new one…");
    // Each step in its own task: terminating rejects every pending call (a burst can have a
    // thousand) and clearing re-renders the page; together they would block it for too long.
    await yieldToPage();
    this.drop();
    this.queue = Promise.resolve();
    await yieldToPage();
    this.store.getState().clearRun();
    await yieldToPage();
    try {
      await this.connect();
      this.store.getState().setEngine("ready", "The simulator was restarted. Run the function again when you are ready.");
    } catch (error) {
      this.store.getState().setEngine("failed", toEngineError(error).message);
    }
  }

  dispose() {
    this.generation++;
    this.drop();
  }
}
