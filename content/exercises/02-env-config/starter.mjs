const TABLE = process.env.TABLE_NAME || "orders";
const STAGE = process.env.STAGE || "prod";
const PAGE_SIZE = process.env.PAGE_SIZE || 25;

export const handler = async () => {
  return { table: TABLE, stage: STAGE, pageSize: PAGE_SIZE };
};
