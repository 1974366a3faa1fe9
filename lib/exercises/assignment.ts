// zod/mini: assignments are decoded in the browser (the student's page).
import { z } from "zod/mini";
import { TOPIC_SLUGS } from "@/lib/quiz/curriculum";

// An assignment travels in a link, since there is no server: the teacher's page writes it into
// the URL fragment (`#a1/<base64url of JSON>`), the student's page reads it back. Fragments are
// never sent to a web server, so the assignment stays between the teacher and the class. The
// "a1" prefix is the format version: a later format gets a new prefix and a decoder beside this one.

export const ASSIGNMENT_PREFIX = "#a1/";
export const ASSIGNMENT_PATH = "/classroom/assignment/";
export const ASSIGNMENT_LIMITS = { exercises: 24, topics: TOPIC_SLUGS.length, title: 120, note: 600, linkChars: 8000 } as const;

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "exercise slugs are kebab-case" }));

export const assignmentSchema = z.strictObject({
  /** Random, so two classes' reports never mix and a report names the assignment it answers. */
  id: z.string().check(z.regex(/^[a-z0-9]{8,24}$/, { error: "the assignment id is 8-24 lower-case letters and digits" })),
  title: z.string().check(z.trim(), z.minLength(1, { error: "give the assignment a title" }), z.maxLength(ASSIGNMENT_LIMITS.title)),
  exercises: z.array(slug).check(z.minLength(1, { error: "pick at least one exercise" }), z.maxLength(ASSIGNMENT_LIMITS.exercises)),
  topics: z.array(z.enum(TOPIC_SLUGS)).check(z.maxLength(ASSIGNMENT_LIMITS.topics)),
  /** Epoch ms when the teacher made the link. */
  createdAt: z.int().check(z.nonnegative()),
  note: z.optional(z.string().check(z.maxLength(ASSIGNMENT_LIMITS.note))),
});

export type Assignment = z.infer<typeof assignmentSchema>;

export class AssignmentLinkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AssignmentLinkError";
  }
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("characters outside base64url");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** A fresh assignment id from a source of randomness (crypto in the browser, seeded in tests). */
export function newAssignmentId(randomByte: () => number): string {
  let id = "";
  for (let i = 0; i < 12; i++) id += (randomByte() % 36).toString(36);
  return id;
}

function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`;
}

/** Validates an assignment the teacher built (throws AssignmentLinkError with what to fix). */
export function checkAssignment(input: unknown): Assignment {
  const parsed = assignmentSchema.safeParse(input);
  if (!parsed.success) throw new AssignmentLinkError(`The assignment is not complete: ${firstIssue(parsed.error)}.`);
  if (new Set(parsed.data.exercises).size !== parsed.data.exercises.length) throw new AssignmentLinkError("An exercise is listed twice in the assignment.");
  if (new Set(parsed.data.topics).size !== parsed.data.topics.length) throw new AssignmentLinkError("A quiz topic is listed twice in the assignment.");
  return parsed.data;
}

export function encodeAssignment(assignment: Assignment): string {
  return ASSIGNMENT_PREFIX + toBase64Url(JSON.stringify(checkAssignment(assignment)));
}

/** The whole link a teacher shares: `<origin>/classroom/assignment/#a1/...`. */
export function assignmentUrl(origin: string, assignment: Assignment): string {
  return `${origin.replace(/\/$/, "")}${ASSIGNMENT_PATH}${encodeAssignment(assignment)}`;
}

/** Reads an assignment from a URL fragment; throws AssignmentLinkError saying what is wrong. */
export function decodeAssignment(hash: string): Assignment {
  if (!hash || hash === "#") throw new AssignmentLinkError("This page needs an assignment link: ask your teacher for the whole address, including the part after #.");
  if (hash.length > ASSIGNMENT_LIMITS.linkChars) throw new AssignmentLinkError("This assignment link is far longer than any Lambda Lab writes; it is not an assignment link.");
  if (!hash.startsWith(ASSIGNMENT_PREFIX)) {
    if (/^#a\d+\//.test(hash)) throw new AssignmentLinkError("This assignment link was made by a newer Lambda Lab. Open it with the newest version of the site.");
    throw new AssignmentLinkError("This is not an assignment link: it should end with #a1/ followed by letters and digits.");
  }
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(hash.slice(ASSIGNMENT_PREFIX.length)));
  } catch {
    throw new AssignmentLinkError("This assignment link is damaged (part of it is missing or was changed). Copy the whole address again.");
  }
  return checkAssignment(json);
}
