// Minute 0, hour 8 (UTC), any day of the month (?), every month, Monday to Friday, every year.
export const schedule = "cron(0 8 ? * MON-FRI *)";

export const handler = async (event) => {
  // The time the schedule fired, even if the event is delivered late or retried.
  const date = event.time.slice(0, 10);
  console.log(`daily sales report for ${date}`);
  return { report: "daily-sales", date };
};
