import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  describeDeployment,
  resolveServerlessConfig,
  sampleServerlessConfig,
  toYaml,
  type ConfigObject,
  type ResolveContext,
} from "@/lib/widgets/serverless-variable-resolver";

const ctx = (options: ResolveContext["options"] = {}, env: ResolveContext["env"] = {}): ResolveContext => ({ options, env });

function deploy(config: ConfigObject, c: ResolveContext) {
  const r = resolveServerlessConfig(config, c);
  return { ...r, summary: describeDeployment(r.config, c, r.stage) };
}

describe("the sample service", () => {
  test("with no --stage it deploys dev, named service-stage-function", () => {
    const { summary, errors } = deploy(sampleServerlessConfig("option"), ctx());
    expect(errors).toEqual([]);
    expect(summary.stage).toBe("dev");
    expect(summary.stackName).toBe("orders-dev");
    expect(summary.region).toBe("eu-west-1");
    expect(summary.functions.map((f) => f.name)).toEqual(["orders-dev-createOrder", "orders-dev-listOrders"]);
    expect(summary.functions[0].environment).toEqual({ STAGE: "dev", TABLE: "orders-dev", LOG_LEVEL: "info" });
    // No pageSize for dev: the numeric fallback applies.
    expect(summary.functions[1].environment.PAGE_SIZE).toBe("20");
  });

  test("--stage prod renames the stack and functions and picks the stage's custom value", () => {
    const { summary, config } = deploy(sampleServerlessConfig("option"), ctx({ stage: "prod", region: "us-west-2" }));
    expect(summary.stackName).toBe("orders-prod");
    expect(summary.region).toBe("us-west-2");
    expect(summary.regionFrom).toMatch(/--region/);
    expect(summary.functions[1]).toMatchObject({ name: "orders-prod-listOrders", environment: { TABLE: "orders-prod", PAGE_SIZE: "100", STAGE: "prod" } });
    expect((config.provider as ConfigObject).stage).toBe("prod");
  });

  test("with a hard-coded provider.stage, self:provider.stage ignores --stage while sls:stage follows it", () => {
    const { summary } = deploy(sampleServerlessConfig("fixed"), ctx({ stage: "prod" }));
    expect(summary.stage).toBe("prod");
    expect(summary.functions[0].environment).toMatchObject({ STAGE: "dev", TABLE: "orders-prod" });
  });

  test("an environment variable on the deploying machine replaces the env fallback", () => {
    const { summary, resolutions } = deploy(sampleServerlessConfig("option"), ctx({}, { LOG_LEVEL: "debug" }));
    expect(summary.functions[0].environment.LOG_LEVEL).toBe("debug");
    expect(resolutions.find((r) => r.path === "provider.environment.LOG_LEVEL")?.from).toMatch(/environment variable LOG_LEVEL/);
  });

  test("each resolution says where its value came from", () => {
    const { resolutions } = deploy(sampleServerlessConfig("option"), ctx());
    const stage = resolutions.find((r) => r.path === "provider.stage");
    expect(stage).toMatchObject({ expression: "${opt:stage, 'dev'}", value: "dev", from: "the fallback 'dev'" });
    const nested = resolutions.find((r) => r.path === "functions.listOrders.environment.PAGE_SIZE" && r.expression.startsWith("${self:"));
    expect(nested?.expression).toBe("${self:custom.pageSize.dev, 20}");
  });
});

describe("resolution rules", () => {
  test("a missing value without a fallback is an error naming the property", () => {
    const { errors, config } = resolveServerlessConfig({ provider: { environment: { API_KEY: "${env:API_KEY}" } } }, ctx());
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/provider\.environment\.API_KEY/);
    expect(((config.provider as ConfigObject).environment as ConfigObject).API_KEY).toBeNull();
  });

  test("fallbacks are tried in order, including other sources", () => {
    const config = { custom: { fallbackStage: "qa" }, value: "${opt:stage, self:custom.fallbackStage, 'dev'}" };
    expect(resolveServerlessConfig(config, ctx()).config.value).toBe("qa");
    expect(resolveServerlessConfig(config, ctx({ stage: "prod" })).config.value).toBe("prod");
  });

  test("a value that is only a variable keeps its type; inside a string it is joined", () => {
    const config = { custom: { size: 512, tags: { team: "orders" } }, memory: "${self:custom.size}", label: "size-${self:custom.size}", tags: "${self:custom.tags}" };
    const { config: out } = resolveServerlessConfig(config, ctx());
    expect(out.memory).toBe(512);
    expect(out.label).toBe("size-512");
    expect(out.tags).toEqual({ team: "orders" });
  });

  test("self-references that loop are reported instead of hanging", () => {
    const { errors } = resolveServerlessConfig({ a: "${self:b}", b: "${self:a}" }, ctx());
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].message).toMatch(/loop/);
  });

  test("sources the model does not simulate are named as such", () => {
    const { errors } = resolveServerlessConfig({ x: "${ssm:/orders/prod/url}" }, ctx());
    expect(errors[0].message).toMatch(/"ssm" source/);
  });

  test("without provider.stage or --stage the stage is dev and the region us-east-1", () => {
    const config = { service: "svc", functions: { hello: { handler: "h.main" } } };
    const { summary } = deploy(config, ctx());
    expect(summary).toMatchObject({ stage: "dev", region: "us-east-1", stackName: "svc-dev" });
    expect(summary.functions[0].name).toBe("svc-dev-hello");
  });
});

describe("toYaml", () => {
  test.each(["option", "fixed"] as const)("prints the %s sample so a YAML parser reads it back unchanged", (line) => {
    const config = sampleServerlessConfig(line);
    expect(parse(toYaml(config))).toEqual(config);
  });

  test("quotes strings YAML would read as something else", () => {
    const tricky = { a: "true", b: "123", c: "a: b", d: "#x", e: "", f: "ok" };
    expect(parse(toYaml(tricky))).toEqual(tricky);
    expect(toYaml(tricky)).toContain("f: ok");
  });
});
