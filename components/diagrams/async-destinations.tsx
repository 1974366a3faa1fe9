import { Arrow, Box, DiagramFigure } from "./diagram-kit-a";

const ID = "async-destinations";

/** Lesson 04: where an asynchronous event can end up, destinations versus the dead-letter queue. */
export function AsyncDestinations() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 345"
      label="An event from a caller or AWS service enters Lambda's internal queue, which returns 202, and then runs your function with one attempt plus up to two retries. From the function, three arrows lead right: to an on-success destination (SQS, SNS, Lambda or EventBridge) that receives a record including the response; to an on-failure destination (SQS, SNS, Lambda, EventBridge or S3) that receives a record with the request, the error, the condition and the number of attempts; and to a dead-letter queue, an SQS queue or SNS topic that receives only the original event with RequestID, ErrorCode and ErrorMessage attributes."
      caption="Destinations receive a JSON record about the invocation, on success or on failure. The older dead-letter queue receives only the original event, on failure, and only in SQS or SNS. You can configure both."
    >
      <Box
        x={20}
        y={20}
        w={260}
        h={64}
        lines={["Caller or AWS service", "S3, SNS, EventBridge, SDK (Event)"]}
      />
      <Box
        x={20}
        y={138}
        w={260}
        h={64}
        lines={["Lambda's internal queue", "202 to the caller; holds the event"]}
      />
      <Box
        x={20}
        y={256}
        w={260}
        h={64}
        tone="accent"
        lines={["Your function", "1 attempt + up to 2 retries"]}
      />
      <Arrow id={ID} from={[150, 84]} to={[150, 136]} />
      <Arrow id={ID} from={[150, 202]} to={[150, 254]} />

      <Box
        x={360}
        y={14}
        w={380}
        h={78}
        tone="ok"
        lines={[
          "On-success destination",
          "SQS · SNS · Lambda · EventBridge",
          "record includes the function's response",
        ]}
      />
      <Box
        x={360}
        y={128}
        w={380}
        h={78}
        tone="err"
        lines={[
          "On-failure destination",
          "SQS · SNS · Lambda · EventBridge · S3",
          "record: request, error, condition, attempts",
        ]}
      />
      <Box
        x={360}
        y={242}
        w={380}
        h={92}
        tone="err"
        dashed
        lines={[
          "Dead-letter queue (the older option)",
          "SQS queue or SNS topic only",
          "the original event, with attributes",
          "RequestID, ErrorCode, ErrorMessage",
        ]}
      />
      <Arrow id={ID} from={[280, 280]} to={[358, 60]} tone="ok" />
      <Arrow id={ID} from={[280, 288]} to={[358, 170]} tone="err" />
      <Arrow id={ID} from={[280, 296]} to={[358, 292]} tone="err" dashed />
    </DiagramFigure>
  );
}
