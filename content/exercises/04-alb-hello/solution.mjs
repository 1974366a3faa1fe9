function respond(statusCode, statusText, contentType, body) {
  return {
    statusCode,
    statusDescription: `${statusCode} ${statusText}`,
    headers: { "content-type": contentType },
    isBase64Encoded: false,
    body,
  };
}

export const handler = async (event) => {
  if (event.httpMethod === "GET" && event.path === "/hello") {
    // ALB passes query values exactly as they were sent, still URL-encoded.
    const raw = event.queryStringParameters?.name;
    const name = raw ? decodeURIComponent(raw.replace(/\+/g, " ")) : "world";
    return respond(200, "OK", "text/plain; charset=utf-8", `Hello, ${name}!`);
  }
  return respond(404, "Not Found", "application/json", JSON.stringify({ message: "Not Found" }));
};
