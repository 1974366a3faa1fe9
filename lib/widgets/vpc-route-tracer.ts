/**
 * Where a Lambda function's outbound connection goes, hop by hop, for the network layouts the
 * exam asks about. A teaching model of the documented rules:
 * - without a VPC configuration the function uses Lambda's own network: internet and public AWS
 *   endpoints, nothing private in your VPCs;
 * - a VPC-attached function's network interfaces only ever have private IP addresses, so an
 *   internet gateway will not carry their traffic (a public subnet does not help);
 * - a private subnet reaches the internet through a NAT gateway in a public subnet;
 * - gateway endpoints (S3, DynamoDB) are route-table entries; interface endpoints are network
 *   interfaces in your subnets reached through private DNS.
 * Endpoints are assumed to be associated with the function's subnets and to allow the call.
 */

export type Placement = "no-vpc" | "private-nat" | "private-isolated" | "public";
export type Destination = "internet" | "s3" | "dynamodb" | "secrets" | "rds";

export interface NetworkSetup {
  placement: Placement;
  s3GatewayEndpoint: boolean;
  dynamodbGatewayEndpoint: boolean;
  secretsInterfaceEndpoint: boolean;
  /** Whether the database's security group allows inbound connections from the function's. */
  dbAllowsFunction: boolean;
}

export interface Hop {
  at: string;
  ok: boolean;
  note: string;
}

export interface RouteTrace {
  destination: Destination;
  reaches: boolean;
  hops: Hop[];
  /** What to change when it does not get there. */
  fix?: string;
}

export const PLACEMENTS: { value: Placement; label: string }[] = [
  { value: "no-vpc", label: "Not attached to a VPC" },
  { value: "private-nat", label: "Private subnet, route to a NAT gateway" },
  { value: "private-isolated", label: "Private subnet, no NAT gateway" },
  { value: "public", label: "Public subnet (route to an internet gateway)" },
];

export const DESTINATIONS: { value: Destination; label: string; short: string; host: string }[] = [
  { value: "internet", label: "A public API on the internet", short: "the public API", host: "api.example.com" },
  { value: "s3", label: "Amazon S3", short: "S3", host: "s3.eu-west-1.amazonaws.com" },
  { value: "dynamodb", label: "Amazon DynamoDB", short: "DynamoDB", host: "dynamodb.eu-west-1.amazonaws.com" },
  { value: "secrets", label: "AWS Secrets Manager", short: "Secrets Manager", host: "secretsmanager.eu-west-1.amazonaws.com" },
  { value: "rds", label: "An RDS database in the VPC's private subnet", short: "the RDS database", host: "orders-db (10.0.2.15:5432)" },
];

const ENI = "Function's network interface (10.0.1.25, private only)";
const NAT_FIX = "Put the function in private subnets whose route table sends 0.0.0.0/0 to a NAT gateway in a public subnet.";

function hostOf(d: Destination): string {
  return DESTINATIONS.find((x) => x.value === d)!.host;
}

/** The path out to a public endpoint (the internet, or an AWS service without an endpoint). */
function outToPublic(setup: NetworkSetup, destination: Destination, viaAws: boolean): RouteTrace {
  const host = hostOf(destination);
  const hops: Hop[] = [{ at: ENI, ok: true, note: "Every packet leaves from this private address in the function's subnet." }];
  if (setup.placement === "private-isolated") {
    hops.push({ at: "Subnet route table", ok: false, note: "Only the local route (10.0.0.0/16). Nothing matches a public address, so the connection hangs until the function times out." });
    const fix = viaAws ? `${NAT_FIX} Or add a VPC endpoint for the service, with no internet needed.` : NAT_FIX;
    return { destination, reaches: false, hops, fix };
  }
  if (setup.placement === "public") {
    hops.push({ at: "Subnet route table", ok: true, note: "0.0.0.0/0 → internet gateway." });
    hops.push({
      at: "Internet gateway",
      ok: false,
      note: "It only forwards traffic from interfaces with a public IP address. Lambda's interfaces never get one, so the traffic goes no further.",
    });
    return { destination, reaches: false, hops, fix: `A public subnet does not help a Lambda function. ${NAT_FIX}` };
  }
  hops.push({ at: "Subnet route table", ok: true, note: "0.0.0.0/0 → NAT gateway." });
  hops.push({ at: "NAT gateway (in a public subnet)", ok: true, note: "Replaces the private source address with its own Elastic IP address." });
  hops.push({ at: "Internet gateway", ok: true, note: "Forwards the NAT gateway's public-address traffic." });
  hops.push({ at: host, ok: true, note: viaAws ? "Reached through the service's public endpoint (NAT data charges apply)." : "Reached. Replies come back the same way." });
  return { destination, reaches: true, hops };
}

export function traceRoute(setup: NetworkSetup, destination: Destination): RouteTrace {
  const host = hostOf(destination);
  if (setup.placement === "no-vpc") {
    const start: Hop = { at: "Function in Lambda's own network", ok: true, note: "Without a VPC configuration Lambda runs the function in a network it manages." };
    if (destination === "rds") {
      return {
        destination,
        reaches: false,
        hops: [start, { at: "Your VPC", ok: false, note: "Lambda's network has no route to private addresses in your VPC; the database is unreachable." }],
        fix: "Attach the function to the VPC (private subnets + a security group) and give its execution role AWSLambdaVPCAccessExecutionRole.",
      };
    }
    return { destination, reaches: true, hops: [start, { at: host, ok: true, note: "Reached over Lambda's internet access." }] };
  }

  const eni: Hop = { at: ENI, ok: true, note: "Lambda created it in the subnet you chose; all the function's traffic now goes through your VPC." };
  if (destination === "rds") {
    const hops: Hop[] = [eni, { at: "Subnet route table", ok: true, note: "10.0.0.0/16 → local: addresses inside the VPC are always routable." }];
    hops.push(
      setup.dbAllowsFunction
        ? { at: "Database security group", ok: true, note: "Inbound 5432 allowed from the function's security group." }
        : { at: "Database security group", ok: false, note: "No inbound rule for the function's security group, so the connection is dropped and times out." },
    );
    if (!setup.dbAllowsFunction) return { destination, reaches: false, hops, fix: "Add an inbound rule on the database's security group that allows the function's security group on the database port." };
    hops.push({ at: host, ok: true, note: "Reached, privately." });
    return { destination, reaches: true, hops };
  }

  const gateway = (destination === "s3" && setup.s3GatewayEndpoint) || (destination === "dynamodb" && setup.dynamodbGatewayEndpoint);
  if (gateway) {
    const service = destination === "s3" ? "S3" : "DynamoDB";
    return {
      destination,
      reaches: true,
      hops: [
        eni,
        { at: "Subnet route table", ok: true, note: `The ${service} prefix list → gateway endpoint (a route entry, no hourly charge).` },
        { at: `Gateway endpoint for ${service}`, ok: true, note: "Traffic stays on the AWS network; no NAT or public address needed." },
        { at: host, ok: true, note: "Reached." },
      ],
    };
  }
  if (destination === "secrets" && setup.secretsInterfaceEndpoint) {
    return {
      destination,
      reaches: true,
      hops: [
        eni,
        { at: "DNS (private DNS on the endpoint)", ok: true, note: `${host} resolves to the endpoint's private addresses in your subnets.` },
        { at: "Subnet route table", ok: true, note: "Local route: the endpoint is inside the VPC." },
        { at: "Interface endpoint (PrivateLink)", ok: true, note: "Its security group must allow HTTPS (443) from the function. Charged per hour and per GB." },
        { at: "AWS Secrets Manager", ok: true, note: "Reached." },
      ],
    };
  }
  return outToPublic(setup, destination, destination !== "internet");
}

export function traceAll(setup: NetworkSetup): RouteTrace[] {
  return DESTINATIONS.map((d) => traceRoute(setup, d.value));
}
