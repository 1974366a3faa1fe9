"use client";

import { useId, useMemo, useState } from "react";
import { DESTINATIONS, PLACEMENTS, traceAll, type Destination, type NetworkSetup, type Placement } from "@/lib/widgets/vpc-route-tracer";
import { kit, Mark, Verdict, WidgetFrame } from "./widget-kit";
import styles from "./vpc-route-tracer.module.css";

const ENDPOINTS: { key: "s3GatewayEndpoint" | "dynamodbGatewayEndpoint" | "secretsInterfaceEndpoint"; label: string }[] = [
  { key: "s3GatewayEndpoint", label: "Gateway endpoint for S3" },
  { key: "dynamodbGatewayEndpoint", label: "Gateway endpoint for DynamoDB" },
  { key: "secretsInterfaceEndpoint", label: "Interface endpoint for Secrets Manager" },
];

/** Choose where the function runs and where it calls; follow the packet and see where it stops. */
export function VpcRouteTracer() {
  const [setup, setSetup] = useState<NetworkSetup>({
    placement: "public",
    s3GatewayEndpoint: false,
    dynamodbGatewayEndpoint: false,
    secretsInterfaceEndpoint: false,
    dbAllowsFunction: true,
  });
  const [destination, setDestination] = useState<Destination>("internet");
  const placementName = useId();
  const destinationName = useId();
  const traces = useMemo(() => traceAll(setup), [setup]);
  const trace = traces.find((t) => t.destination === destination)!;
  const target = DESTINATIONS.find((d) => d.value === destination)!.short;
  const inVpc = setup.placement !== "no-vpc";

  return (
    <WidgetFrame title="VPC route tracer" intro="Pick where the function runs and what it calls. Each hop shows what the network does with the connection.">
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>Where the function runs</legend>
        <div className={styles.options}>
          {PLACEMENTS.map((p) => (
            <label key={p.value} className={kit.choice}>
              <input type="radio" name={placementName} checked={setup.placement === p.value} onChange={() => setSetup((s) => ({ ...s, placement: p.value as Placement }))} />
              {p.label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>In the VPC</legend>
        <div className={styles.checks}>
          {ENDPOINTS.map((e) => (
            <label key={e.key} className={kit.check}>
              <input type="checkbox" checked={setup[e.key]} disabled={!inVpc} onChange={(ev) => setSetup((s) => ({ ...s, [e.key]: ev.target.checked }))} />
              {e.label}
            </label>
          ))}
          <label className={kit.check}>
            <input type="checkbox" checked={setup.dbAllowsFunction} disabled={!inVpc} onChange={(ev) => setSetup((s) => ({ ...s, dbAllowsFunction: ev.target.checked }))} />
            The database&apos;s security group allows the function&apos;s security group
          </label>
        </div>
        {!inVpc ? <p className={kit.help}>These belong to your VPC; a function that is not attached to it never uses them.</p> : null}
      </fieldset>

      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>The function calls</legend>
        <div className={styles.options}>
          {DESTINATIONS.map((d) => (
            <label key={d.value} className={kit.choice}>
              <input type="radio" name={destinationName} checked={destination === d.value} onChange={() => setDestination(d.value)} />
              {d.label}
            </label>
          ))}
        </div>
      </fieldset>

      <div role="status" aria-live="polite" aria-atomic="true">
        <Verdict tone={trace.reaches ? "ok" : "err"} title={trace.reaches ? `Reaches ${target}` : `Does not reach ${target}`}>
          {trace.fix ? <p className={styles.fix}>Fix: {trace.fix}</p> : null}
        </Verdict>
      </div>
      <ol className={styles.hops} aria-label="Hops">
        {trace.hops.map((h, i) => (
          <li key={i} className={`${styles.hop} ${h.ok ? styles.hopOk : styles.hopErr}`}>
            <p className={styles.hopAt}>
              <Mark ok={h.ok} /> {h.at}
            </p>
            <p className={styles.hopNote}>{h.note}</p>
          </li>
        ))}
      </ol>

      <p className={kit.label}>Everything this setup can reach</p>
      <ul className={styles.glance}>
        {traces.map((t) => (
          <li key={t.destination}>
            <Mark ok={t.reaches} /> {DESTINATIONS.find((d) => d.value === t.destination)!.label}
          </li>
        ))}
      </ul>
      <p className={kit.note}>
        A model of the documented routing rules with one VPC (10.0.0.0/16); endpoints are assumed to be associated with the function&apos;s subnets and
        their policies to allow the call.
      </p>
    </WidgetFrame>
  );
}
