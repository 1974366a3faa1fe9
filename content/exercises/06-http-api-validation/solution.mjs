import { randomUUID } from "node:crypto";

function json(statusCode, body) {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

function readBody(event) {
  if (!event.body) return undefined;
  return event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
}

export const handler = async (event) => {
  const text = readBody(event);
  if (text === undefined || text.trim() === "") {
    return json(400, { message: "The request needs a JSON body.", errors: ["body is missing"] });
  }
  let order;
  try {
    order = JSON.parse(text);
  } catch {
    return json(400, { message: "The body is not valid JSON.", errors: ["body must be valid JSON"] });
  }
  if (typeof order !== "object" || order === null || Array.isArray(order)) {
    return json(400, { message: "The body must be a JSON object.", errors: ["body must be an object"] });
  }

  const errors = [];
  if (typeof order.item !== "string" || order.item.trim() === "") errors.push("item must be a non-empty string");
  if (!Number.isInteger(order.quantity) || order.quantity < 1 || order.quantity > 100) {
    errors.push("quantity must be a whole number from 1 to 100");
  }
  if (errors.length > 0) return json(400, { message: "The order is not valid.", errors });

  return json(201, { orderId: randomUUID(), item: order.item, quantity: order.quantity });
};
