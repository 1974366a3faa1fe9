export const handler = async (event) => {
  // Multi-value mode: every parameter is an array, and the single-value fields are absent.
  const tags = event.multiValueQueryStringParameters?.tag ?? [];
  return {
    statusCode: 200,
    statusDescription: "200 OK",
    multiValueHeaders: {
      "content-type": ["application/json"],
      "set-cookie": [`last-tags=${encodeURIComponent(tags.join(","))}; Path=/`, "visited=1; Path=/"],
    },
    isBase64Encoded: false,
    body: JSON.stringify({ tags }),
  };
};
