import { z } from "zod";
import { QUALIOPI_CATEGORIES } from "../../core/ids";
import type { Bilingual } from "../../core/lang";

export { QUALIOPI_CATEGORIES };

export const QualiopiCategorySchema = z
  .enum(QUALIOPI_CATEGORIES)
  .describe(
    "Certified category: actions de formation, bilans de compétences, VAE, actions de formation par apprentissage",
  );
export type QualiopiCategory = z.infer<typeof QualiopiCategorySchema>;

export const CATEGORY_LABELS: Record<QualiopiCategory, Bilingual> = {
  "actions-formation": { fr: "actions de formation", en: "training actions" },
  "bilans-competences": { fr: "bilans de compétences", en: "skills assessments (bilans de compétences)" },
  vae: { fr: "validation des acquis de l'expérience (VAE)", en: "accreditation of prior experience (VAE)" },
  apprentissage: { fr: "actions de formation par apprentissage", en: "apprenticeship training" },
};
