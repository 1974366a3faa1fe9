import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { randomUUID } from "node:crypto";

type Order = { item: string; quantity: number };

function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

function readBody(event: APIGatewayProxyEventV2): string | undefined {
  if (!event.body) return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
}

/** Every problem with the order, one message per field; empty when the order is valid. */
function problems(value: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (typeof value.item !== "string" || value.item.trim() === "") errors.push("item must be a non-empty string");
  if (typeof value.quantity !== "number" || !Number.isInteger(value.quantity) || value.quantity < 1 || value.quantity > 100) {
    errors.push("quantity must be a whole number from 1 to 100");
  }
  return errors;
}

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const text = readBody(event);
  if (text === undefined || text.trim() === "") {
    return json(400, { message: "The request needs a JSON body.", errors: ["body is missing"] });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return json(400, { message: "The body is not valid JSON.", errors: ["body must be valid JSON"] });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return json(400, { message: "The body must be a JSON object.", errors: ["body must be an object"] });
  }
  const errors = problems(parsed as Record<string, unknown>);
  if (errors.length > 0) return json(400, { message: "The order is not valid.", errors });

  const order = parsed as Order;
  return json(201, { orderId: randomUUID(), item: order.item, quantity: order.quantity });
};
