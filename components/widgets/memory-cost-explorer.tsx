"use client";

import { useId, useMemo, useState } from "react";
import {
  cheapestMemory,
  clampMemory,
  costCurve,
  estimateCost,
  MB_PER_VCPU,
  MEMORY_MAX_MB,
  MEMORY_MIN_MB,
  PRICES,
  WORKLOADS,
  type Architecture,
  type CostResult,
  type Workload,
} from "@/lib/widgets/memory-cost-explorer";
import { Field, kit, WidgetFrame } from "./widget-kit";
import styles from "./memory-cost-explorer.module.css";

const QUICK_MB = [128, 512, 1024, MB_PER_VCPU, 3008, MEMORY_MAX_MB];
const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const dec = (n: number, d = 2) => new Intl.NumberFormat("en-US", { maximumFractionDigits: d }).format(n);
const cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usd = (n: number) => (n === 0 ? "$0.00" : n < 0.01 ? `$${n.toPrecision(2)}` : `$${cents.format(n)}`);

/** Slide the memory setting for a modelled workload and watch duration, GB-seconds and cost move. */
export function MemoryCostExplorer() {
  const [memoryMb, setMemoryMb] = useState(512);
  const [memoryText, setMemoryText] = useState("512");
  const [workload, setWorkload] = useState<Workload>("cpu-single");
  const [cpuMs, setCpuMs] = useState(String(WORKLOADS["cpu-single"].cpuMs));
  const [waitMs, setWaitMs] = useState(String(WORKLOADS["cpu-single"].waitMs));
  const [invocations, setInvocations] = useState("3000000");
  const [architecture, setArchitecture] = useState<Architecture>("x86_64");
  const [freeTier, setFreeTier] = useState(false);
  const workloadName = useId();
  const archName = useId();
  const sliderId = useId();

  const setMemory = (mb: number) => {
    const clamped = clampMemory(mb);
    setMemoryMb(clamped);
    setMemoryText(String(clamped));
  };

  const view = useMemo(() => {
    const base = { workload, cpuMs: Number(cpuMs), waitMs: Number(waitMs), invocationsPerMonth: Number(invocations), architecture, freeTier };
    try {
      return {
        ok: true as const,
        now: estimateCost({ ...base, memoryMb }),
        curve: costCurve(base),
        best: cheapestMemory(base),
        vcpu: estimateCost({ ...base, memoryMb: MB_PER_VCPU }),
        max: estimateCost({ ...base, memoryMb: MEMORY_MAX_MB }),
      };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }, [memoryMb, workload, cpuMs, waitMs, invocations, architecture, freeTier]);

  return (
    <WidgetFrame
      title="Memory and cost explorer"
      intro="Move the memory slider for a modelled workload. CPU scales with memory (1,769 MB = one vCPU); you pay for memory × billed milliseconds."
    >
      <fieldset className={kit.fieldset}>
        <legend className={kit.legend}>Workload</legend>
        <div className={styles.workloads}>
          {(Object.keys(WORKLOADS) as Workload[]).map((w) => (
            <label key={w} className={kit.choice}>
              <input
                type="radio"
                name={workloadName}
                checked={workload === w}
                onChange={() => {
                  setWorkload(w);
                  setCpuMs(String(WORKLOADS[w].cpuMs));
                  setWaitMs(String(WORKLOADS[w].waitMs));
                }}
              />
              {WORKLOADS[w].label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className={styles.memory}>
        <label className={kit.label} htmlFor={sliderId}>
          Memory: {int.format(memoryMb)} MB ({dec(memoryMb / MB_PER_VCPU)} vCPU)
        </label>
        <input
          id={sliderId}
          className={styles.slider}
          type="range"
          min={MEMORY_MIN_MB}
          max={MEMORY_MAX_MB}
          step={1}
          value={memoryMb}
          aria-valuetext={`${int.format(memoryMb)} MB, ${dec(memoryMb / MB_PER_VCPU)} vCPU`}
          onChange={(e) => setMemory(Number(e.target.value))}
        />
        <div className={styles.memoryRow}>
          <Field label="Exact memory (MB)">
            {({ id }) => (
              <input
                id={id}
                className={kit.control}
                type="number"
                inputMode="numeric"
                min={MEMORY_MIN_MB}
                max={MEMORY_MAX_MB}
                step={1}
                value={memoryText}
                onChange={(e) => {
                  setMemoryText(e.target.value);
                  const n = Number(e.target.value);
                  if (e.target.value !== "" && n >= MEMORY_MIN_MB && n <= MEMORY_MAX_MB) setMemoryMb(Math.round(n));
                }}
                onBlur={() => setMemory(Number(memoryText))}
              />
            )}
          </Field>
          <div className={styles.quick} role="group" aria-label="Common memory sizes">
            {QUICK_MB.map((mb) => (
              <button key={mb} type="button" className={`button button--small ${kit.preset}`} aria-pressed={memoryMb === mb} onClick={() => setMemory(mb)}>
                {int.format(mb)}
              </button>
            ))}
          </div>
        </div>
      </div>

      <div className={kit.grid}>
        <Field label="CPU work at 1 vCPU (ms)">
          {({ id }) => <input id={id} className={kit.control} type="number" inputMode="decimal" min={0} step="any" value={cpuMs} onChange={(e) => setCpuMs(e.target.value)} />}
        </Field>
        <Field label="Waiting on I/O (ms)" help="Does not change with memory.">
          {({ id, describedBy }) => (
            <input id={id} aria-describedby={describedBy} className={kit.control} type="number" inputMode="decimal" min={0} step="any" value={waitMs} onChange={(e) => setWaitMs(e.target.value)} />
          )}
        </Field>
        <Field label="Invocations per month">
          {({ id }) => <input id={id} className={kit.control} type="number" inputMode="numeric" min={0} step={1} value={invocations} onChange={(e) => setInvocations(e.target.value)} />}
        </Field>
      </div>
      <div className={styles.toggles}>
        <fieldset className={kit.fieldset}>
          <legend className={kit.legend}>Architecture</legend>
          <div className={kit.choices}>
            {(["x86_64", "arm64"] as const).map((a) => (
              <label key={a} className={kit.choice}>
                <input type="radio" name={archName} checked={architecture === a} onChange={() => setArchitecture(a)} />
                {a}
              </label>
            ))}
          </div>
        </fieldset>
        <label className={kit.check}>
          <input type="checkbox" checked={freeTier} onChange={(e) => setFreeTier(e.target.checked)} />
          Subtract the monthly free tier (1M requests, 400,000 GB-s)
        </label>
      </div>

      <div role="status" aria-live="polite" aria-atomic="true" className={styles.results}>
        {view.ok ? (
          <dl className={styles.figures}>
            <Figure term="Duration (model)" value={`${dec(view.now.durationMs, 1)} ms`} />
            <Figure term="Billed (1 ms steps)" value={`${int.format(view.now.billedMs)} ms`} />
            <Figure term="GB-s per invocation" value={dec(view.now.gbSecondsPerInvocation, 5)} />
            <Figure term="GB-s per month" value={int.format(view.now.gbSecondsPerMonth)} />
            <Figure term="Compute + requests" value={`${usd(view.now.computeCost)} + ${usd(view.now.requestCost)}`} />
            <Figure term="Per month" value={usd(view.now.totalCost)} strong />
          </dl>
        ) : (
          <p className={styles.error}>{view.message}</p>
        )}
      </div>
      {view.ok ? (
        <>
          <p className={kit.label}>Three settings compared for this workload</p>
          <ul className={styles.compare}>
            {[
              { name: "Cheapest", r: view.best },
              { name: "One vCPU", r: view.vcpu },
              { name: "Maximum", r: view.max },
            ].map(({ name, r }) => (
              <li key={name} className={styles.option}>
                <span className={styles.optionName}>
                  {name}: {int.format(r.memoryMb)} MB
                </span>
                <span>
                  {dec(r.durationMs, 0)} ms, {usd(r.totalCost)} a month
                </span>
                <button type="button" className="button button--small" disabled={r.memoryMb === memoryMb} onClick={() => setMemory(r.memoryMb)}>
                  Use {int.format(r.memoryMb)} MB
                </button>
              </li>
            ))}
          </ul>
          <div className={styles.charts}>
            <Chart title="Monthly cost" curve={view.curve} pick={(r) => r.totalCost} current={view.now} format={usd} />
            <Chart title="Duration" curve={view.curve} pick={(r) => r.durationMs} current={view.now} format={(v) => `${dec(v, 0)} ms`} />
          </div>
        </>
      ) : null}
      <p className={kit.note}>
        The workload is a model: CPU time stretches in proportion when the function has less than one vCPU, single-threaded code gains nothing past{" "}
        {int.format(MB_PER_VCPU)} MB, and waiting time never changes. Prices assumed: {PRICES.region} on-demand, ${PRICES.gbSecond.x86_64} (x86_64) or $
        {PRICES.gbSecond.arm64} (arm64) per GB-second and ${PRICES.perMillionRequests.toFixed(2)} per million requests, without volume tiers or INIT
        billing; arm64 is assumed to run the code at the same speed. Check the <a href="https://aws.amazon.com/lambda/pricing/">AWS Lambda pricing page</a> for your Region.
      </p>
    </WidgetFrame>
  );
}

function Figure({ term, value, strong = false }: { term: string; value: string; strong?: boolean }) {
  return (
    <div className={strong ? styles.figureStrong : styles.figure}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

const W = 320;
const H = 120;
const PAD = { l: 6, r: 6, t: 10, b: 18 };

/** A small line chart over the memory range, with the current setting and one vCPU marked. */
function Chart({ title, curve, pick, current, format }: { title: string; curve: CostResult[]; pick: (r: CostResult) => number; current: CostResult; format: (v: number) => string }) {
  const values = curve.map(pick);
  const max = Math.max(...values, pick(current)) || 1;
  const x = (mb: number) => PAD.l + ((mb - MEMORY_MIN_MB) / (MEMORY_MAX_MB - MEMORY_MIN_MB)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - v / max) * (H - PAD.t - PAD.b);
  const points = curve.map((r) => `${x(r.memoryMb).toFixed(1)},${y(pick(r)).toFixed(1)}`).join(" ");
  const min = curve.reduce((a, b) => (pick(b) < pick(a) ? b : a));
  const label = `${title} from ${MEMORY_MIN_MB} to ${int.format(MEMORY_MAX_MB)} MB: ${format(values[0])} at ${MEMORY_MIN_MB} MB, lowest ${format(pick(min))} at about ${int.format(min.memoryMb)} MB, ${format(values.at(-1)!)} at ${int.format(MEMORY_MAX_MB)} MB. Now ${format(pick(current))} at ${int.format(current.memoryMb)} MB.`;
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={x(MB_PER_VCPU)} x2={x(MB_PER_VCPU)} y1={PAD.t} y2={H - PAD.b} className={styles.vcpu} />
        <text x={x(MB_PER_VCPU) + 3} y={H - 5} className={styles.axis}>
          1 vCPU
        </text>
        <text x={PAD.l} y={H - 5} className={styles.axis}>
          128 MB
        </text>
        <text x={W - PAD.r} y={H - 5} className={styles.axis} textAnchor="end">
          10,240 MB
        </text>
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} className={styles.base} />
        <polyline points={points} className={styles.line} />
        <circle cx={x(current.memoryMb)} cy={y(pick(current))} r={5} className={styles.dot} />
      </svg>
      <figcaption>
        {title}: {format(pick(current))} now
      </figcaption>
    </figure>
  );
}
