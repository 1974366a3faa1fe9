import { Arrow, Box, DiagramFigure, Label } from "./diagram-kit-a";

const ID = "sync-invoke-outcomes";

/** Lesson 03: the four ways a RequestResponse call can end, and which ones return HTTP 200. */
export function SyncInvokeOutcomes() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 760 440"
      label="Flow of a synchronous Invoke call. Lambda first checks the request; a rejected request returns an invocation error such as 400, 404, 413 or 500 and the code never runs. Next Lambda checks capacity; without it the caller gets 429 TooManyRequestsException with a Reason. Otherwise the handler runs: if it returns, the caller gets 200 with the result; if it throws or times out, the caller still gets 200, plus FunctionError Unhandled and an error payload. Lambda retries none of these outcomes."
      caption="Every synchronous call ends in one of four places. Only the bottom two mean your code ran, and both come back with HTTP 200: read FunctionError, not the status code, to tell them apart."
    >
      <Box x={20} y={16} w={280} h={54} lines={["Caller sends Invoke", "InvocationType: RequestResponse"]} />
      <Box
        x={20}
        y={106}
        w={280}
        h={54}
        lines={["Lambda checks the request", "valid JSON? function exists? ≤ 6 MB?"]}
      />
      <Box
        x={20}
        y={196}
        w={280}
        h={54}
        lines={["Capacity to run it now?", "account, reserved and rate limits"]}
      />
      <Box
        x={20}
        y={286}
        w={280}
        h={54}
        tone="accent"
        lines={["Your handler runs", "init first if cold, then invoke"]}
      />

      <Box
        x={440}
        y={106}
        w={300}
        h={54}
        tone="err"
        lines={["Invocation error (4xx / 5xx)", "e.g. 400, 404, 413, 500: code never ran"]}
      />
      <Box
        x={440}
        y={196}
        w={300}
        h={54}
        tone="warn"
        lines={["429 TooManyRequestsException", "Reason names the limit that was hit"]}
      />
      <Box x={440} y={266} w={300} h={50} tone="ok" lines={["200 + your result", "no FunctionError field"]} />
      <Box
        x={440}
        y={336}
        w={300}
        h={54}
        tone="err"
        lines={["200 + FunctionError: Unhandled", "payload: errorType, errorMessage, trace"]}
      />

      <Arrow id={ID} from={[160, 70]} to={[160, 104]} />
      <Arrow id={ID} from={[160, 160]} to={[160, 194]} />
      <Label x={168} y={183} anchor="start">
        accepted
      </Label>
      <Arrow id={ID} from={[160, 250]} to={[160, 284]} />
      <Label x={168} y={273} anchor="start">
        yes
      </Label>

      <Arrow id={ID} from={[300, 133]} to={[438, 133]} tone="err" />
      <Label x={370} y={125}>
        rejected
      </Label>
      <Arrow id={ID} from={[300, 223]} to={[438, 223]} tone="warn" />
      <Label x={370} y={215}>
        no
      </Label>
      <Arrow id={ID} from={[300, 291]} to={[438, 291]} tone="ok" />
      <Label x={370} y={283}>
        returns
      </Label>
      <Arrow id={ID} from={[160, 340]} via={[[160, 363]]} to={[438, 363]} tone="err" />
      <Label x={300} y={356}>
        throws or times out
      </Label>

      <Label x={380} y={424} tone="fg" size={14}>
        Lambda retries none of these. The caller, or the SDK it uses, decides what happens next.
      </Label>
    </DiagramFigure>
  );
}
