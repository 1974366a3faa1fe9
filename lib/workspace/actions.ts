// zod/mini: this ships to the browser with the simulator page (see eslint.config.mjs).
import { z } from "zod/mini";
import { BURST_MAX } from "./limits";

// What a learner can do in the workspace, as data. The page dispatches these, presets list them
// as suggested steps, the CLI mirror prints each one as the `aws ...` command a real account
// would need, and the session runs them against the engine.

const invocationType = z.enum(["RequestResponse", "Event", "DryRun"]);
const nonEmpty = z.string().check(z.minLength(1));
const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const opt = z.optional;
const def = z._default;
export type InvocationType = z.infer<typeof invocationType>;

const targetRef = z.strictObject({ kind: z.enum(["sqs", "sns"]), name: nonEmpty });

export const workspaceActionSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("invoke"),
    invocationType: def(invocationType, "RequestResponse"),
    qualifier: opt(z.string()),
    /** Name of a saved test event; the selected one when absent. */
    event: opt(z.string()),
  }),
  z.strictObject({
    type: z.literal("burst"),
    count: intIn(1, BURST_MAX),
    invocationType: def(z.enum(["RequestResponse", "Event"]), "Event"),
    /** Spread the calls evenly over this much virtual time; 0 = all at the same instant. */
    spreadMs: def(intIn(0, 3_600_000), 0),
    qualifier: opt(z.string()),
    event: opt(z.string()),
  }),
  z.strictObject({ type: z.literal("advanceBy"), ms: intIn(1, 7 * 24 * 3_600_000) }),
  z.strictObject({ type: z.literal("runUntilIdle"), maxVirtualMs: def(intIn(1, 30 * 24 * 3_600_000), 7 * 3_600_000) }),
  z.strictObject({ type: z.literal("deploy") }),
  z.strictObject({ type: z.literal("publishVersion"), description: def(z.string(), "") }),
  z.strictObject({
    type: z.literal("createAlias"),
    name: nonEmpty,
    functionVersion: nonEmpty,
    /** Weighted routing: this share of traffic (0-1) goes to `additionalVersion`. */
    additionalVersion: opt(z.string()),
    additionalWeight: opt(z.number().check(z.gte(0), z.lte(1))),
  }),
  z.strictObject({
    type: z.literal("updateAlias"),
    name: nonEmpty,
    functionVersion: nonEmpty,
    additionalVersion: opt(z.string()),
    additionalWeight: opt(z.number().check(z.gte(0), z.lte(1))),
  }),
  z.strictObject({ type: z.literal("putFunctionConcurrency"), reserved: z.int().check(z.gte(0)) }),
  z.strictObject({ type: z.literal("deleteFunctionConcurrency") }),
  z.strictObject({
    type: z.literal("putFunctionEventInvokeConfig"),
    qualifier: opt(z.string()),
    maximumRetryAttempts: z.int(),
    maximumEventAgeInSeconds: z.int(),
    onSuccess: def(z.nullable(targetRef), null),
    onFailure: def(z.nullable(targetRef), null),
  }),
  /** A scripted edit (presets use it to show "change the code, then publish"). */
  z.strictObject({ type: z.literal("editFile"), path: nonEmpty, content: z.string() }),
  z.strictObject({
    type: z.literal("httpRequest"),
    /** Index into the scenario's triggers (an alb or http-api trigger). */
    trigger: z.int().check(z.gte(0)),
    method: def(z.string(), "GET"),
    path: def(z.string(), "/"),
    headers: def(z.record(z.string(), z.string()), {}),
    body: def(z.string(), ""),
  }),
  z.strictObject({
    type: z.literal("sqsSendMessage"),
    queueName: nonEmpty,
    /** `{n}` in the body becomes the message's number (1, 2, ...). */
    body: z.string(),
    /** Send this many messages, to show batching. */
    count: def(intIn(1, BURST_MAX), 1),
  }),
  z.strictObject({ type: z.literal("snsPublish"), topicName: nonEmpty, message: z.string() }),
  z.strictObject({ type: z.literal("s3PutObject"), bucket: nonEmpty, key: nonEmpty, body: def(z.string(), "") }),
  z.strictObject({
    type: z.literal("putEvents"),
    source: nonEmpty,
    detailType: nonEmpty,
    detail: def(z.string(), "{}"),
  }),
  z.strictObject({ type: z.literal("reset") }),
]);

export type WorkspaceAction = z.infer<typeof workspaceActionSchema>;
export type WorkspaceActionInput = z.input<typeof workspaceActionSchema>;
export type ActionType = WorkspaceAction["type"];
export type ActionOf<T extends ActionType> = Extract<WorkspaceAction, { type: T }>;

export function action<T extends WorkspaceActionInput>(input: T): WorkspaceAction {
  return workspaceActionSchema.parse(input);
}
