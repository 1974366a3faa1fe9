// Loaded only by a dynamic import from the code editor, so Monaco (megabytes) never reaches pages
// that do not show an editor. Everything comes from the local monaco-editor package: no CDN.
import * as monaco from "monaco-editor";
import { awsLambdaTypes } from "./aws-lambda-types";
import { NODE_STREAM_STUB, RUNTIME_DECLARATIONS } from "./runtime-types";

export type Monaco = typeof monaco;

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

let configured = false;

/** Workers as module workers from the package's own entry points (architecture.md). */
function installWorkers() {
  window.MonacoEnvironment = {
    getWorker(_workerId: string, label: string) {
      if (label === "typescript" || label === "javascript") {
        return new Worker(new URL("monaco-editor/language/typescript/ts.worker.js", import.meta.url), { type: "module" });
      }
      return new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), { type: "module" });
    },
  };
}

function configureTypeScript() {
  const ts = monaco.typescript;
  const shared = {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    allowNonTsExtensions: true,
    allowJs: true,
    // Handlers run in Node.js, not a browser: leave the DOM out so `window` is an error.
    lib: ["lib.es2022.d.ts"],
    esModuleInterop: true,
    strict: true,
    noEmit: true,
  };
  ts.typescriptDefaults.setCompilerOptions(shared);
  ts.javascriptDefaults.setCompilerOptions({ ...shared, checkJs: false });
  // Files of other tabs resolve imports like "./db.mjs" only when their models are synced.
  ts.typescriptDefaults.setEagerModelSync(true);
  ts.javascriptDefaults.setEagerModelSync(true);
  for (const defaults of [ts.typescriptDefaults, ts.javascriptDefaults]) {
    for (const [path, text] of Object.entries(awsLambdaTypes)) {
      defaults.addExtraLib(text, `file:///node_modules/@types/aws-lambda/${path}`);
    }
    defaults.addExtraLib('{"name":"@types/aws-lambda","types":"index.d.ts"}', "file:///node_modules/@types/aws-lambda/package.json");
    defaults.addExtraLib(RUNTIME_DECLARATIONS, "file:///lambda-runtime/globals.d.ts");
    defaults.addExtraLib(NODE_STREAM_STUB, "file:///lambda-runtime/node-stream.d.ts");
  }
}

/** Monaco, configured once: workers, compiler options, Lambda types. */
export function setupMonaco(): Monaco {
  if (!configured) {
    installWorkers();
    configureTypeScript();
    configured = true;
  }
  return monaco;
}

