import { Arrow, Box, DiagramFigure, Label, Line } from "./diagram-kit-a";

const ID = "sync-async-compare";

/** Lessons 03 and 04: the same failing function invoked synchronously and asynchronously. */
export function SyncAsyncCompare() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 340"
      label="Two sequence diagrams side by side. Left, synchronous: the caller sends Invoke, waits while the function runs, and receives 200 with the result or with FunctionError; Lambda never retries. Right, asynchronous: the caller sends Invoke, gets 202 at once, and Lambda's event queue runs the function; after a failed first attempt it retries after about one minute and again after about two minutes, then sends the event to a dead-letter queue or on-failure destination."
      caption="Synchronous: the caller waits and owns the error. Asynchronous: the caller gets 202 straight away and Lambda owns the retries (two of them) — lesson 4 covers that side."
    >
      <Line x1={380} y1={10} x2={380} y2={330} dashed />

      {/* Synchronous side */}
      <Label x={190} y={26} tone="fg" size={15} weight={600}>
        Synchronous (RequestResponse)
      </Label>
      <Box x={30} y={44} w={110} h={34} lines={["Caller"]} />
      <Box x={200} y={44} w={170} h={34} lines={["Lambda + function"]} />
      <Line x1={85} y1={78} x2={85} y2={262} dashed />
      <Line x1={285} y1={78} x2={285} y2={262} dashed />
      <Arrow id={ID} from={[85, 110]} to={[283, 110]} tone="accent" />
      <Label x={185} y={102}>
        Invoke
      </Label>
      <rect x={279} y={116} width={12} height={110} rx={3} style={{ fill: "var(--accent)", opacity: 0.35 }} />
      <Label x={270} y={175} anchor="end">
        function runs
      </Label>
      <Line x1={85} y1={114} x2={85} y2={232} tone="warn" width={4} />
      <Label x={93} y={175} anchor="start" tone="warn">
        waits
      </Label>
      <Arrow id={ID} from={[283, 236]} to={[87, 236]} tone="ok" />
      <Label x={185} y={228} size={12}>
        200 + result, or FunctionError
      </Label>
      <Label x={190} y={292} tone="fg">
        Errors come back to the caller.
      </Label>
      <Label x={190} y={312} tone="fg">
        Lambda never retries.
      </Label>

      {/* Asynchronous side */}
      <Label x={570} y={26} tone="fg" size={15} weight={600}>
        Asynchronous (Event)
      </Label>
      <Box x={400} y={44} w={90} h={34} lines={["Caller"]} />
      <Box x={515} y={44} w={110} h={34} lines={["Event queue"]} />
      <Box x={650} y={44} w={100} h={34} lines={["Function"]} />
      <Line x1={445} y1={78} x2={445} y2={262} dashed />
      <Line x1={570} y1={78} x2={570} y2={262} dashed />
      <Line x1={700} y1={78} x2={700} y2={262} dashed />
      <Arrow id={ID} from={[445, 110]} to={[568, 110]} tone="accent" />
      <Label x={507} y={102}>
        Invoke
      </Label>
      <Arrow id={ID} from={[568, 140]} to={[447, 140]} tone="ok" dashed />
      <Label x={507} y={132}>
        202 at once
      </Label>
      <Arrow id={ID} from={[570, 175]} to={[698, 175]} tone="err" />
      <Label x={635} y={167}>
        attempt 1 ✗
      </Label>
      <Arrow id={ID} from={[570, 212]} to={[698, 212]} tone="err" />
      <Label x={635} y={204}>
        retry 1 (~1 min) ✗
      </Label>
      <Arrow id={ID} from={[570, 249]} to={[698, 249]} tone="err" />
      <Label x={635} y={241}>
        retry 2 (~2 min) ✗
      </Label>
      <Label x={570} y={292} tone="fg">
        Then the DLQ or on-failure destination.
      </Label>
      <Label x={570} y={312} tone="fg">
        The caller never hears about it.
      </Label>
    </DiagramFigure>
  );
}
