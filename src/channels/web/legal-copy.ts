import type { Lang } from "../../core/lang";

/** A page of plain text: a title, a lead paragraph and titled sections. */
export interface LegalPage {
  title: string;
  lead: string;
  sections: { heading: string; paragraphs: string[] }[];
}

/** The privacy page (`/privacy`), which the Teams manifest and the widget's operators link to. */
export const PRIVACY: Record<Lang, LegalPage> = {
  fr: {
    title: "Confidentialité",
    lead: "L'assistant de financement de formation est mis en service par l'organisme de formation qui l'installe sur son site, dans Slack ou dans Teams : c'est lui le responsable du traitement. Voici ce que l'assistant garde, et pourquoi.",
    sections: [
      {
        heading: "Ce qui est conservé",
        paragraphs: [
          "Pour suivre la conversation : vos réponses (votre situation, l'entreprise et ses identifiants comme l'IDCC ou le SIRET, l'effectif, le projet de formation, l'organisme) et les derniers messages échangés.",
          "Avant d'être conservés, les messages sont masqués : une adresse e-mail, un numéro de téléphone, un IBAN, un numéro de carte ou de sécurité sociale écrit par erreur n'est pas gardé.",
          "La conversation est effacée après 30 jours sans activité (l'organisme peut choisir une autre durée).",
          "Les journaux techniques (identifiant de requête, durées, erreurs) ne contiennent pas ce que vous écrivez.",
        ],
      },
      {
        heading: "Si vous demandez à être rappelé",
        paragraphs: [
          "Seulement si vous cochez la case de consentement : votre nom, l'e-mail ou le téléphone donné, le moment préféré et votre message sont transmis à l'organisme avec votre profil (situation, entreprise, projet de formation) et le lien vers votre plan, jamais le texte de la conversation. L'organisme les garde 3 ans au plus (il peut choisir une autre durée), puis ils sont effacés.",
        ],
      },
      {
        heading: "Statistiques",
        paragraphs: [
          "L'organisme compte les conversations, les étapes atteintes, les plans, les demandes de rappel, les OPCO et dispositifs demandés, sans identifiant de conversation, sans nom ni coordonnées. Le texte d'une question restée sans réponse est gardé pour écrire de nouvelles fiches, les adresses e-mail, numéros de téléphone, IBAN, numéros de carte et de sécurité sociale masqués. Ces statistiques sont effacées après 13 mois.",
        ],
      },
      {
        heading: "Sur le site web",
        paragraphs: [
          "Le widget garde la conversation dans le stockage local de votre navigateur pour la retrouver après un rechargement. « Recommencer » l'efface. Aucun cookie de suivi, aucune publicité.",
        ],
      },
      {
        heading: "Dans Slack et Teams",
        paragraphs: [
          "L'assistant ne reçoit que les messages qui lui sont adressés (message direct, mention, commande), avec les identifiants de l'espace de travail, de la conversation et de l'utilisateur, qui servent à retrouver la conversation et à limiter le nombre de messages par minute.",
        ],
      },
      {
        heading: "Services appelés",
        paragraphs: [
          "Un SIRET ou un SIREN que vous donnez est recherché dans l'annuaire public des entreprises pour trouver l'OPCO. Si l'organisme a activé un modèle de langue, vos messages lui sont aussi transmis pour rédiger les réponses.",
          "Ne communiquez pas de données sensibles (numéro de sécurité sociale, IBAN, santé) : l'assistant n'en a pas besoin.",
        ],
      },
      {
        heading: "Vos droits",
        paragraphs: [
          "Vous pouvez demander l'accès à vos données ou leur effacement à l'organisme de formation qui vous propose l'assistant, comme le prévoit le RGPD.",
        ],
      },
    ],
  },
  en: {
    title: "Privacy",
    lead: "The training funding assistant is run by the training centre that installs it on its site, in Slack or in Teams: that centre is the data controller. Here is what the assistant keeps, and why.",
    sections: [
      {
        heading: "What is kept",
        paragraphs: [
          "To follow the conversation: your answers (your situation, the company and its identifiers such as the IDCC or SIRET, the headcount, the training project, the provider) and the latest messages.",
          "Messages are masked before they are kept: an e-mail address, a phone number, an IBAN, a card or social-security number written by mistake is not stored.",
          "A conversation is deleted after 30 days without activity (the centre may choose another period).",
          "Technical logs (request id, timings, errors) do not contain what you write.",
        ],
      },
      {
        heading: "If you ask to be called back",
        paragraphs: [
          "Only if you tick the consent box: your name, the e-mail address or phone number you give, the time you prefer and your message are sent to the centre with your profile (situation, company, training project) and the link to your plan, never the text of the conversation. The centre keeps them 3 years at most (it may choose another period), then they are deleted.",
        ],
      },
      {
        heading: "Statistics",
        paragraphs: [
          "The centre counts conversations, the steps reached, plans, call-back requests and the OPCOs and schemes asked about, with no conversation id, no name and no contact details. The text of a question left unanswered is kept to write new cards, with e-mail addresses, phone numbers, IBANs, card and social-security numbers masked. These statistics are deleted after 13 months.",
        ],
      },
      {
        heading: "On the website",
        paragraphs: [
          'The widget keeps the conversation in your browser\'s local storage so that a reload finds it again. "Start over" clears it. No tracking cookie, no advertising.',
        ],
      },
      {
        heading: "In Slack and Teams",
        paragraphs: [
          "The assistant only receives the messages addressed to it (direct message, mention, command), with the ids of the workspace, the conversation and the user, used to find the conversation again and to limit the messages per minute.",
        ],
      },
      {
        heading: "Services called",
        paragraphs: [
          "A SIRET or SIREN you give is looked up in the public directory of French companies to find the OPCO. If the centre turned on a language model, your messages are also sent to it to write the replies.",
          "Do not share sensitive data (social security number, IBAN, health): the assistant does not need it.",
        ],
      },
      {
        heading: "Your rights",
        paragraphs: [
          "You can ask the training centre that offers the assistant for access to your data or for its deletion, as the GDPR provides.",
        ],
      },
    ],
  },
};

/** The terms of use page (`/terms`). */
export const TERMS: Record<Lang, LegalPage> = {
  fr: {
    title: "Conditions d'utilisation",
    lead: "L'assistant donne des informations générales sur le financement des formations, tirées de sources officielles qu'il cite. Il est gratuit pour vous et fourni tel quel.",
    sections: [
      {
        heading: "Une information, pas une décision",
        paragraphs: [
          "Le plan proposé indique l'OPCO ou le financeur, les dispositifs possibles, les documents et les délais. Il ne vaut ni conseil juridique ni accord de prise en charge : seul le financeur décide, selon ses propres règles et son budget.",
          "Les règles changent : vérifiez auprès du financeur avant d'engager une dépense, en vous aidant des sources citées.",
        ],
      },
      {
        heading: "Bon usage",
        paragraphs: [
          "N'envoyez que ce qui sert à votre demande de financement, sans données sensibles. Le nombre de messages par minute est limité pour que l'assistant reste disponible pour tous.",
        ],
      },
      {
        heading: "Disponibilité",
        paragraphs: [
          "L'assistant peut être interrompu pour maintenance. Votre conversation reste enregistrée et reprend où elle s'était arrêtée.",
        ],
      },
    ],
  },
  en: {
    title: "Terms of use",
    lead: "The assistant gives general information about funding a training, from official sources that it cites. It is free for you and provided as is.",
    sections: [
      {
        heading: "Information, not a decision",
        paragraphs: [
          "The plan names the OPCO or funder, the possible schemes, the documents and the deadlines. It is neither legal advice nor a funding agreement: only the funder decides, under its own rules and budget.",
          "Rules change: check with the funder before committing to a cost, with the help of the cited sources.",
        ],
      },
      {
        heading: "Fair use",
        paragraphs: [
          "Only send what your funding request needs, without sensitive data. Messages per minute are limited so that the assistant stays available to everyone.",
        ],
      },
      {
        heading: "Availability",
        paragraphs: [
          "The assistant may be paused for maintenance. Your conversation is kept and resumes where it stopped.",
        ],
      },
    ],
  },
};

/** The words around the pages. */
export const LEGAL_NAV: Record<Lang, { other: string; privacy: string; terms: string }> = {
  fr: { other: "Read in English", privacy: "Confidentialité", terms: "Conditions d'utilisation" },
  en: { other: "Lire en français", privacy: "Privacy", terms: "Terms of use" },
};
