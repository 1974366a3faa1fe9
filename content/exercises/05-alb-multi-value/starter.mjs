export const handler = async (event) => {
  const tag = event.queryStringParameters.tag;
  const tags = tag ? [tag] : [];
  return {
    statusCode: 200,
    statusDescription: "200 OK",
    headers: {
      "content-type": "application/json",
      "set-cookie": `last-tags=${encodeURIComponent(tags.join(","))}; Path=/`,
    },
    body: JSON.stringify({ tags }),
  };
};
