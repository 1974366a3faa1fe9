import { describe, expect, test } from "vitest";
import { checkPackage, type PackageInput } from "@/lib/widgets/package-size-checker";

const zip = (p: Partial<PackageInput> = {}): PackageInput => ({
  packageType: "zip",
  upload: "direct",
  functionZippedMb: 10,
  functionUnzippedMb: 40,
  layers: [],
  imageGb: 0,
  ...p,
});
const status = (input: PackageInput, id: string) => checkPackage(input).checks.find((c) => c.id === id)?.status;

describe("package-size-checker", () => {
  test("a small zip passes every limit", () => {
    const r = checkPackage(zip());
    expect(r.deployable).toBe(true);
    expect(r.checks.filter((c) => c.status === "fail")).toEqual([]);
  });

  test("50 MB zipped is the direct-upload limit; through S3 it does not apply", () => {
    expect(status(zip({ functionZippedMb: 50, functionUnzippedMb: 120 }), "direct-upload")).toBe("pass");
    const over = checkPackage(zip({ functionZippedMb: 51, functionUnzippedMb: 120 }));
    expect(over.deployable).toBe(false);
    expect(over.checks.find((c) => c.id === "direct-upload")?.advice).toMatch(/S3/);
    expect(checkPackage(zip({ functionZippedMb: 51, functionUnzippedMb: 120, upload: "s3" })).deployable).toBe(true);
  });

  test("the direct-upload limit applies to each layer archive too", () => {
    const r = checkPackage(zip({ layers: [{ zippedMb: 60, unzippedMb: 150 }] }));
    const check = r.checks.find((c) => c.id === "direct-upload")!;
    expect(check.status).toBe("fail");
    expect(check.actual).toMatch(/layer 1/);
  });

  test("250 MB unzipped counts the function and all its layers together", () => {
    const layers = [
      { zippedMb: 20, unzippedMb: 100 },
      { zippedMb: 20, unzippedMb: 100 },
    ];
    const r = checkPackage(zip({ functionUnzippedMb: 60, layers, upload: "s3" }));
    expect(r.totalUnzippedMb).toBe(260);
    const check = r.checks.find((c) => c.id === "unzipped")!;
    expect(check.status).toBe("fail");
    expect(check.advice).toMatch(/layers count towards the same 250 MB/);
    expect(check.advice).toMatch(/container image/);
    expect(status(zip({ functionUnzippedMb: 50, layers }), "unzipped")).toBe("pass");
  });

  test("at most five layers", () => {
    const layer = { zippedMb: 1, unzippedMb: 2 };
    expect(status(zip({ layers: Array(5).fill(layer) }), "layer-count")).toBe("pass");
    expect(status(zip({ layers: Array(6).fill(layer) }), "layer-count")).toBe("fail");
  });

  test("container images: up to 10 GB and no layers", () => {
    const image = (imageGb: number, layers: PackageInput["layers"] = []) => checkPackage(zip({ packageType: "image", imageGb, layers }));
    expect(image(10).deployable).toBe(true);
    expect(image(10.5).deployable).toBe(false);
    const withLayer = image(2, [{ zippedMb: 1, unzippedMb: 1 }]);
    expect(withLayer.deployable).toBe(false);
    expect(withLayer.checks.find((c) => c.id === "image-layers")?.advice).toMatch(/Dockerfile/);
    // The zip limits do not apply to an image.
    expect(image(5).checks.some((c) => c.id === "unzipped" || c.id === "direct-upload")).toBe(false);
  });

  test("a zip bigger than its content is flagged as a likely typo, without blocking", () => {
    const r = checkPackage(zip({ functionZippedMb: 30, functionUnzippedMb: 10 }));
    expect(r.checks.find((c) => c.id === "sizes")?.status).toBe("warn");
    expect(r.deployable).toBe(true);
  });

  test("the console editor needs a package under 3 MB, which never blocks deployment", () => {
    expect(status(zip({ functionZippedMb: 2 }), "console-editor")).toBe("pass");
    expect(status(zip({ functionZippedMb: 3 }), "console-editor")).toBe("n/a");
  });

  test("negative or missing numbers are refused with a message", () => {
    const r = checkPackage(zip({ functionZippedMb: Number.NaN }));
    expect(r.deployable).toBe(false);
    expect(r.checks[0].advice).toMatch(/number/);
  });
});
