import { deflateSync, strToU8 } from "fflate";
import { describe, expect, test } from "vitest";
import { getPreset } from "@/lib/workspace/presets";
import { defaultScenario } from "@/lib/workspace/scenario";
import { decodeShare, encodeShare, isShareHash, SHARE_PREFIX, ShareLinkError } from "@/lib/workspace/share";

function shareError(run: () => unknown): ShareLinkError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ShareLinkError);
    return error as ShareLinkError;
  }
  throw new Error("expected a ShareLinkError, but the link decoded");
}

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// Made by version 1 of encodeShare when the format shipped. It must open forever: if this test
// fails, a change broke every link learners have already shared.
const FROZEN_V1 =
  "#v1/VVJda9tAEPwrxz0loBrbbVNQScG0dltoGohNX-o8HKe1fIluT9yHkSL03zOShUNehG72Zmd2bjsZZI6PPpJV_8gH41jmi0xGEyuSudx490IsKsPPMpMhWat8CxyHg6kI7P-drFU8AjNcUDOzTwFF7TgSR6DU1M5HASBEcVRcVOTFrVChZS2u6IRb1-L2m7jqhHvORfSJMlG6mIuxNmPRX3_ds-wfx64HUw6ON4l1hNm_yg42D6NN6D4kjmaE2BX0FJbLWQP411n3YnLygcodWefbrXkBZ_n5JpM70F2C8y-Z_EFBe1MPQueZ13wy3rEdR-vkdrf6uUYlUoiyhzoF8icqvjvWyXvcWjek08BHUpyqauipij8UI_md8iWhz4CDPCYC5jThnWqMTfaBom9XuG7riB54mqmwHtJZlfSbt4RcChQ_3sznmbznbdKawkXxnjfKVMljwklq8Dvyz-_H5xD5wwIj1qqtnCpw7vaS9zIXi34MP3pTllgRUHAKkerpV2ntEPtlaI0FWcwHK4EIjT4tIfkmcHi3Kv0r";

describe("share links", () => {
  test("a scenario survives the round trip with its selected event and open file", () => {
    const scenario = getPreset("sqs-partial-batch").scenario;
    const hash = encodeShare({ scenario, selectedEvent: "two-records", activeFile: "index.mjs" });
    expect(hash.startsWith(SHARE_PREFIX)).toBe(true);
    expect(decodeShare(hash)).toEqual({ scenario, selectedEvent: "two-records", activeFile: "index.mjs" });
  });

  test("the link is compressed, URL-safe and the same for the same state", () => {
    const scenario = getPreset("weighted-alias-canary").scenario;
    const hash = encodeShare({ scenario });
    expect(hash).toBe(encodeShare({ scenario: structuredClone(scenario) }));
    expect(hash.slice(SHARE_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(scenario).length * 0.8);
  });

  test("accepts the fragment without # and whole URLs", () => {
    const scenario = defaultScenario();
    const hash = encodeShare({ scenario });
    expect(decodeShare(hash.slice(1)).scenario).toEqual(scenario);
    expect(decodeShare(`https://lab.example/simulator/?x=1${hash}`).scenario).toEqual(scenario);
    expect(isShareHash(hash)).toBe(true);
    expect(isShareHash("#section-2")).toBe(false);
  });

  test("a link made by the first release still opens (old versions stay decodable)", () => {
    const state = decodeShare(FROZEN_V1);
    expect(state.scenario.title).toBe("Frozen link");
    expect(state.scenario.config).toMatchObject({ FunctionName: "frozen", MemorySize: 256, Timeout: 7, Environment: { STAGE: "test" } });
    expect(state.scenario.asyncConfig.MaximumRetryAttempts).toBe(1);
    expect(state.selectedEvent).toBe("n-1");
    expect(state.activeFile).toBe("index.mjs");
  });

  test("a truncated or altered link is reported as damaged", () => {
    const hash = encodeShare({ scenario: defaultScenario() });
    expect(shareError(() => decodeShare(hash.slice(0, hash.length - 40))).reason).toBe("damaged");
    expect(shareError(() => decodeShare(hash.replace(/.$/, "!"))).message).toMatch(/damaged.*Copy the whole address/);
  });

  test("a link from a newer release asks for a reload", () => {
    const e = shareError(() => decodeShare("#v7/abc"));
    expect(e.reason).toBe("newer-version");
    expect(e.message).toMatch(/newer version of Lambda Lab \(link format v7/);
  });

  test("an ordinary fragment is not mistaken for a link", () => {
    expect(shareError(() => decodeShare("#timeline")).reason).toBe("not-a-share-link");
  });

  test("a link whose scenario breaks the schema names the problem", () => {
    const bad = { s: { ...defaultScenario(), files: [] } };
    const hash = "#v1/" + base64Url(deflateSync(strToU8(JSON.stringify(bad))));
    const e = shareError(() => decodeShare(hash));
    expect(e.reason).toBe("invalid-scenario");
    expect(e.message).toMatch(/files: a function needs at least one file/);
  });

  test("a link that would expand to megabytes is refused without expanding it all", () => {
    const bomb = { s: { ...defaultScenario(), title: "x".repeat(1_200_000) } };
    const hash = "#v1/" + base64Url(deflateSync(strToU8(JSON.stringify(bomb)), { level: 6 }));
    expect(hash.length).toBeLessThan(20_000);
    expect(shareError(() => decodeShare(hash)).reason).toBe("damaged");
  });
});
