import { Arrow, Box, DiagramFigure, Label } from "./diagram-b-kit";

const ROWS = [
  {
    source: ["Synchronous", "API Gateway, ALB, SDK"],
    outcome: [
      "429 TooManyRequestsException",
      "returned to the caller at once;",
      "the caller decides whether to retry",
    ],
    tone: "err" as const,
  },
  {
    source: ["Asynchronous", "S3, SNS, EventBridge"],
    outcome: [
      "Event stays in Lambda's queue",
      "retried with backoff for up to 6 h",
      "(or the max event age), then DLQ",
    ],
    tone: "warn" as const,
  },
  {
    source: ["SQS event source", "mapping (poller)"],
    outcome: [
      "Message stays on the SQS queue",
      "visible again after the visibility",
      "timeout; redrive after maxReceiveCount",
    ],
    tone: "warn" as const,
  },
];

/** What a throttle means for each way of invoking a function. */
export function ThrottleOutcomes() {
  const id = "throttle-outcomes";
  const rowH = 92;
  return (
    <DiagramFigure
      id={id}
      width={720}
      height={40 + ROWS.length * rowH}
      label="Three rows. A synchronous caller that is throttled gets a 429 TooManyRequestsException back immediately and must retry itself. An asynchronous event that is throttled stays in Lambda's internal queue and is retried for up to six hours or the maximum event age, then goes to the dead-letter queue or on-failure destination. An SQS message whose batch is throttled stays on the queue and becomes visible again after the visibility timeout."
      caption="The same throttle, three different outcomes: only the synchronous caller sees an error; the other two wait and try again."
    >
      <Label x={110} y={18} anchor="middle" weight={600} color="muted" size={13}>
        invoked by
      </Label>
      <Label x={310} y={18} anchor="middle" weight={600} color="muted" size={13}>
        no concurrency left
      </Label>
      <Label x={555} y={18} anchor="middle" weight={600} color="muted" size={13}>
        what happens to the request
      </Label>
      {ROWS.map((row, i) => {
        const y = 34 + i * rowH;
        return (
          <g key={i}>
            <Box x={10} y={y} w={200} h={72} lines={row.source} />
            <Arrow id={id} x1={210} y1={y + 36} x2={254} y2={y + 36} />
            <Box x={256} y={y + 14} w={108} h={44} lines={["throttled"]} stroke="err" />
            <Arrow id={id} x1={364} y1={y + 36} x2={404} y2={y + 36} stroke={row.tone} />
            <Box x={406} y={y} w={304} h={72} lines={row.outcome} stroke={row.tone} size={13} />
          </g>
        );
      })}
    </DiagramFigure>
  );
}
