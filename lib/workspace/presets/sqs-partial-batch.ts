import type { PresetDefinition } from "./preset";

// With ReportBatchItemFailures the handler returns the ids that failed; only those return to the
// queue, reappear after the visibility timeout, and move to the DLQ after maxReceiveCount
// receives (DG/with-sqs, "Handling errors for an SQS event source").
export const sqsPartialBatch: PresetDefinition = {
  id: "sqs-partial-batch",
  scenario: {
    schemaVersion: 1,
    title: "SQS partial batch responses",
    summary:
      "An SQS queue triggers the function in batches of up to 10 with ReportBatchItemFailures turned on. One message is poison: the handler reports just that one as failed, so the other nine are deleted, and the poison message is retried until the redrive policy moves it to the dead-letter queue.",
    files: [
      {
        path: "index.mjs",
        content: `export const handler = async (event) => {
  const batchItemFailures = [];
  for (const record of event.Records) {
    try {
      const order = JSON.parse(record.body);
      if (order.poison) throw new Error(\`Cannot process order \${order.id}\`);
      console.log(\`Processed order \${order.id} (receive count \${record.attributes.ApproximateReceiveCount})\`);
    } catch (error) {
      console.error(error.message);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  // Only these messages return to the queue; the rest are deleted.
  return { batchItemFailures };
};
`,
      },
    ],
    config: {
      FunctionName: "process-orders",
      Runtime: "nodejs22.x",
      Handler: "index.handler",
      MemorySize: 256,
      Timeout: 5,
    },
    asyncConfig: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 21_600 },
    testEvents: [
      {
        name: "two-records",
        payload: `{
  "Records": [
    {
      "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d",
      "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
      "body": "{\\"id\\": 1}",
      "attributes": {
        "ApproximateReceiveCount": "1",
        "SentTimestamp": "1767225600000",
        "SenderId": "AIDAIENQZJOLO23YVJ4VO",
        "ApproximateFirstReceiveTimestamp": "1767225600010"
      },
      "messageAttributes": {},
      "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
      "eventSource": "aws:sqs",
      "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:orders",
      "awsRegion": "us-east-1"
    },
    {
      "messageId": "2e1424d4-f796-459a-8184-9c92662be6da",
      "receiptHandle": "AQEBzWwaftRI0KuVm4tP+/7q1rGgNqicHq",
      "body": "{\\"id\\": 2, \\"poison\\": true}",
      "attributes": {
        "ApproximateReceiveCount": "1",
        "SentTimestamp": "1767225600020",
        "SenderId": "AIDAIENQZJOLO23YVJ4VO",
        "ApproximateFirstReceiveTimestamp": "1767225600030"
      },
      "messageAttributes": {},
      "md5OfBody": "b2b7d7c3a4e5f60718293a4b5c6d7e8f",
      "eventSource": "aws:sqs",
      "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:orders",
      "awsRegion": "us-east-1"
    }
  ]
}
`,
      },
    ],
    triggers: [
      {
        type: "sqs",
        queueName: "orders",
        batchSize: 10,
        maximumBatchingWindowInSeconds: 1,
        reportBatchItemFailures: true,
        visibilityTimeout: 30,
        maxReceiveCount: 3,
        deadLetterQueueName: "orders-dlq",
      },
    ],
    steps: [
      { label: "Send 9 good orders", action: { type: "sqsSendMessage", queueName: "orders", body: `{"id": {n}}`, count: 9 } },
      { label: "Send 1 poison order", action: { type: "sqsSendMessage", queueName: "orders", body: `{"id": 99, "poison": true}`, count: 1 } },
      { label: "Run until idle: the poison message is retried, then redriven to orders-dlq", action: { type: "runUntilIdle" } },
      { label: "Test with the saved two-record event (direct invoke)", action: { type: "invoke", invocationType: "RequestResponse" } },
    ],
  },
};
