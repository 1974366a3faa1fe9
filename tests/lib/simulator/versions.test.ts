import { afterEach, describe, expect, test } from "vitest";
import type { Simulator } from "@/lib/simulator";
import { call, deploy, newSim, rejection } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

describe("versions", () => {
  test("publishes immutable snapshots of code and configuration; $LATEST stays mutable", async () => {
    sim = await newSim();
    await deploy(sim, "app", "export const handler = async () => ({ v: 'one', t: process.env.TAG });", { Environment: { Variables: { TAG: "a" } } });
    const v1 = await sim.lambda.publishVersion({ FunctionName: "app", Description: "first" });
    expect(v1).toMatchObject({ Version: "1", Description: "first", FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:app:1" });
    await sim.lambda.updateFunctionCode({ FunctionName: "app", ZipFile: "export const handler = async () => ({ v: 'two', t: process.env.TAG });" });
    await sim.lambda.updateFunctionConfiguration({ FunctionName: "app", Environment: { Variables: { TAG: "b" } } });
    expect((await call(sim, "app")).body).toEqual({ v: "two", t: "b" });
    expect((await call(sim, "app", {}, { Qualifier: "1" })).body).toEqual({ v: "one", t: "a" });
    const v2 = await sim.lambda.publishVersion({ FunctionName: "app" });
    expect(v2.Version).toBe("2");
    expect(v2.CodeSha256).not.toBe(v1.CodeSha256);
  });

  test("does not publish a new version when nothing changed", async () => {
    sim = await newSim();
    await deploy(sim, "same", "export const handler = async () => 1;");
    const a = await sim.lambda.publishVersion({ FunctionName: "same" });
    const b = await sim.lambda.publishVersion({ FunctionName: "same" });
    expect(b.Version).toBe(a.Version);
    expect((await sim.lambda.listVersionsByFunction({ FunctionName: "same" })).Versions).toHaveLength(2);
  });

  test("reports ExecutedVersion and accepts qualified ARNs", async () => {
    sim = await newSim();
    await deploy(sim, "qa", "export const handler = async (e, c) => c.invokedFunctionArn;");
    await sim.lambda.publishVersion({ FunctionName: "qa" });
    const byArn = await sim.lambda.invoke({ FunctionName: "arn:aws:lambda:us-east-1:123456789012:function:qa:1" });
    expect(byArn.ExecutedVersion).toBe("1");
    expect(JSON.parse(byArn.Payload!)).toBe("arn:aws:lambda:us-east-1:123456789012:function:qa:1");
    const unqualified = await sim.lambda.invoke({ FunctionName: "qa" });
    expect(unqualified.ExecutedVersion).toBe("$LATEST");
    expect(JSON.parse(unqualified.Payload!)).toBe("arn:aws:lambda:us-east-1:123456789012:function:qa");
  });

  test("rejects a Qualifier that contradicts the one in the ARN, and unknown versions", async () => {
    sim = await newSim();
    await deploy(sim, "qq", "export const handler = async () => 1;");
    await sim.lambda.publishVersion({ FunctionName: "qq" });
    const clash = await rejection(sim.lambda.invoke({ FunctionName: "qq:1", Qualifier: "2" }));
    expect(clash.name).toBe("InvalidParameterValueException");
    expect(clash.message).toBe("The derived qualifier from the function name does not match the specified qualifier.");
    const missing = await rejection(sim.lambda.invoke({ FunctionName: "qq", Qualifier: "9" }));
    expect(missing.name).toBe("ResourceNotFoundException");
    expect(missing.message).toBe("Function not found: arn:aws:lambda:us-east-1:123456789012:function:qq:9");
  });

  test("keeps separate environments per version", async () => {
    sim = await newSim();
    await deploy(sim, "pv", "export const handler = async () => 1;");
    await sim.lambda.publishVersion({ FunctionName: "pv" });
    await call(sim, "pv");
    await call(sim, "pv", {}, { Qualifier: "1" });
    await call(sim, "pv", {}, { Qualifier: "1" });
    expect(sim.environments("pv").map((e) => e.version).sort()).toEqual(["$LATEST", "1"]);
  });

  test("deletes a version only when no alias uses it, and never $LATEST alone", async () => {
    sim = await newSim();
    await deploy(sim, "del", "export const handler = async () => 1;");
    await sim.lambda.publishVersion({ FunctionName: "del" });
    await sim.lambda.createAlias({ FunctionName: "del", Name: "live", FunctionVersion: "1" });
    expect((await rejection(sim.lambda.deleteFunction({ FunctionName: "del", Qualifier: "1" }))).name).toBe("ResourceConflictException");
    expect((await rejection(sim.lambda.deleteFunction({ FunctionName: "del", Qualifier: "$LATEST" }))).name).toBe("InvalidParameterValueException");
    await sim.lambda.deleteAlias({ FunctionName: "del", Name: "live" });
    await sim.lambda.deleteFunction({ FunctionName: "del", Qualifier: "1" });
    expect((await rejection(call(sim, "del", {}, { Qualifier: "1" }))).name).toBe("ResourceNotFoundException");
  });
});

describe("aliases", () => {
  async function twoVersions(s: Simulator) {
    await deploy(s, "canary", "export const handler = async () => 'blue';");
    await s.lambda.publishVersion({ FunctionName: "canary" });
    await s.lambda.updateFunctionCode({ FunctionName: "canary", ZipFile: "export const handler = async () => 'green';" });
    await s.lambda.publishVersion({ FunctionName: "canary" });
  }

  test("points an alias at a version and moves it", async () => {
    sim = await newSim();
    await twoVersions(sim);
    const alias = await sim.lambda.createAlias({ FunctionName: "canary", Name: "live", FunctionVersion: "1" });
    expect(alias).toMatchObject({ Name: "live", FunctionVersion: "1", AliasArn: "arn:aws:lambda:us-east-1:123456789012:function:canary:live" });
    const before = await call(sim, "canary", {}, { Qualifier: "live" });
    expect([before.body, before.ExecutedVersion]).toEqual(["blue", "1"]);
    await sim.lambda.updateAlias({ FunctionName: "canary", Name: "live", FunctionVersion: "2" });
    const after = await call(sim, "canary:live");
    expect([after.body, after.ExecutedVersion]).toEqual(["green", "2"]);
  });

  test("splits traffic between two versions by weight, reproducibly for a seed", async () => {
    const run = async (seed: number) => {
      const s = await newSim({ seed });
      await twoVersions(s);
      await s.lambda.createAlias({ FunctionName: "canary", Name: "live", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "2": 0.2 } } });
      const versions: string[] = [];
      for (let i = 0; i < 300; i++) versions.push((await s.lambda.invoke({ FunctionName: "canary", Qualifier: "live" })).ExecutedVersion!);
      s.dispose();
      return versions;
    };
    const a = await run(5);
    const share = a.filter((v) => v === "2").length / a.length;
    expect(share).toBeGreaterThan(0.13);
    expect(share).toBeLessThan(0.27);
    expect(await run(5)).toEqual(a);
    sim = await newSim();
  });

  test("refuses weighted routing that involves $LATEST, the same version twice, or a weight out of range", async () => {
    sim = await newSim();
    await twoVersions(sim);
    const latest = await rejection(
      sim.lambda.createAlias({ FunctionName: "canary", Name: "bad", FunctionVersion: "$LATEST", RoutingConfig: { AdditionalVersionWeights: { "1": 0.5 } } }),
    );
    expect(latest.name).toBe("InvalidParameterValueException");
    expect(latest.message).toContain("$LATEST is not supported");
    const twice = await rejection(sim.lambda.createAlias({ FunctionName: "canary", Name: "bad", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "1": 0.5 } } }));
    expect(twice.name).toBe("InvalidParameterValueException");
    const heavy = await rejection(sim.lambda.createAlias({ FunctionName: "canary", Name: "bad", FunctionVersion: "1", RoutingConfig: { AdditionalVersionWeights: { "2": 1.5 } } }));
    expect(heavy.name).toBe("ValidationException");
  });

  test("rejects duplicate, numeric and unknown alias names with AWS's exceptions", async () => {
    sim = await newSim();
    await twoVersions(sim);
    await sim.lambda.createAlias({ FunctionName: "canary", Name: "live", FunctionVersion: "1" });
    expect((await rejection(sim.lambda.createAlias({ FunctionName: "canary", Name: "live", FunctionVersion: "1" }))).name).toBe("ResourceConflictException");
    expect((await rejection(sim.lambda.createAlias({ FunctionName: "canary", Name: "123", FunctionVersion: "1" }))).name).toBe("ValidationException");
    expect((await rejection(sim.lambda.getAlias({ FunctionName: "canary", Name: "nope" }))).name).toBe("ResourceNotFoundException");
    expect((await rejection(sim.lambda.createAlias({ FunctionName: "canary", Name: "x", FunctionVersion: "7" }))).name).toBe("ResourceNotFoundException");
  });
});
