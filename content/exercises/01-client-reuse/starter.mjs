import { connect } from "./db.mjs";

const DB_URL = "postgres://users.cluster.example.internal:5432/app";

export const handler = async (event) => {
  // Opens a new connection on every invocation: slow, and the database sees one per request.
  const db = await connect(DB_URL);
  const { rows } = await db.query("SELECT id, name FROM users WHERE id = $1", [event.userId]);
  return rows[0];
};
