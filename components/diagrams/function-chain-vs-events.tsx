import { Arrow, Box, DiagramFigure, Label } from "./diagram-kit-a";

const ID = "function-chain-vs-events";

/** Lesson 01: why functions are connected through SNS, SQS or EventBridge instead of invoking each other. */
export function FunctionChainVsEvents() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 400"
      label="Top: functions calling functions. An order function invokes a payment function synchronously and waits, and the payment function invokes an email function and waits; the order function is billed while both run, a failure anywhere fails the whole chain, and the caller must know every callee. Bottom: connected through events. The order function publishes an OrderPlaced event to an EventBridge bus or SNS topic and returns; the event fans out to an SQS queue feeding the payment function, to the email function and to an analytics function, each of which scales, retries and fails independently."
      caption="Top: a chain of synchronous calls couples everything together and bills the waiting. Bottom: the producer publishes one event and is done; consumers are added, scaled and retried independently."
    >
      <Label x={20} y={24} anchor="start" tone="fg" size={15} weight={600}>
        Functions calling functions
      </Label>
      <Box x={20} y={40} w={150} h={56} lines={["place-order", "waits for both"]} />
      <Box x={300} y={40} w={150} h={56} lines={["charge-card", "waits for email"]} />
      <Box x={590} y={40} w={150} h={56} lines={["send-email"]} />
      <Arrow id={ID} from={[170, 68]} to={[298, 68]} tone="warn" />
      <Label x={234} y={60} size={12}>
        Invoke, wait
      </Label>
      <Arrow id={ID} from={[450, 68]} to={[588, 68]} tone="warn" />
      <Label x={519} y={60} size={12}>
        Invoke, wait
      </Label>
      <Label x={380} y={124} tone="warn" size={13}>
        Callers pay while they wait · one failure or timeout breaks the chain · each caller must know its
        callees
      </Label>

      <Label x={20} y={176} anchor="start" tone="fg" size={15} weight={600}>
        Connected through events
      </Label>
      <Box x={20} y={240} w={150} h={56} lines={["place-order", "publishes, returns"]} />
      <Box x={230} y={240} w={180} h={56} tone="accent" lines={["EventBridge bus", "or SNS topic"]} />
      <Box x={480} y={190} w={260} h={48} lines={["SQS queue → charge-card"]} />
      <Box x={480} y={246} w={260} h={48} lines={["send-email"]} />
      <Box x={480} y={302} w={260} h={48} lines={["update-analytics (added later)"]} />
      <Arrow id={ID} from={[170, 268]} to={[228, 268]} tone="accent" />
      <Label x={199} y={226} size={12}>
        OrderPlaced
      </Label>
      <Arrow
        id={ID}
        from={[410, 262]}
        via={[
          [440, 262],
          [440, 214],
        ]}
        to={[478, 214]}
        tone="ok"
      />
      <Arrow id={ID} from={[410, 270]} to={[478, 270]} tone="ok" />
      <Arrow
        id={ID}
        from={[410, 278]}
        via={[
          [440, 278],
          [440, 326],
        ]}
        to={[478, 326]}
        tone="ok"
      />
      <Label x={380} y={384} tone="ok" size={13}>
        Producer is done in milliseconds · each consumer scales, retries and fails on its own · add consumers
        freely
      </Label>
    </DiagramFigure>
  );
}
