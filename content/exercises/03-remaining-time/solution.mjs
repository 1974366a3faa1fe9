import { render } from "./thumbnails.mjs";

// One render takes about 900 ms; stop when less than this is left, so the last one always fits.
const SAFETY_MARGIN_MS = 1500;

export const handler = async (event, context) => {
  const thumbnails = [];
  let index = event.startAt ?? 0;
  while (index < event.images.length) {
    if (context.getRemainingTimeInMillis() < SAFETY_MARGIN_MS) break;
    thumbnails.push(await render(event.images[index]));
    index += 1;
  }
  return { thumbnails, next: index < event.images.length ? index : null };
};
