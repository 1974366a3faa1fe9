import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from "aws-lambda";
import { randomUUID } from "node:crypto";

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  const order = JSON.parse(event.body!);
  return { orderId: randomUUID(), item: order.item, quantity: order.quantity };
};
