import { Arrow, Box, DiagramFigure, Label, toneVar } from "./diagram-kit-a";

const ID = "sqs-partial-batch";

const MESSAGES = [
  { id: "m1", failed: false },
  { id: "m2", failed: true },
  { id: "m3", failed: false },
  { id: "m4", failed: true },
  { id: "m5", failed: false },
] as const;

/** Lesson 07: a partial batch response deletes the successes and returns only the failures. */
export function SqsPartialBatch() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 350"
      label="An SQS queue delivers a batch of five messages, m1 to m5, to the function through the event source mapping. Messages m2 and m4 fail. The function returns batchItemFailures listing the message IDs of m2 and m4. Lambda deletes m1, m3 and m5 from the queue. m2 and m4 stay on the queue and become visible again after the visibility timeout, to be retried; a message that keeps failing moves to the source queue's dead-letter queue once its receive count exceeds maxReceiveCount."
      caption="With ReportBatchItemFailures, only the listed messages return to the queue. Without it, one failure makes the whole batch of five visible again, and the three successes are processed a second time."
    >
      <rect
        x={20}
        y={30}
        width={140}
        height={220}
        rx={8}
        style={{ fill: "var(--surface)", stroke: "var(--border)", strokeWidth: 1.5 }}
      />
      <Label x={90} y={52} tone="fg" weight={600}>
        SQS queue
      </Label>
      {MESSAGES.map((m, i) => (
        <g key={m.id}>
          <rect
            x={45}
            y={66 + i * 36}
            width={90}
            height={26}
            rx={4}
            style={{ fill: "var(--surface)", stroke: toneVar(m.failed ? "err" : "ok"), strokeWidth: 2 }}
          />
          <Label x={90} y={84 + i * 36} tone="fg" size={13}>
            {m.id}
          </Label>
        </g>
      ))}

      <Box
        x={220}
        y={90}
        w={200}
        h={100}
        tone="accent"
        size={13}
        lines={["Your handler", "gets the batch of 5", "m2 and m4 fail", "(errors caught per record)"]}
      />
      <Arrow id={ID} from={[160, 140]} to={[218, 140]} tone="accent" />
      <Label x={189} y={130} size={11}>
        batch
      </Label>

      <Box
        x={480}
        y={90}
        w={260}
        h={100}
        size={13}
        lines={[
          "Return value",
          "{ batchItemFailures: [",
          '  { itemIdentifier: "m2-id" },',
          '  { itemIdentifier: "m4-id" } ] }',
        ]}
      />
      <Arrow id={ID} from={[420, 140]} to={[478, 140]} />

      <Box
        x={220}
        y={250}
        w={240}
        h={64}
        tone="ok"
        size={13}
        lines={["m1, m3, m5", "deleted from the queue"]}
      />
      <Box
        x={470}
        y={250}
        w={280}
        size={12}
        h={64}
        tone="warn"
        lines={["m2, m4 stay on the queue", "visible again after the visibility timeout"]}
      />
      <Arrow
        id={ID}
        from={[560, 190]}
        via={[
          [560, 220],
          [340, 220],
        ]}
        to={[340, 248]}
        tone="ok"
      />
      <Arrow id={ID} from={[640, 190]} to={[640, 248]} tone="warn" />
      <Label x={490} y={336} tone="err" size={12}>
        {"still failing after maxReceiveCount → the source queue's DLQ"}
      </Label>
    </DiagramFigure>
  );
}
