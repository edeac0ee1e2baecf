import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One result of recherche-entreprises `GET /search`, in the API's own shape (fields the adapter does not read included). */
export function searchResult(options: {
  siren: string;
  name: string;
  naf: string;
  siret: string;
  idccs: string[];
  qualiopi?: boolean;
  band?: string;
}) {
  const establishment = {
    activite_principale: options.naf,
    adresse: "1 RUE DE LA PAIX 75002 PARIS",
    code_postal: "75002",
    est_siege: true,
    etat_administratif: "A",
    liste_idcc: options.idccs,
    siret: options.siret,
    tranche_effectif_salarie: options.band ?? "12",
  };
  return {
    siren: options.siren,
    nom_complet: options.name,
    nom_raison_sociale: options.name,
    activite_principale: options.naf,
    categorie_entreprise: "PME",
    etat_administratif: "A",
    nature_juridique: "5710",
    nombre_etablissements_ouverts: 1,
    section_activite_principale: "M",
    tranche_effectif_salarie: options.band ?? "12",
    siege: establishment,
    matching_etablissements: [establishment],
    complements: {
      convention_collective_renseignee: options.idccs.length > 0,
      est_organisme_formation: options.qualiopi ?? false,
      est_qualiopi: options.qualiopi ?? false,
      est_ess: false,
      liste_idcc: options.idccs,
    },
  };
}

export const searchBody = (results: unknown[]) => ({
  results,
  total_results: results.length,
  page: 1,
  per_page: 1,
  total_pages: results.length ? 1 : 0,
});

/** A local stand-in for the directory on 127.0.0.1 (port 0); `handle` answers each request and every `q` is recorded. */
export async function fakeDirectory(handle: (q: string, res: ServerResponse, req: IncomingMessage) => void) {
  const queries: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const q = url.searchParams.get("q") ?? "";
    queries.push(`${url.pathname}?q=${q}`);
    handle(q, res, req);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
};
