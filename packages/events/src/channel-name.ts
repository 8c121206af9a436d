/** The channel buses use unless told otherwise. */
export const DEFAULT_CHANNEL = 'platform_events';

// A PostgreSQL identifier is at most 63 bytes; Redis client names may not contain spaces.
const CHANNEL = /^[A-Za-z0-9_.:-]{1,63}$/;

/** Returns the channel name, or throws if a transport could not carry it safely. */
export function checkChannelName(channel: string = DEFAULT_CHANNEL): string {
  if (!CHANNEL.test(channel)) {
    throw new Error(
      `Invalid event channel ${JSON.stringify(channel)}: use 1–63 letters, digits, _ . : or -.`,
    );
  }
  return channel;
}
