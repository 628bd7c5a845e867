// From the written request to the last meeting (rules.md §1.2–1.3): the request (要约) and the reply,
// information asked for before talks, meetings with their minutes, and suspensions.
import { z } from 'zod';
import { isoDateField, optionalDate, personIdField, sideField, text } from './fields';

/** 要约 / 协商意向书 (OFR-01): in writing, with the time, place and content of the talks. */
export const requestSchema = z.strictObject({
  from: sideField,
  sentAt: isoDateField,
  /** The day the other side received it: the reply period counts from here (OFR-02). */
  receivedAt: optionalDate,
  written: z.boolean().default(true),
  /** Proposed time of the talks, as written in the request. */
  time: text(100),
  place: text(200),
  content: text(2000),
});

export const replySchema = z.strictObject({
  repliedAt: isoDateField,
  written: z.boolean().default(true),
  accepted: z.boolean(),
  /** The reason given for a refusal; refusal without just cause is not allowed (CCR 32, 56). */
  refusalReason: text(1000),
});

/** OFR-03: information asked for before talks (wage bill, costs, finances), WCM 18. */
export const informationRequestSchema = z.strictObject({
  requestedBy: sideField,
  requestedAt: isoDateField,
  items: text(1000),
  providedAt: optionalDate,
});

export const itemStatuses = ['open', 'agreed', 'withdrawn'] as const;

/** One topic in the minutes: each side's position and where it stands. */
export const minutesItemSchema = z.strictObject({
  topic: z.string().trim().min(1).max(200),
  workersAsk: text(1000),
  employerOffer: text(1000),
  status: z.enum(itemStatuses).default('open'),
  text: text(4000),
});

/** 协商记录 (MTG-04): the law names no fields; these follow practice (rules.md §2.1, dossier item 3). */
export const minutesSchema = z.strictObject({
  recorderId: personIdField.nullable().default(null),
  items: z.array(minutesItemSchema).max(200).default([]),
  text: text(20_000),
});

export const meetingSchema = z.strictObject({
  date: isoDateField,
  place: text(200),
  /** Which side's chief chaired (MTG-01: in turn). */
  chair: sideField,
  attendees: z.array(personIdField).max(200).default([]),
  minutes: minutesSchema.nullable().default(null),
});
export type Meeting = z.output<typeof meetingSchema>;

/** 中止协商 (MTG-03): the pause's length and the next meeting's time, place and topics. */
export const suspensionSchema = z.strictObject({
  date: isoDateField,
  lengthDays: z.number().int().min(1).max(3660).nullable().default(null),
  reason: text(1000),
  nextMeeting: z
    .strictObject({ date: optionalDate, place: text(200), topics: z.array(z.string().trim().min(1).max(200)).max(50).default([]) })
    .default({ date: null, place: '', topics: [] }),
});
