import { render } from "./thumbnails.mjs";

export const handler = async (event) => {
  const thumbnails = [];
  for (const id of event.images) {
    thumbnails.push(await render(id));
  }
  return { thumbnails, next: null };
};
