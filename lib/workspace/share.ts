import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { parseScenario, ScenarioError, type Scenario } from "./scenario";

// Share links carry a whole scenario in the URL fragment, so nothing is uploaded anywhere:
// `#v1/<base64url of raw DEFLATE of JSON>`. The version prefix is the promise that an old link
// keeps opening: a new format gets a new prefix and a new decoder, and every old decoder stays
// in DECODERS (with a migration to the current Scenario shape) for as long as the app exists.

export type ShareState = {
  scenario: Scenario;
  /** The test event that was selected, so the recipient's Test button sends the same event. */
  selectedEvent?: string;
  /** The file that was open in the editor. */
  activeFile?: string;
};

export const SHARE_VERSION = 1;
export const SHARE_PREFIX = `#v${SHARE_VERSION}/`;
/** Decompressed links larger than this are refused (a scenario is at most ~200 KB of code). */
const MAX_DECODED_BYTES = 1_000_000;
const MAX_HASH_LENGTH = 400_000;

export type ShareErrorReason = "not-a-share-link" | "newer-version" | "damaged" | "invalid-scenario";

export class ShareLinkError extends Error {
  constructor(
    readonly reason: ShareErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "ShareLinkError";
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("characters outside base64url");
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What version 1 stores: short keys keep the JSON (and so the link) small. */
type PayloadV1 = { s: unknown; e?: string; f?: string };

function inflateCapped(bytes: Uint8Array): string {
  // A buffer one byte larger than the cap: filling it means the link expands beyond the cap,
  // which no genuine scenario does (a crafted link could otherwise expand to gigabytes).
  const out = inflateSync(bytes, { out: new Uint8Array(MAX_DECODED_BYTES + 1) });
  if (out.length > MAX_DECODED_BYTES) throw new Error("expands beyond the size limit");
  return strFromU8(out);
}

function decodeV1(body: string): ShareState {
  let payload: PayloadV1;
  try {
    payload = JSON.parse(inflateCapped(fromBase64Url(body))) as PayloadV1;
  } catch {
    throw new ShareLinkError(
      "damaged",
      "This share link is damaged: part of it is missing or was changed, so it cannot be unpacked. Copy the whole address again (links are long) or ask for a new one.",
    );
  }
  if (typeof payload !== "object" || payload === null || !("s" in payload)) {
    throw new ShareLinkError("damaged", "This share link is damaged: it unpacks but holds no scenario. Ask for a new link.");
  }
  let scenario: Scenario;
  try {
    scenario = parseScenario(payload.s);
  } catch (error) {
    const detail = error instanceof ScenarioError ? error.message : String(error);
    throw new ShareLinkError("invalid-scenario", `This share link opens, but its scenario is not valid. ${detail}`);
  }
  return {
    scenario,
    ...(typeof payload.e === "string" ? { selectedEvent: payload.e } : {}),
    ...(typeof payload.f === "string" ? { activeFile: payload.f } : {}),
  };
}

const DECODERS: Readonly<Record<number, (body: string) => ShareState>> = { 1: decodeV1 };

/** The URL fragment (with its leading `#`) that reopens this state. Pure: same state, same link. */
export function encodeShare(state: ShareState): string {
  const payload: PayloadV1 = {
    s: state.scenario,
    ...(state.selectedEvent !== undefined ? { e: state.selectedEvent } : {}),
    ...(state.activeFile !== undefined ? { f: state.activeFile } : {}),
  };
  const bytes = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 });
  return SHARE_PREFIX + toBase64Url(bytes);
}

/** True when a fragment looks like a share link of any version (it may still fail to decode). */
export function isShareHash(hash: string): boolean {
  return /^#?v\d+\//.test(hash);
}

/** Opens a share link: the fragment (`#v1/...`, with or without `#`) or a whole URL. */
export function decodeShare(hashOrUrl: string): ShareState {
  let hash = hashOrUrl.trim();
  const at = hash.indexOf("#");
  if (at > 0) hash = hash.slice(at);
  if (!hash.startsWith("#")) hash = "#" + hash;
  const match = /^#v(\d+)\/(.*)$/s.exec(hash);
  if (!match) {
    throw new ShareLinkError(
      "not-a-share-link",
      "This address does not contain a Lambda Lab share link (it should end in #v1/ followed by letters and digits).",
    );
  }
  if (hash.length > MAX_HASH_LENGTH) {
    throw new ShareLinkError("damaged", "This share link is too long to be a Lambda Lab scenario.");
  }
  const version = Number(match[1]);
  const decoder = DECODERS[version];
  if (!decoder) {
    throw new ShareLinkError(
      version > SHARE_VERSION ? "newer-version" : "damaged",
      version > SHARE_VERSION
        ? `This share link was made by a newer version of Lambda Lab (link format v${version}; this copy reads up to v${SHARE_VERSION}). Reload the page to get the latest version.`
        : `This share link uses format v${version}, which Lambda Lab never produced. Check that the address was copied correctly.`,
    );
  }
  return decoder(match[2]);
}
