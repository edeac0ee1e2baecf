import type { Bilingual } from "../core/lang";
import type { PreferredTime } from "../core/lead";
import copy from "./copy.json";

/** Every sentence about leads, in both languages (`copy.json`): the notification the centre receives, the times. */

/** When a visitor would like to be called, in words. */
export const PREFERRED_TIME_LABELS: Record<PreferredTime, Bilingual> = copy.PREFERRED_TIME_LABELS;

export const CHANNEL_LABELS: Record<string, Bilingual> = copy.CHANNEL_LABELS;

/** The words of the notification a lead sends to the centre's webhook; `language` names each language in each. */
export const NOTIFICATION = copy.NOTIFICATION;
