import { Arrow, Box, DiagramFigure, Label, Line } from "./diagram-kit-a";

const ID = "async-retry-timeline";

// Throttle retries: gaps grow (about 1 s doubling) until they hit the 5-minute cap. Positions are
// illustrative, not to scale: the real series spans up to six hours.
const THROTTLE_RETRIES = [110, 118, 130, 148, 175, 215, 270, 340, 410, 480, 550];

/** Lesson 04: the two retry regimes of asynchronous invocation. */
export function AsyncRetryTimeline() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 350"
      label="Two timelines. Top: a function error. The event is queued and the caller gets 202; attempt 1 fails, about one minute later attempt 2 fails, about two minutes after that attempt 3 fails, and the event goes to the dead-letter queue or on-failure destination, or is dropped if none is configured. Bottom: a throttle or system error. The event goes back to the queue and is retried with gaps that grow from about one second up to five minutes, until it runs or reaches its maximum event age, six hours by default, after which it too goes to the DLQ or on-failure destination."
      caption="Function errors get two retries, about 1 and 2 minutes apart (three attempts in all). Throttles and Lambda system errors are retried with growing gaps until the event runs or reaches its maximum age (6 hours by default). Gaps are not drawn to scale."
    >
      {/* Function errors */}
      <Label x={20} y={28} anchor="start" tone="fg" size={15} weight={600}>
        Function error (exception or timeout)
      </Label>
      <Line x1={40} y1={80} x2={560} y2={80} />
      <rect x={44} y={74} width={12} height={12} style={{ fill: "var(--accent)" }} />
      <Label x={50} y={106} size={12}>
        queued, 202
      </Label>
      {[
        { x: 110, name: "attempt 1" },
        { x: 250, name: "attempt 2" },
        { x: 530, name: "attempt 3" },
      ].map(({ x, name }) => (
        <g key={name}>
          <circle
            cx={x}
            cy={80}
            r={10}
            style={{ fill: "var(--surface)", stroke: "var(--err)", strokeWidth: 2 }}
          />
          <Label x={x} y={85} tone="err" size={13} weight={700}>
            ✗
          </Label>
          <Label x={x} y={60}>
            {name}
          </Label>
        </g>
      ))}
      <Label x={180} y={106} tone="fg">
        ≈ 1 min
      </Label>
      <Label x={390} y={106} tone="fg">
        ≈ 2 min
      </Label>
      <Arrow id={ID} from={[542, 80]} via={[[672, 80]]} to={[672, 138]} tone="err" />

      {/* Throttles and system errors */}
      <Label x={20} y={190} anchor="start" tone="fg" size={15} weight={600}>
        Throttle (429) or Lambda system error (5xx)
      </Label>
      <Line x1={40} y1={250} x2={570} y2={250} />
      <rect x={44} y={244} width={12} height={12} style={{ fill: "var(--accent)" }} />
      {THROTTLE_RETRIES.map((x) => (
        <circle key={x} cx={x} cy={250} r={5} style={{ fill: "var(--warn)" }} />
      ))}
      <Line x1={570} y1={236} x2={570} y2={264} tone="fg" width={2} />
      <Label x={570} y={228} tone="fg" size={12}>
        max event age
      </Label>
      <Label x={140} y={276} size={12}>
        gaps start near 1 s…
      </Label>
      <Label x={445} y={276} size={12}>
        …and grow to at most 5 min
      </Label>
      <Label x={305} y={300} size={12}>
        back in the queue between tries, until it runs or reaches its maximum age (default 6 h)
      </Label>
      <Arrow id={ID} from={[572, 250]} via={[[672, 250]]} to={[672, 214]} tone="warn" />

      <Box
        x={595}
        y={140}
        w={155}
        h={72}
        tone="err"
        size={13}
        lines={["DLQ or on-failure", "destination", "(dropped if neither)"]}
      />

      <Label x={380} y={338} tone="fg" size={13}>
        Tunable per function, version or alias: MaximumRetryAttempts 0–2, MaximumEventAgeInSeconds 60–21,600
      </Label>
    </DiagramFigure>
  );
}
