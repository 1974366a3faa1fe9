function required(name) {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`Missing required environment variable ${name}: set it in the function's configuration.`);
  }
  return value;
}

// Read once per execution environment; a configuration change starts new environments anyway.
const TABLE = required("TABLE_NAME");
const STAGE = process.env.STAGE ?? "dev";
const PAGE_SIZE = process.env.PAGE_SIZE === undefined ? 25 : Number(process.env.PAGE_SIZE);

export const handler = async () => {
  return { table: TABLE, stage: STAGE, pageSize: PAGE_SIZE };
};
