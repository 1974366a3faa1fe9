import { afterEach, describe, expect, test } from "vitest";
import { createSimulator, SimulatorUsageError, type Simulator } from "@/lib/simulator";
import { deploy, newSim, rejection } from "./helpers";

let sim: Simulator;
afterEach(() => sim?.dispose());

const CODE = { ZipFile: "export const handler = async () => 1;" };

async function expectAwsError(p: Promise<unknown>, name: string, status: number, message: RegExp | string) {
  const err = await rejection(p);
  expect(err.name).toBe(name);
  expect(err.$metadata?.httpStatusCode).toBe(status);
  if (typeof message === "string") expect(err.message).toBe(message);
  else expect(err.message).toMatch(message);
}

describe("createFunction validation", () => {
  test("rejects memory and timeout outside Lambda's ranges with ValidationException", async () => {
    sim = await newSim();
    await expectAwsError(
      sim.lambda.createFunction({ FunctionName: "m", Code: CODE, MemorySize: 100 }),
      "ValidationException",
      400,
      "1 validation error detected: Value '100' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    );
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "m", Code: CODE, MemorySize: 10241 }), "ValidationException", 400, /less than or equal to 10240/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "m", Code: CODE, MemorySize: 256.5 }), "ValidationException", 400, /must be an integer/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "t", Code: CODE, Timeout: 0 }), "ValidationException", 400, /'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "t", Code: CODE, Timeout: 901 }), "ValidationException", 400, /less than or equal to 900/);
  });

  test("rejects unsupported runtimes, bad names, handlers, roles and missing code", async () => {
    sim = await newSim();
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "r", Code: CODE, Runtime: "nodejs16.x" }), "InvalidParameterValueException", 400, /nodejs16\.x is no longer supported/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "r", Code: CODE, Runtime: "python3.12" }), "InvalidParameterValueException", 400, /Node\.js functions only/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "r", Code: CODE, Runtime: "cobol" }), "ValidationException", 400, /enum value set/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "bad name", Code: CODE }), "ValidationException", 400, /'functionName'/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "x".repeat(65), Code: CODE }), "ValidationException", 400, /between 1 and 64/);
    await expectAwsError(sim.lambda.createFunction({ Code: CODE }), "ValidationException", 400, /Value 'null' at 'functionName' failed to satisfy constraint: Member must not be null/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "h", Code: CODE, Handler: "index handler" }), "ValidationException", 400, /'handler'/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "ro", Code: CODE, Role: "admin" }), "ValidationException", 400, /'role'/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "c" }), "ValidationException", 400, /'code'/);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "c", Code: { ZipFile: "   " } }), "InvalidParameterValueException", 400, "Uploaded file must be a non-empty zip");
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "c", Code: { ZipFile: { "../escape.js": "x" } } }), "InvalidParameterValueException", 400, /not valid inside a deployment package/);
  });

  test("rejects reserved and oversized environment variables", async () => {
    sim = await newSim();
    await expectAwsError(
      sim.lambda.createFunction({ FunctionName: "e", Code: CODE, Environment: { Variables: { AWS_REGION: "eu-west-1" } } }),
      "InvalidParameterValueException",
      400,
      /reserved keys .* Reserved keys used in this request: AWS_REGION/,
    );
    await expectAwsError(
      sim.lambda.createFunction({ FunctionName: "e", Code: CODE, Environment: { Variables: { BIG: "x".repeat(5000) } } }),
      "InvalidParameterValueException",
      400,
      /exceeded the 4KB limit/,
    );
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "e", Code: CODE, Environment: { Variables: { COUNT: 3 } } }), "ValidationException", 400, /Member must be a string/);
  });

  test("rejects a dead-letter target that is not a queue or topic", async () => {
    sim = await newSim();
    await expectAwsError(
      sim.lambda.createFunction({ FunctionName: "d", Code: CODE, DeadLetterConfig: { TargetArn: "arn:aws:lambda:us-east-1:123456789012:function:other" } }),
      "InvalidParameterValueException",
      400,
      /must be an Amazon SQS queue or an Amazon SNS topic/,
    );
  });

  test("rejects a second function with the same name with ResourceConflictException (409)", async () => {
    sim = await newSim();
    await deploy(sim, "dup", CODE.ZipFile);
    await expectAwsError(sim.lambda.createFunction({ FunctionName: "dup", Code: CODE }), "ResourceConflictException", 409, "Function already exist: dup");
  });
});

describe("other operations", () => {
  test("rejects unknown functions everywhere with ResourceNotFoundException (404)", async () => {
    sim = await newSim();
    for (const p of [
      sim.lambda.getFunction({ FunctionName: "nope" }),
      sim.lambda.updateFunctionCode({ FunctionName: "nope", ZipFile: "x" }),
      sim.lambda.updateFunctionConfiguration({ FunctionName: "nope", MemorySize: 256 }),
      sim.lambda.publishVersion({ FunctionName: "nope" }),
      sim.lambda.deleteFunction({ FunctionName: "nope" }),
      sim.lambda.putFunctionConcurrency({ FunctionName: "nope", ReservedConcurrentExecutions: 1 }),
    ]) {
      await expectAwsError(p, "ResourceNotFoundException", 404, "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope");
    }
  });

  test("rejects ARNs from another Region or account", async () => {
    sim = await newSim();
    await deploy(sim, "here", CODE.ZipFile);
    await expectAwsError(sim.lambda.invoke({ FunctionName: "arn:aws:lambda:eu-west-1:123456789012:function:here" }), "ResourceNotFoundException", 404, /one account .* in one Region/);
    await expectAwsError(sim.lambda.invoke({ FunctionName: "999999999999:function:here" }), "ResourceNotFoundException", 404, /Function not found/);
    await expectAwsError(sim.lambda.invoke({ FunctionName: "not a name!" }), "ValidationException", 400, /regular expression pattern/);
  });

  test("validates Invoke parameters", async () => {
    sim = await newSim();
    await deploy(sim, "i", CODE.ZipFile);
    await expectAwsError(sim.lambda.invoke({ FunctionName: "i", InvocationType: "Async" }), "ValidationException", 400, /enum value set: \[Event, RequestResponse, DryRun\]/);
    await expectAwsError(sim.lambda.invoke({ FunctionName: "i", LogType: "All" }), "ValidationException", 400, /\[None, Tail\]/);
    await expectAwsError(sim.lambda.invoke({ FunctionName: "i", Payload: { not: "text" } }), "InvalidRequestContentException", 400, /Payload must be JSON text/);
    await expectAwsError(sim.lambda.invoke({}), "ValidationException", 400, /must not be null/);
  });

  test("validates asynchronous invocation settings and destinations", async () => {
    sim = await newSim();
    await deploy(sim, "a", CODE.ZipFile);
    await expectAwsError(sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", MaximumRetryAttempts: 3 }), "ValidationException", 400, /'maximumRetryAttempts' failed to satisfy constraint: Member must have value less than or equal to 2/);
    await expectAwsError(sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", MaximumEventAgeInSeconds: 59 }), "ValidationException", 400, /greater than or equal to 60/);
    await expectAwsError(sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", MaximumEventAgeInSeconds: 21601 }), "ValidationException", 400, /less than or equal to 21600/);
    await expectAwsError(sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", DestinationConfig: { OnSuccess: { Destination: "arn:aws:s3:::bucket" } } }), "InvalidParameterValueException", 400, /on-failure destinations/);
    await expectAwsError(sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", DestinationConfig: { OnFailure: { Destination: "not-an-arn" } } }), "InvalidParameterValueException", 400, /destination ARN not-an-arn is invalid/);
    await expectAwsError(
      sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", DestinationConfig: { OnFailure: { Destination: "arn:aws:lambda:us-east-1:123456789012:function:a" } } }),
      "InvalidParameterValueException",
      400,
      "You can't specify the function as a destination for itself.",
    );
    await expectAwsError(sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", Qualifier: "prod" }), "ResourceNotFoundException", 404, /function:a:prod/);
    await expectAwsError(sim.lambda.getFunctionEventInvokeConfig({ FunctionName: "a" }), "ResourceNotFoundException", 404, /doesn't have an EventInvokeConfig/);
    const saved = await sim.lambda.putFunctionEventInvokeConfig({ FunctionName: "a", MaximumRetryAttempts: 1 });
    expect(saved).toMatchObject({ FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:a:$LATEST", MaximumRetryAttempts: 1 });
    const merged = await sim.lambda.updateFunctionEventInvokeConfig({ FunctionName: "a", MaximumEventAgeInSeconds: 120 });
    expect(merged).toMatchObject({ MaximumRetryAttempts: 1, MaximumEventAgeInSeconds: 120 });
  });

  test("validates reserved concurrency values", async () => {
    sim = await newSim();
    await deploy(sim, "c", CODE.ZipFile);
    await expectAwsError(sim.lambda.putFunctionConcurrency({ FunctionName: "c", ReservedConcurrentExecutions: -1 }), "ValidationException", 400, /greater than or equal to 0/);
    await expectAwsError(sim.lambda.putFunctionConcurrency({ FunctionName: "c" }), "ValidationException", 400, /must be an integer/);
  });

  test("validates SQS and SNS input with their own exception names", async () => {
    sim = await newSim();
    await expectAwsError(sim.sqs.createQueue({ QueueName: "has space" }), "InvalidParameterValue", 400, /alphanumeric/);
    await expectAwsError(sim.sqs.getQueueUrl({ QueueName: "missing" }), "QueueDoesNotExist", 400, "The specified queue does not exist.");
    const { QueueUrl } = await sim.sqs.createQueue({ QueueName: "q", Attributes: { VisibilityTimeout: "10" } });
    await expectAwsError(sim.sqs.createQueue({ QueueName: "q", Attributes: { VisibilityTimeout: "20" } }), "QueueNameExists", 400, /different value/);
    await expectAwsError(sim.sqs.receiveMessage({ QueueUrl, MaxNumberOfMessages: 11 }), "InvalidParameterValue", 400, /between 1 and 10/);
    await expectAwsError(sim.sqs.deleteMessage({ QueueUrl, ReceiptHandle: "bogus" }), "ReceiptHandleIsInvalid", 400, /not a valid receipt handle/);
    await expectAwsError(sim.sns.publish({ TopicArn: "arn:aws:sns:us-east-1:123456789012:none", Message: "x" }), "NotFoundException", 404, "Topic does not exist");
    const { TopicArn } = await sim.sns.createTopic({ Name: "t" });
    await expectAwsError(sim.sns.subscribe({ TopicArn, Protocol: "email", Endpoint: "a@b.c" }), "InvalidParameterException", 400, /"sqs" and "lambda"/);
  });

  test("rejects bad simulator options and use after dispose", async () => {
    await expect(createSimulator({ seed: 1.5 })).rejects.toBeInstanceOf(SimulatorUsageError);
    await expect(createSimulator({ accountId: "123" })).rejects.toThrow(/12 digits/);
    await expect(createSimulator({ region: "moon" })).rejects.toThrow(/us-east-1/);
    sim = await newSim();
    sim.dispose();
    await expect(sim.lambda.listFunctions()).rejects.toThrow(/disposed/);
    await expect(sim.lambda.invoke({ FunctionName: "x" })).rejects.toThrow(/disposed/);
  });
});
