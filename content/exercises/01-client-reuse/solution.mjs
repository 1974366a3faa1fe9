import { connect } from "./db.mjs";

const DB_URL = "postgres://users.cluster.example.internal:5432/app";

// Init phase: runs once per execution environment. Warm invocations reuse the same promise,
// and so the same connection.
const dbReady = connect(DB_URL);

export const handler = async (event) => {
  const db = await dbReady;
  const { rows } = await db.query("SELECT id, name FROM users WHERE id = $1", [event.userId]);
  return rows[0];
};
