// The EventBridge schedule for this function (serverless.yml: events: - schedule: ...).
export const schedule = "cron(0 8 * * MON-FRI *)";

export const handler = async () => {
  const date = new Date().toISOString().slice(0, 10);
  console.log(`daily sales report for ${date}`);
  return { report: "daily-sales", date };
};
