import type { Lang } from "../../core/lang";

/** Every word of the call-back page (`/contact`), the form a Slack or Teams user opens, in both languages. */
export const CONTACT_COPY: Record<
  Lang,
  {
    title: string;
    lead: (centre: string) => string;
    hours: (hours: string) => string;
    name: string;
    email: string;
    phone: string;
    either: string;
    when: string;
    noPreference: string;
    message: string;
    consent: (centre: string) => string;
    privacy: string;
    send: string;
    problems: string;
    thanksTitle: string;
    thanks: (centre: string) => string;
    backToChat: string;
    invalidLink: string;
    expired: string;
    unavailable: string;
  }
> = {
  fr: {
    title: "Être rappelé",
    lead: (centre) => `Un conseiller de ${centre} vous rappelle pour parler de votre projet et de son financement.`,
    hours: (hours) => `Nous rappelons ${hours}.`,
    name: "Votre nom",
    email: "E-mail",
    phone: "Téléphone",
    either: "Un e-mail ou un téléphone suffit.",
    when: "Quand préférez-vous être appelé ?",
    noPreference: "Peu importe",
    message: "Un message pour le conseiller (facultatif)",
    consent: (centre) =>
      `J'accepte que ${centre} me contacte au sujet de mon projet de formation et reçoive mes coordonnées, mon profil et le lien vers mon plan.`,
    privacy: "Politique de confidentialité",
    send: "Envoyer ma demande",
    problems: "Votre demande n'est pas partie :",
    thanksTitle: "Demande envoyée",
    thanks: (centre) => `Merci ! ${centre} a bien reçu votre demande et vous rappelle rapidement.`,
    backToChat: "Vous pouvez fermer cette page et revenir à la conversation.",
    invalidLink: "Ce lien n'est pas valide : ouvrez-le de nouveau depuis la conversation.",
    expired: "Cette conversation a expiré : recommencez-la pour être rappelé.",
    unavailable: "Les demandes de rappel ne sont pas disponibles pour le moment.",
  },
  en: {
    title: "Be called back",
    lead: (centre) => `An adviser from ${centre} calls you back to talk about your project and its funding.`,
    hours: (hours) => `We call back ${hours}.`,
    name: "Your name",
    email: "E-mail",
    phone: "Phone",
    either: "An e-mail address or a phone number is enough.",
    when: "When would you rather be called?",
    noPreference: "No preference",
    message: "A message for the adviser (optional)",
    consent: (centre) =>
      `I agree that ${centre} contacts me about my training project and receives my contact details, my profile and the link to my plan.`,
    privacy: "Privacy notice",
    send: "Send my request",
    problems: "Your request was not sent:",
    thanksTitle: "Request sent",
    thanks: (centre) => `Thank you! ${centre} has your request and will call you back soon.`,
    backToChat: "You can close this page and go back to the conversation.",
    invalidLink: "This link is not valid: open it again from the conversation.",
    expired: "This conversation has expired: start it again to be called back.",
    unavailable: "Call-back requests are not available at the moment.",
  },
};

/** What each refusal of the form says next to its field, in the visitor's language. */
export const FIELD_ERRORS: Record<
  Lang,
  Record<"name" | "email" | "phone" | "contact" | "consent" | "other", string>
> = {
  fr: {
    name: "Indiquez votre nom (2 caractères au moins).",
    email: "Cette adresse e-mail n'est pas valide.",
    phone: "Ce numéro de téléphone n'est pas valide.",
    contact: "Donnez un e-mail ou un numéro de téléphone pour être rappelé.",
    consent: "Cochez la case pour que le centre puisse vous contacter.",
    other: "Vérifiez le formulaire.",
  },
  en: {
    name: "Give your name (2 characters at least).",
    email: "This e-mail address is not valid.",
    phone: "This phone number is not valid.",
    contact: "Give an e-mail address or a phone number to be called back on.",
    consent: "Tick the box so that the centre may contact you.",
    other: "Check the form.",
  },
};
