import { describe, expect, test } from "vitest";
import { traceAll, traceRoute, type NetworkSetup, type Placement } from "@/lib/widgets/vpc-route-tracer";

const setup = (placement: Placement, extra: Partial<NetworkSetup> = {}): NetworkSetup => ({
  placement,
  s3GatewayEndpoint: false,
  dynamodbGatewayEndpoint: false,
  secretsInterfaceEndpoint: false,
  dbAllowsFunction: true,
  ...extra,
});

const reachable = (s: NetworkSetup) => Object.fromEntries(traceAll(s).map((t) => [t.destination, t.reaches]));

describe("vpc-route-tracer", () => {
  test("without a VPC the function reaches the internet and AWS services but not the private database", () => {
    expect(reachable(setup("no-vpc"))).toEqual({ internet: true, s3: true, dynamodb: true, secrets: true, rds: false });
    expect(traceRoute(setup("no-vpc"), "rds").fix).toMatch(/Attach the function to the VPC/);
  });

  test("a private subnet with a NAT gateway reaches everything", () => {
    expect(reachable(setup("private-nat"))).toEqual({ internet: true, s3: true, dynamodb: true, secrets: true, rds: true });
    const hops = traceRoute(setup("private-nat"), "internet").hops.map((h) => h.at);
    expect(hops).toContain("NAT gateway (in a public subnet)");
  });

  test("a private subnet without NAT reaches only what is inside the VPC", () => {
    expect(reachable(setup("private-isolated"))).toEqual({ internet: false, s3: false, dynamodb: false, secrets: false, rds: true });
    expect(traceRoute(setup("private-isolated"), "dynamodb").fix).toMatch(/VPC endpoint/);
    expect(traceRoute(setup("private-isolated"), "internet").fix).not.toMatch(/endpoint/);
  });

  test("a public subnet gives no internet: the internet gateway drops traffic from private-only interfaces", () => {
    const t = traceRoute(setup("public"), "internet");
    expect(t.reaches).toBe(false);
    const failed = t.hops.find((h) => !h.ok)!;
    expect(failed.at).toBe("Internet gateway");
    expect(failed.note).toMatch(/public IP/);
    expect(reachable(setup("public")).rds).toBe(true);
  });

  test("gateway endpoints open S3 and DynamoDB only, each for its own service", () => {
    const s = setup("private-isolated", { s3GatewayEndpoint: true });
    expect(reachable(s)).toEqual({ internet: false, s3: true, dynamodb: false, secrets: false, rds: true });
    expect(reachable(setup("private-isolated", { dynamodbGatewayEndpoint: true })).dynamodb).toBe(true);
    expect(traceRoute(s, "s3").hops.some((h) => /prefix list/.test(h.note))).toBe(true);
  });

  test("an interface endpoint opens its service through private DNS", () => {
    const t = traceRoute(setup("private-isolated", { secretsInterfaceEndpoint: true }), "secrets");
    expect(t.reaches).toBe(true);
    expect(t.hops.map((h) => h.at)).toContain("Interface endpoint (PrivateLink)");
  });

  test("endpoints in your VPC change nothing for a function that is not attached to it", () => {
    const t = traceRoute(setup("no-vpc", { s3GatewayEndpoint: true }), "s3");
    expect(t.hops.some((h) => /gateway endpoint/i.test(h.at))).toBe(false);
  });

  test("a database security group that does not allow the function stops the connection", () => {
    const t = traceRoute(setup("private-nat", { dbAllowsFunction: false }), "rds");
    expect(t.reaches).toBe(false);
    expect(t.hops.at(-1)?.at).toBe("Database security group");
    expect(t.fix).toMatch(/inbound rule/);
  });
});
