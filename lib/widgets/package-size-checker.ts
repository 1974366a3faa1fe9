/**
 * Which Lambda package limits a function's code, layers or container image meet, and what to do
 * about the ones it does not. Limits from the Lambda quotas page (lambda-facts.md, Versions and
 * aliases): 50 MB zipped for a direct upload, 250 MB unzipped for the function and all its layers
 * together, 5 layers, 10 GB for a container image; the console editor shows packages under 3 MB.
 */

export const PACKAGE_LIMITS = { directUploadZippedMb: 50, unzippedMb: 250, layers: 5, imageGb: 10, consoleEditorMb: 3 } as const;

export interface LayerSize {
  zippedMb: number;
  unzippedMb: number;
}

export interface PackageInput {
  packageType: "zip" | "image";
  /** How the .zip archives reach Lambda: in the API call itself, or from an S3 object. */
  upload: "direct" | "s3";
  functionZippedMb: number;
  functionUnzippedMb: number;
  layers: LayerSize[];
  /** Uncompressed image size, all image layers included. */
  imageGb: number;
}

export type CheckStatus = "pass" | "fail" | "warn" | "n/a";

export interface LimitCheck {
  id: "direct-upload" | "unzipped" | "layer-count" | "image-size" | "image-layers" | "sizes" | "console-editor";
  label: string;
  limit: string;
  actual: string;
  status: CheckStatus;
  /** What to do instead (for fail and warn). */
  advice?: string;
}

export interface PackageReport {
  deployable: boolean;
  totalUnzippedMb: number;
  checks: LimitCheck[];
}

const mb = (n: number) => `${Number(n.toFixed(1)).toLocaleString("en-US")} MB`;

export function checkPackage(input: PackageInput): PackageReport {
  const checks: LimitCheck[] = [];
  const L = PACKAGE_LIMITS;
  const sizes = [input.functionZippedMb, input.functionUnzippedMb, input.imageGb, ...input.layers.flatMap((l) => [l.zippedMb, l.unzippedMb])];
  if (sizes.some((n) => !Number.isFinite(n) || n < 0)) {
    return {
      deployable: false,
      totalUnzippedMb: 0,
      checks: [{ id: "sizes", label: "Sizes", limit: "numbers of 0 or more", actual: "invalid", status: "fail", advice: "Enter every size as a number of megabytes (or gigabytes for the image)." }],
    };
  }

  if (input.packageType === "image") {
    checks.push({
      id: "image-size",
      label: "Container image size (uncompressed)",
      limit: `${L.imageGb} GB`,
      actual: `${Number(input.imageGb.toFixed(2))} GB`,
      status: input.imageGb <= L.imageGb ? "pass" : "fail",
      advice:
        input.imageGb <= L.imageGb
          ? undefined
          : "Slim the image: a multi-stage build, a smaller base image, no build tools or caches in the final stage; load large data (models, datasets) from S3 or EFS at run time.",
    });
    checks.push({
      id: "image-layers",
      label: "Lambda layers",
      limit: "none: images cannot use layers",
      actual: String(input.layers.length),
      status: input.layers.length === 0 ? "pass" : "fail",
      advice: input.layers.length === 0 ? undefined : "Copy what the layers contained into the image when you build it (a COPY step in the Dockerfile).",
    });
    return { deployable: checks.every((c) => c.status !== "fail"), totalUnzippedMb: 0, checks };
  }

  const zips = [{ name: "function package", zipped: input.functionZippedMb }, ...input.layers.map((l, i) => ({ name: `layer ${i + 1}`, zipped: l.zippedMb }))];
  const oversize = zips.filter((z) => z.zipped > L.directUploadZippedMb);
  if (input.upload === "direct") {
    checks.push({
      id: "direct-upload",
      label: "Direct upload (.zip in the API call)",
      limit: `${L.directUploadZippedMb} MB zipped, per archive`,
      actual: oversize.length ? oversize.map((z) => `${z.name} ${mb(z.zipped)}`).join(", ") : `largest ${mb(Math.max(...zips.map((z) => z.zipped)))}`,
      status: oversize.length ? "fail" : "pass",
      advice: oversize.length
        ? "Upload the archive to S3 and point Lambda at the object (--s3-bucket/--s3-key, or CloudFormation Code.S3Bucket/S3Key). SAM and the Serverless Framework already do this. The 250 MB unzipped limit still applies."
        : undefined,
    });
  } else {
    checks.push({
      id: "direct-upload",
      label: "Upload through S3",
      limit: "the 50 MB direct-upload limit does not apply",
      actual: `largest ${mb(Math.max(...zips.map((z) => z.zipped)))}`,
      status: "n/a",
    });
  }

  const totalUnzippedMb = input.functionUnzippedMb + input.layers.reduce((sum, l) => sum + l.unzippedMb, 0);
  checks.push({
    id: "unzipped",
    label: "Function + layers, unzipped",
    limit: `${L.unzippedMb} MB in total`,
    actual: mb(totalUnzippedMb),
    status: totalUnzippedMb <= L.unzippedMb ? "pass" : "fail",
    advice:
      totalUnzippedMb <= L.unzippedMb
        ? undefined
        : "Cut dependencies (bundle and tree-shake, drop dev dependencies and unused packages). Moving code into layers does not help: layers count towards the same 250 MB. If it still does not fit, package the function as a container image (up to 10 GB).",
  });

  checks.push({
    id: "layer-count",
    label: "Layers per function",
    limit: `${L.layers}`,
    actual: String(input.layers.length),
    status: input.layers.length <= L.layers ? "pass" : "fail",
    advice: input.layers.length <= L.layers ? undefined : "Merge related layers into one, or move their content into the function package or a container image.",
  });

  const weird = [{ name: "function package", zipped: input.functionZippedMb, unzipped: input.functionUnzippedMb }, ...input.layers.map((l, i) => ({ name: `layer ${i + 1}`, zipped: l.zippedMb, unzipped: l.unzippedMb }))].filter(
    (z) => z.zipped > z.unzipped * 1.05 + 0.1,
  );
  if (weird.length) {
    checks.push({
      id: "sizes",
      label: "Zipped vs unzipped",
      limit: "a zip is rarely bigger than its content",
      actual: weird.map((z) => z.name).join(", "),
      status: "warn",
      advice: "Check the numbers: the zipped size is the .zip file, the unzipped size is what it expands to.",
    });
  }

  checks.push({
    id: "console-editor",
    label: "Editing in the Lambda console",
    limit: `package under ${L.consoleEditorMb} MB`,
    actual: mb(input.functionZippedMb),
    status: input.functionZippedMb < L.consoleEditorMb ? "pass" : "n/a",
    advice: input.functionZippedMb < L.consoleEditorMb ? undefined : "Too big to edit in the console's code editor; edit locally and deploy. This does not stop deployment.",
  });

  return { deployable: checks.every((c) => c.status !== "fail"), totalUnzippedMb, checks };
}
