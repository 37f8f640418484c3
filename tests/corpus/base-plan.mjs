/**
 * The valid plan every single-file bad case of the corpus mutates (see generate-bad.mjs). Written
 * from docs/plan-format.md alone; it validates with no diagnostic of severity error.
 */
export const base = `version: 1
establishment:
  name: Centre hospitalier de Test
  finess: "290000017"
  type: sanitaire
  beds: 120
plan:
  version: "1.0"
  date: 2026-03-15
  owner: rssi
  nextReview: 2027-03-15
contacts:
  - id: rssi
    name: Anne Le Goff
    role: RSSI
    deputy: dsi
  - id: dsi
    name: Yann Morvan
    role: DSI
    deputy: rssi
crisis:
  cell:
    - role: Directeur de crise
      contact: dsi
      deputy: rssi
  triggers:
    - Rançongiciel
services:
  - id: urgences
    name: Urgences
    kind: care
    criticality: vital
    rto: 4h
    mtpd: 8h
    rpo: 1h
    manager: dsi
    dependsOn: [dpi]
resources:
  - id: dpi
    name: Dossier patient informatisé
    kind: application
    owner: dsi
    dependsOn: [ad]
    recovery:
      duration: 2h
    backup:
      frequency: 1h
      offline: true
      immutable: true
      lastRestoreTest: 2026-01-10
  - id: ad
    name: Annuaire Active Directory
    kind: infrastructure
    recovery:
      duration: 1h
procedures:
  - id: urgences-papier
    title: Urgences en mode papier
    kind: degraded
    service: urgences
    covers: [dpi]
    maxDuration: 72h
    steps:
      - Sortir les kits papier
      - action: Prévenir les services
        who: dsi
scenarios:
  - id: cyber
    title: Cyberattaque
    kind: it-outage
exercises:
  - date: 2026-06-01
    kind: tabletop
    title: Exercice sur table
    scenario: cyber
`;
