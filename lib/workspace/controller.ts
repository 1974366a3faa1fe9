import type { WorkspaceAction } from "./actions";
import { mirrorAction, mirrorCreateFunction, mirrorTrigger } from "./cli-mirror";
import { toEngineError, type SimulatorApi } from "./engine-port";
import { toLogLine } from "./logs";
import { markersFromError, parseErrorPayload } from "./markers";
import { WorkspaceSession, type ActionOutcome } from "./session";
import { adaptTrace } from "./trace-adapter";
import type { WorkspaceStore } from "./workspace-store";

// Connects the page's store to the engine: starts a simulator (in a worker, through the
// connector the page passes in), runs actions through a WorkspaceSession, then reads back the
// trace, logs and metrics. It also owns the recovery path: a worker that stops answering (a
// runaway handler the engine's own guards did not stop) is terminated and rebuilt.

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
  private liveRecords: unknown[] = [];
  private seenRequests = new Set<string>();
  private newRequests: string[] = [];

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
    let stopLive = () => {};
    try {
      const connection = await this.connect();
      this.store.getState().setEngine("busy", titleOf(action));
      stopLive = this.watchLive(connection, generation);
      const scenario = this.store.getState().scenario;
      outcome = await this.session!.run(action, scenario, this.store.getState().selectedEvent);
    } catch (error) {
      outcome = { action, summary: "", results: [], deployed: [], error: toEngineError(error) };
      outcome.summary = `${outcome.error!.name}: ${outcome.error!.message}`;
    } finally {
      stopLive();
    }
    if (generation !== this.generation) return null;
    const lost = [outcome.error, ...outcome.results.map((r) => r.error)].some((e) => e && LOST_WORKER_ERRORS.has(e.name));
    if (lost) {
      // The worker was rebuilt under us (it stopped answering): the simulated account is gone.
      this.generation++;
      this.connection?.terminate();
      this.connection = null;
      this.session = null;
      this.liveRecords = [];
      this.seenRequests.clear();
      const st = this.store.getState();
      st.setObservations({ timeline: [], logs: [], metrics: null, versions: [], aliases: {}, hosts: {}, skippedTriggers: {} });
      st.pushHistory({ at: null, title: titleOf(action), outcome, commands: this.commandsFor(action, outcome) });
      st.setEngine("idle", "The simulator stopped answering and was restarted with an empty account; your next action deploys the function again.");
      return outcome;
    }
    if (!outcome.error) this.store.getState().applyToScenario(action);
    await this.observe(generation, outcome);
    if (generation !== this.generation) return null;
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

  /** Streams trace records into the store (throttled) while an action runs. */
  private watchLive(connection: EngineConnection, generation: number): () => void {
    if (!connection.onTrace) return () => {};
    const fn = this.store.getState().scenario.config.FunctionName;
    let pending = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      pending = false;
      if (generation !== this.generation) return;
      this.store.getState().setObservations({ timeline: adaptTrace(this.liveRecords, { functionName: fn }) });
    };
    const unsubscribe = connection.onTrace((records) => {
      this.liveRecords.push(...records);
      if (!pending) {
        pending = true;
        timer = setTimeout(flush, this.options.liveIntervalMs ?? 150);
      }
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }

  /** Reads trace, logs and metrics after an action. */
  private async observe(generation: number, outcome: ActionOutcome) {
    const connection = this.connection;
    const session = this.session;
    if (!connection || !session) return;
    const st = this.store.getState();
    const fn = st.scenario.config.FunctionName;
    try {
      const [trace, logs, metrics, now] = await Promise.all([connection.sim.trace(), connection.sim.logs(fn), connection.sim.metrics(fn), connection.sim.now()]);
      if (generation !== this.generation) return;
      this.liveRecords = [...trace];
      this.newRequests = [];
      for (const r of trace) {
        const id = (r as { requestId?: unknown } | null)?.requestId;
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
      st.setObservations({
        timeline: adaptTrace(trace, { functionName: fn, now }),
        logs: logs.map(toLogLine),
        metrics,
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
    this.connection?.terminate();
    this.connection = null;
    this.session = null;
    this.liveRecords = [];
    this.seenRequests.clear();
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
    this.connection?.terminate();
    this.connection = null;
    this.session = null;
    this.liveRecords = [];
    this.seenRequests.clear();
    this.queue = Promise.resolve();
    this.store.getState().clearRun();
    try {
      await this.connect();
      this.store.getState().setEngine("ready", "The simulator was restarted. Run the function again when you are ready.");
    } catch (error) {
      this.store.getState().setEngine("failed", toEngineError(error).message);
    }
  }

  dispose() {
    this.generation++;
    this.connection?.terminate();
    this.connection = null;
  }
}
