import { z } from "zod";

/** A collective agreement number: 4 digits. */
export const IdccSchema = z.string().regex(/^\d{4}$/);

/** Why no OPCO applies to an employer: public (hospital, local government, State, or any) or foreign. */
export const PublicKindSchema = z.enum([
  "public_agent",
  "public_hospital",
  "local_government",
  "state",
  "extraterritorial",
]);
export type PublicKind = z.infer<typeof PublicKindSchema>;

/** A public employer of a known kind: its agents train with the ANFH, the CNFPT or their administration. */
export const PublicEmployerSchema = PublicKindSchema.extract(["public_hospital", "local_government", "state"]);

/** Statuses of a person that no OPCO funds. */
export const FinderStatusSchema = z.enum([
  "self_employed",
  "public_agent",
  "job_seeker",
  "intermittent",
  "artist_author",
]);
export type FinderStatus = z.infer<typeof FinderStatusSchema>;

/** The training insurance funds (FAF) of the self-employed. */
export const FafSchema = z.enum(["VIVEA", "FAF-PM", "FIFPL", "FAFCEA", "AGEFICE"]);
export type Faf = z.infer<typeof FafSchema>;
