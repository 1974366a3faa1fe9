import { Arrow, Box, DiagramFigure, Label, Line } from "./diagram-kit-a";

const ID = "push-vs-poll";

/** Lesson 07: services that push events to Lambda versus queues and streams that Lambda polls. */
export function PushVsPoll() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 340"
      label="Left, push: an event source such as S3, SNS, EventBridge, SES or CloudFormation invokes Lambda asynchronously; Lambda's internal queue holds the event, retries it, and runs the function with one event. The service needs permission in the function's resource-based policy. Right, poll: a queue or stream such as SQS, Kinesis, DynamoDB Streams or MSK is read by a Lambda poller, the event source mapping, which takes batches and invokes the function synchronously with a batch. The function's execution role needs permission to read the source."
      caption="Push sources call Lambda themselves (asynchronously, one event each) and need a resource-based policy. Pollers are run by Lambda, which reads batches from the source and invokes your function synchronously; the execution role needs read access."
    >
      <Line x1={380} y1={10} x2={380} y2={334} dashed />

      <Label x={190} y={26} tone="fg" size={15} weight={600}>
        Push: the service invokes
      </Label>
      <Box
        x={20}
        y={48}
        w={150}
        h={96}
        size={13}
        lines={["Event source", "S3 · SNS", "EventBridge", "SES · CloudFormation"]}
      />
      <Box
        x={215}
        y={48}
        w={150}
        h={96}
        size={13}
        lines={["Lambda", "internal queue", "retries, DLQ,", "destinations"]}
      />
      <Box
        x={215}
        y={190}
        w={150}
        h={60}
        tone="accent"
        size={13}
        lines={["your function", "one event per call"]}
      />
      <Arrow id={ID} from={[170, 96]} to={[213, 96]} tone="accent" />
      <Label x={192} y={86} size={11}>
        Event
      </Label>
      <Arrow id={ID} from={[290, 144]} to={[290, 188]} tone="accent" />
      <Label x={190} y={288} tone="fg" size={13}>
        {"Permission: the function's resource-based policy"}
      </Label>
      <Label x={190} y={308} size={12}>
        e.g. s3.amazonaws.com with SourceArn = the bucket
      </Label>

      <Label x={570} y={26} tone="fg" size={15} weight={600}>
        Poll: Lambda reads the source
      </Label>
      <Box
        x={400}
        y={48}
        w={150}
        h={96}
        size={13}
        lines={["Queue or stream", "SQS · Kinesis", "DynamoDB Streams", "Amazon MSK"]}
      />
      <Box
        x={595}
        y={48}
        w={145}
        h={96}
        size={13}
        lines={["Lambda poller", "event source", "mapping", "builds batches"]}
      />
      <Box
        x={595}
        y={190}
        w={145}
        h={60}
        tone="accent"
        size={13}
        lines={["your function", "a batch, sync"]}
      />
      <Arrow id={ID} from={[593, 78]} to={[552, 78]} tone="muted" dashed />
      <Label x={572} y={70} size={11}>
        poll
      </Label>
      <Arrow id={ID} from={[552, 116]} to={[593, 116]} tone="accent" />
      <Label x={572} y={108} size={11}>
        batch
      </Label>
      <Arrow id={ID} from={[667, 144]} to={[667, 188]} tone="accent" />
      <Label x={570} y={288} tone="fg" size={13}>
        {"Permission: the function's execution role"}
      </Label>
      <Label x={570} y={308} size={12}>
        sqs:ReceiveMessage, DeleteMessage,
      </Label>
      <Label x={570} y={326} size={12}>
        GetQueueAttributes
      </Label>
    </DiagramFigure>
  );
}
