import { randomUUID } from "node:crypto";

export const handler = async (event) => {
  const order = JSON.parse(event.body);
  return { orderId: randomUUID(), item: order.item, quantity: order.quantity };
};
